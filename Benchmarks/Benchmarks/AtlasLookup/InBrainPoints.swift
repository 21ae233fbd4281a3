// The shared workload of the region-lookup benchmark and its iblatlas peer:
// 1,000,000 points inside labelled voxels of the 25 µm Allen annotation,
// drawn from a fixed seed, written once as NPY files both sides read.

import Foundation
import StereotaxKit

/// Deterministic in-brain points in CCF millimetres (AP posterior+, DV ventral+, ML right+).
///
/// **Drawing.** A SplitMix64 stream from ``seed`` picks voxels uniformly in the
/// volume (three draws, AP then DV then ML, each `draw % size`) and keeps the
/// first `count` that carry a label (rejection sampling); each kept voxel's centre
/// is moved by a jitter of up to ``jitterVoxels`` voxel per axis, uniform, so the
/// point stays inside its voxel with a margin that rounding cannot cross.
struct InBrainPoints {
    static let seed: UInt64 = 0x5EED_A71A5
    static let count = 1_000_000
    static let jitterVoxels = 0.45

    /// Interleaved (AP, DV, ML) millimetre triples, `3 * count` values.
    let ccfMillimetreTriples: [Double]

    init(volume: LabelVolume, count: Int = InBrainPoints.count, seed: UInt64 = InBrainPoints.seed) {
        var random = SplitMix64(seed: seed)
        let sizes = volume.sizes
        let voxelSize = volume.voxelSizeMillimetres
        var triples: [Double] = []
        triples.reserveCapacity(3 * count)
        while triples.count < 3 * count {
            let voxel = SIMD3(random.below(sizes.x), random.below(sizes.y), random.below(sizes.z))
            guard let label = volume.labelIndex(atVoxel: voxel), label != 0 else { continue }
            let unit = SIMD3(random.unitInterval(), random.unitInterval(), random.unitInterval())
            let p = volume.centreMillimetres(ofVoxel: voxel) + (unit * 2 - 1) * (Self.jitterVoxels * voxelSize)
            triples.append(contentsOf: [p.x, p.y, p.z])
        }
        ccfMillimetreTriples = triples
    }

    /// Interleaved (AP, DV, ML) millimetre triples as typed CCF points.
    static func pointsOf(_ triples: [Double]) -> [Point3<Frame.CCF>] {
        stride(from: 0, to: triples.count, by: 3).map { i in
            Point3(millimetres: SIMD3(triples[i], triples[i + 1], triples[i + 2]))
        }
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a 64-bit counter through a mixing function.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A draw in 0..<n (modulo; the bias is below 10⁻¹⁶ for volume sizes).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// A draw in [0, 1) with 53 random bits.
    mutating func unitInterval() -> Double { Double(next() >> 11) * 0x1p-53 }
}
