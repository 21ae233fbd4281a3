/// The full orientation of a probe in the bregma frame (AP anterior+,
/// ML right+, DV ventral+): where its shaft points and how it is turned
/// about the shaft.
///
/// Stored as the proper rotation `R` that carries the probe's own axes onto
/// the bregma frame. Its columns are:
/// - `R·e₁` ``faceNormal``: the normal of the face carrying the probe's
///   features (electrodes);
/// - `R·e₂` ``widthAxis``: across the shank, in the plane of the features;
/// - `R·e₃` ``shaftDirection``: along the shaft from entry toward the tip.
///
/// The identity (``vertical``) is the probe going straight down with its
/// features in the coronal plane: width along ML right, face normal anterior.
/// Every angle convention in this folder is a parameterisation of this one
/// matrix, and converters go through it.
public struct ProbeOrientation: Hashable, Sendable {
    /// Body axes → bregma frame (columns: face normal, width axis, shaft direction).
    public let matrix: Matrix3

    /// Validates `matrix` as a proper rotation: finite, ‖RᵀR − I‖∞ ≤ `tolerance`
    /// and |det R − 1| ≤ `tolerance`. The matrix is stored as given.
    public init(matrix: Matrix3, tolerance: Double = 1e-9) throws(AngleConventionError) {
        let entries = [matrix.c0, matrix.c1, matrix.c2]
        guard entries.allSatisfy({ $0.x.isFinite && $0.y.isFinite && $0.z.isFinite }) else {
            throw .notARotation(deviation: .nan, tolerance: tolerance)
        }
        let deviation = max((matrix.transposed * matrix).maxAbsDifference(.identity), abs(matrix.determinant - 1))
        guard deviation <= tolerance else { throw .notARotation(deviation: deviation, tolerance: tolerance) }
        self.matrix = matrix
    }

    /// For products of exact rotations built here.
    init(trusted matrix: Matrix3) { self.matrix = matrix }

    /// Straight down, features in the coronal plane (the identity).
    public static let vertical = ProbeOrientation(trusted: .identity)

    /// Unit vector along the shaft from entry toward the tip.
    public var shaftDirection: Vector3<Frame.Bregma> { Vector3(millimetres: matrix.c2) }
    /// Unit vector across the shank, in the plane of the features.
    public var widthAxis: Vector3<Frame.Bregma> { Vector3(millimetres: matrix.c1) }
    /// Unit normal of the face that carries the features.
    public var faceNormal: Vector3<Frame.Bregma> { Vector3(millimetres: matrix.c0) }

    /// The largest element-wise difference between the two matrices.
    public func maxAbsDifference(_ other: ProbeOrientation) -> Double { matrix.maxAbsDifference(other.matrix) }

    /// Below this sine of the shaft's angle to a convention's pole, the two
    /// angles about that pole cannot be told apart (gimbal lock) and each
    /// convention's documented rule decides which one carries the turn.
    static let gimbalLockTolerance = 1e-12
}
