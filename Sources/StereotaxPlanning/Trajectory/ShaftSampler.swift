import StereotaxAtlas
import StereotaxGeometry

/// Samples a straight shaft through a CCF-axes label volume and merges the
/// samples into runs of one label (and one side of the midline).
///
/// Samples lie at `t = 0, step, 2·step, …` and at the shaft's end, `t` in mm
/// along the shaft; each sample takes the label of its nearest voxel (the
/// rule of ``RegionLookup``). Where two neighbouring samples differ, the
/// boundary is found by bisection between them to `step / 2⁸` (0.02 µm at
/// 5 µm), so it lies on the voxel face the shaft crosses. A region thinner
/// than one step along the shaft can fall between two samples and be missed.
struct ShaftSampler {
    let volume: LabelVolume
    let midlineIndex: Double

    /// Bisection steps per boundary.
    static let bisections = 8

    /// A run's label as one integer: −1 outside the volume, 0 unlabelled,
    /// otherwise 4·(label index) + side (0 left, 1 right, 2 midline).
    typealias Key = Int32

    struct Run: Hashable {
        var key: Key
        var start: Double
        var end: Double
    }

    init(lookup: RegionLookup) {
        volume = lookup.volume
        midlineIndex = lookup.midlineIndex
    }

    /// The runs along `origin + t·direction` (CCF mm; `direction` per mm of shaft) for t in 0…length;
    /// `indices` in ``DVColumnLabels`` order.
    func runs(origin: SIMD3<Double>, direction: SIMD3<Double>, length: Double, step: Double,
              indices: UnsafeBufferPointer<UInt16>) -> [Run] {
        let sizes = volume.sizes
        guard let base = indices.baseAddress else { return [Run(key: -1, start: 0, end: length)] }
        // In voxel units, shifted by ½ (+ the boundary tolerance) so that truncation is the nearest-voxel rule.
        let inverse = 1 / volume.voxelSizeMillimetres
        let a = origin * inverse + (0.5 + LabelVolume.boundaryTolerance), b = direction * inverse
        let midline = midlineIndex
        // Consecutive samples mostly share a voxel (five per 25 µm voxel at 5 µm): reuse its key.
        var lastLinear = -1
        var lastKey: Key = -1
        @inline(__always) func key(_ t: Double) -> Key {
            let p = a + t * b
            guard p.x >= 0, p.y >= 0, p.z >= 0 else { return -1 }
            let i = Int(p.x), j = Int(p.y), k = Int(p.z)
            guard i < sizes.x, j < sizes.y, k < sizes.z else { return -1 }
            let linear = j + sizes.y * (i + sizes.x * k)
            if linear == lastLinear { return lastKey }
            let index = base[linear]
            let d = Double(k) - midline
            let result: Key = index == 0 ? 0 : Key(index) &* 4 &+ (d < 0 ? 0 : d > 0 ? 1 : 2)
            lastLinear = linear
            lastKey = result
            return result
        }
        let count = Int((length / step).rounded(.down))
        var runs: [Run] = []
        var current = key(0)
        var start = 0.0
        var previousT = 0.0
        func close(at tNext: Double, next: Key) {
            // Bisect between previousT (key current) and tNext (key next).
            var lo = previousT, hi = tNext
            for _ in 0..<Self.bisections {
                let mid = (lo + hi) / 2
                if key(mid) == current { lo = mid } else { hi = mid }
            }
            let boundary = (lo + hi) / 2
            runs.append(Run(key: current, start: start, end: boundary))
            start = boundary
            current = next
        }
        if count >= 1 {
            for n in 1...count {
                let t = Double(n) * step
                let k = key(t)
                if k != current { close(at: t, next: k) }
                previousT = t
            }
        }
        if length > previousT {
            let k = key(length)
            if k != current { close(at: length, next: k) }
        }
        runs.append(Run(key: current, start: start, end: length))
        return runs
    }

    /// The region a run key stands for.
    func region(_ key: Key, ontology: Ontology) -> CrossedRegion {
        if key < 0 { return .outsideAtlas }
        if key == 0 { return .unlabelled }
        let label = volume.labelValues[Int(key / 4)]
        let side: Hemisphere = switch key % 4 { case 0: .left; case 1: .right; default: .midline }
        if let s = ontology[id: label] { return .structure(s, hemisphere: side) }
        return .unknownLabel(label, hemisphere: side)
    }
}
