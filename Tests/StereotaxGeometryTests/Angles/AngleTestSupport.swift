import StereotaxTestSupport
import Foundation
@testable import StereotaxGeometry

/// A uniformly distributed random orientation (Shoemake's unit quaternion).
func randomOrientation(_ rng: inout SplitMix64) throws -> ProbeOrientation {
    let (u1, u2, u3) = (rng.uniform(0...1), rng.uniform(0...1), rng.uniform(0...1))
    let (a, b) = ((1 - u1).squareRoot(), u1.squareRoot())
    let (w, x, y, z) = (a * sin(2 * .pi * u2), a * cos(2 * .pi * u2), b * sin(2 * .pi * u3), b * cos(2 * .pi * u3))
    let m = Matrix3(rows:
        SIMD3(1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)),
        SIMD3(2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)),
        SIMD3(2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)))
    return try ProbeOrientation(matrix: m)
}

/// |a − b| in degrees, modulo whole turns.
func angularDistance(_ a: Angle, _ b: Angle) -> Double {
    abs((a - b).normalized.degrees)
}

/// The largest component difference between two bregma vectors.
func maxDifference(_ a: Vector3<Frame.Bregma>, _ b: SIMD3<Double>) -> Double {
    (a.millimetres - b).maxMagnitude
}

func sinD(_ d: Double) -> Double { sin(d * .pi / 180) }
func cosD(_ d: Double) -> Double { cos(d * .pi / 180) }
