import StereotaxGeometry

/// A symmetric positive semi-definite 3×3 covariance in mm², in the axes of
/// the frame it belongs to (for the bregma frame: AP, ML, DV).
public struct Covariance3: Hashable, Sendable {
    /// The matrix, mm².
    public let matrix: Matrix3

    /// Validates: finite, symmetric to 1e-12 relative, non-negative diagonal.
    /// (Positive semi-definiteness is checked when the ellipsoid is computed.)
    public init(_ matrix: Matrix3, field: String = "covariance") throws(UncertaintyError) {
        let entries = [matrix.c0, matrix.c1, matrix.c2].flatMap { [$0.x, $0.y, $0.z] }
        guard entries.allSatisfy(\.isFinite) else { throw .notFinite(field: field) }
        let scale = entries.map(abs).max() ?? 0
        guard matrix.maxAbsDifference(matrix.transposed) <= 1e-12 * max(scale, 1e-300) else { throw .notSymmetric(field: field) }
        for i in 0..<3 where matrix[i, i] < 0 { throw .negativeVariance(field: field, axis: i, value: matrix[i, i]) }
        self.matrix = matrix
    }

    /// Independent errors with these standard deviations along the three axes.
    public init(standardDeviations s: SIMD3<Double>, field: String = "covariance") throws(UncertaintyError) {
        try self.init(Matrix3(diagonal: s * s), field: field)
    }

    /// The same standard deviation along every axis.
    public static func isotropic(_ sigma: Length) throws(UncertaintyError) -> Covariance3 {
        try Covariance3(standardDeviations: SIMD3(repeating: sigma.millimetres), field: "isotropic covariance")
    }

    public static let zero = Covariance3(trusted: Matrix3(diagonal: .zero))

    init(trusted m: Matrix3) { matrix = m }

    /// `J · Σ · Jᵀ`: the covariance of `J·x` when `x` has covariance `self`.
    public func propagated(through jacobian: Matrix3) -> Covariance3 {
        let m = jacobian * matrix * jacobian.transposed
        // Symmetrise away the rounding of the triple product.
        return Covariance3(trusted: Matrix3(columns: (m.c0 + m.transposed.c0) / 2, (m.c1 + m.transposed.c1) / 2, (m.c2 + m.transposed.c2) / 2))
    }

    public static func + (a: Covariance3, b: Covariance3) -> Covariance3 {
        Covariance3(trusted: Matrix3(columns: a.matrix.c0 + b.matrix.c0, a.matrix.c1 + b.matrix.c1, a.matrix.c2 + b.matrix.c2))
    }
}

/// Why an uncertainty could not be propagated.
public enum UncertaintyError: Error, Hashable, Sendable, CustomStringConvertible {
    case notFinite(field: String)
    case notSymmetric(field: String)
    case negativeVariance(field: String, axis: Int, value: Double)
    /// An eigenvalue is clearly negative: the matrix is not a covariance.
    case notPositiveSemidefinite(field: String, eigenvalue: Double)
    /// The finite-difference step must be positive and finite.
    case invalidStep(Double)
    /// The eigen-decomposition failed (LAPACK).
    case decomposition(String)

    public var description: String {
        switch self {
        case let .notFinite(f): return "\(f): every entry must be finite (mm²)"
        case let .notSymmetric(f): return "\(f): must be symmetric"
        case let .negativeVariance(f, axis, v): return "\(f): variance on axis \(axis) is \(v) mm²; variances are ≥ 0"
        case let .notPositiveSemidefinite(f, e): return "\(f): has eigenvalue \(e) mm² < 0, so it is no covariance"
        case let .invalidStep(h): return "finite-difference step must be positive and finite (found \(h) mm)"
        case let .decomposition(reason): return "eigen-decomposition failed: \(reason)"
        }
    }
}
