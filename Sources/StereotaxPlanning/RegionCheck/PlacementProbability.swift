import Foundation
import StereotaxAtlas
import StereotaxGeometry

/// The probability that a target placed with isotropic Gaussian error lies in a
/// structure, integrated exactly over the label volume's voxels.
///
/// With the target at μ and error N(μ, σ²I) in atlas mm, each voxel i (a box
/// [c − s/2, c + s/2) per axis) receives the mass Π_a [Φ((c_a + s_a/2 − μ_a)/σ) −
/// Φ((c_a − s_a/2 − μ_a)/σ)], Φ the standard normal CDF; the probability is the
/// sum over voxels inside the structure, within ``truncation`` σ of μ per axis.
/// The mass beyond that box is reported as ``truncatedMass`` (at 4σ: < 2·10⁻⁴).
/// Deterministic: no sampling.
public struct PlacementProbability: Hashable, Sendable, CustomStringConvertible {
    /// The standard deviation of the placement error, atlas mm (isotropic).
    public var sigma: Length
    /// P(target in the declared structure or a descendant).
    public var probability: Double
    /// The Gaussian mass outside the integrated box (counted as not inside).
    public var truncatedMass: Double
    /// The half-width of the integrated box, in σ.
    public static let truncation = 4.0
    /// How it was computed, for provenance.
    public static let method = "voxelwise integration of an isotropic Gaussian (erf per axis), truncated at 4σ"

    public var description: String {
        "P = \(probability) under isotropic Gaussian placement error σ = \(sigma.millimetres) mm (atlas mm; \(Self.method))"
    }

    /// - Precondition: `sigma` positive and finite (checked by the caller).
    static func compute(volume: LabelVolume, centre mu: SIMD3<Double>, sigma: Double,
                        inside: (UInt16) -> Bool) -> (probability: Double, truncatedMass: Double) {
        let s = volume.voxelSizeMillimetres
        var weights: [[Double]] = [[], [], []]
        var first = SIMD3<Int>.zero
        var totalMass = 1.0
        for a in 0..<3 {
            let lo = Int(((mu[a] - Self.truncation * sigma) / s[a]).rounded(.toNearestOrAwayFromZero))
            let hi = Int(((mu[a] + Self.truncation * sigma) / s[a]).rounded(.toNearestOrAwayFromZero))
            first[a] = lo
            var w: [Double] = []
            w.reserveCapacity(hi - lo + 1)
            for i in lo...hi {
                let c = Double(i) * s[a]
                let upper = (c + s[a] / 2 - mu[a]) / (sigma * 2.0.squareRoot())
                let lower = (c - s[a] / 2 - mu[a]) / (sigma * 2.0.squareRoot())
                w.append(0.5 * (erf(upper) - erf(lower)))
            }
            totalMass *= w.reduce(0, +)
            weights[a] = w
        }
        var p = 0.0
        for (dk, wk) in weights[2].enumerated() {
            let k = first.z + dk
            guard k >= 0, k < volume.sizes.z else { continue }
            for (dj, wj) in weights[1].enumerated() {
                let j = first.y + dj
                guard j >= 0, j < volume.sizes.y else { continue }
                let wjk = wj * wk
                for (di, wi) in weights[0].enumerated() {
                    let i = first.x + di
                    guard i >= 0, i < volume.sizes.x,
                          let label = volume.labelIndex(atVoxel: SIMD3(i, j, k)), inside(label) else { continue }
                    p += wi * wjk
                }
            }
        }
        return (p, max(0, 1 - totalMass))
    }
}
