import StereotaxGeometry
import StereotaxLinearAlgebra

/// The error ellipsoid of a 3-D covariance: its principal axes (eigenvectors,
/// from LAPACK `dsyevd`) and their half-lengths.
///
/// For a Gaussian error with covariance Σ = Σᵢ λᵢ·vᵢvᵢᵀ, the 1σ ellipsoid has
/// half-axes √λᵢ along vᵢ; the ellipsoid holding 95 % of the probability in
/// 3-D has half-axes √(χ²₃(0.95)·λᵢ) = 2.7955·√λᵢ (χ²₃(0.95) = 7.8147).
public struct ErrorEllipsoid: Sendable {
    /// One principal axis.
    public struct Axis: Sendable {
        /// Unit direction (sign arbitrary), in the covariance's frame.
        public var direction: SIMD3<Double>
        /// Variance along it, mm².
        public var variance: Double
        /// 1σ half-length.
        public var oneSigma: Length
        /// Half-length of the 95 % (3-D) ellipsoid.
        public var ninetyFivePercent: Length
    }

    /// χ²₃(0.95): the 95 % quantile of the chi-squared distribution with 3 degrees of freedom.
    public static let chiSquared3Dof95 = 7.814727903251178

    /// The axes, longest first.
    public let axes: [Axis]
    public let covariance: Covariance3

    /// - Throws: ``UncertaintyError/notPositiveSemidefinite(field:eigenvalue:)`` when an eigenvalue is below
    ///   −1e-12 × the largest; tiny negative rounding is clamped to 0.
    public init(_ covariance: Covariance3, field: String = "covariance") throws(UncertaintyError) {
        let decomposition: (values: [Double], vectors: Matrix)
        do { decomposition = try covariance.matrix.matrix.symmetricEigen() } catch { throw .decomposition("\(error)") }
        let largest = decomposition.values.map(abs).max() ?? 0
        var axes: [Axis] = []
        for i in (0..<3).reversed() {
            var lambda = decomposition.values[i]
            if lambda < 0 {
                guard lambda >= -1e-12 * largest else { throw .notPositiveSemidefinite(field: field, eigenvalue: lambda) }
                lambda = 0
            }
            let v = SIMD3(decomposition.vectors[0, i], decomposition.vectors[1, i], decomposition.vectors[2, i])
            axes.append(Axis(direction: v, variance: lambda, oneSigma: .mm(lambda.squareRoot()),
                             ninetyFivePercent: .mm((Self.chiSquared3Dof95 * lambda).squareRoot())))
        }
        self.axes = axes
        self.covariance = covariance
    }
}
