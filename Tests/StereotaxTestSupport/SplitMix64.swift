import Foundation
import StereotaxGeometry

/// A small, seedable generator so property tests are reproducible (SplitMix64,
/// Steele, Lea & Flood 2014), shared by the test targets.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    public mutating func uniform(_ range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &self) }
}

extension SplitMix64 {
    /// A standard normal deviate (Box–Muller).
    public mutating func gaussian() -> Double {
        let u1 = uniform(Double.ulpOfOne...1), u2 = uniform(0...1)
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }

    public mutating func point(in range: ClosedRange<Double> = -10...10) -> SIMD3<Double> {
        SIMD3(uniform(range), uniform(range), uniform(range))
    }

    /// A random proper rotation (axis uniform in the cube, angle in ±180°).
    public mutating func rotation() -> Matrix3 {
        var axis = point(in: -1...1)
        while (axis * axis).sum() < 1e-3 { axis = point(in: -1...1) }
        return Matrix3.rotation(about: axis, by: .degrees(uniform(-180...180)))
    }
}
