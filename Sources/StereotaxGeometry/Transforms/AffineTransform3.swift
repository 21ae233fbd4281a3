import StereotaxLinearAlgebra

/// A 3-D affine map `p ↦ A·p + t` between untyped coordinates in millimetres.
///
/// Rigid (A a rotation) and similarity (A = s·R) maps are affine maps with
/// structure; ``RigidTransform3`` and ``SimilarityTransform3`` keep that
/// structure and convert to this type for composition with anything.
public struct AffineTransform3: Hashable, Sendable {
    /// The linear part A.
    public var linear: Matrix3
    /// The translation t, in millimetres.
    public var translation: SIMD3<Double>

    @inlinable public init(linear: Matrix3 = .identity, translation: SIMD3<Double> = .zero) {
        self.linear = linear
        self.translation = translation
    }

    public static let identity = AffineTransform3()

    /// A pure translation.
    public static func translation(_ t: SIMD3<Double>) -> AffineTransform3 { AffineTransform3(translation: t) }

    /// Scaling by `factors` about the point `center`: p ↦ c + diag(f)(p − c).
    public static func scaling(_ factors: SIMD3<Double>, about center: SIMD3<Double> = .zero) -> AffineTransform3 {
        let a = Matrix3(diagonal: factors)
        return AffineTransform3(linear: a, translation: center - a * center)
    }

    /// Rotation about `center`: p ↦ c + R(p − c).
    public static func rotation(_ r: Matrix3, about center: SIMD3<Double> = .zero) -> AffineTransform3 {
        AffineTransform3(linear: r, translation: center - r * center)
    }

    /// Maps one point.
    @inlinable public func apply(_ p: SIMD3<Double>) -> SIMD3<Double> { linear * p + translation }

    /// Maps a direction or displacement (translation does not apply).
    @inlinable public func applyToVector(_ v: SIMD3<Double>) -> SIMD3<Double> { linear * v }

    /// `self` followed by `next`: p ↦ next(self(p)).
    @inlinable public func then(_ next: AffineTransform3) -> AffineTransform3 {
        AffineTransform3(linear: next.linear * linear, translation: next.linear * translation + next.translation)
    }

    /// The inverse map p ↦ A⁻¹(p − t), with A⁻¹ from LAPACK. Throws for a
    /// singular or numerically singular linear part.
    public func inverse() throws -> AffineTransform3 {
        let ai = try linear.inverse()
        return AffineTransform3(linear: ai, translation: -(ai * translation))
    }

    /// The 4 × 4 homogeneous matrix, rows as on paper.
    public var homogeneousRows: [[Double]] {
        (0..<3).map { r in [linear[r, 0], linear[r, 1], linear[r, 2], translation[r]] } + [[0, 0, 0, 1]]
    }

    /// The largest absolute difference of any element of the 3 × 4 matrix.
    public func maxAbsDifference(_ o: AffineTransform3) -> Double {
        max(linear.maxAbsDifference(o.linear), (translation - o.translation).maxMagnitude)
    }
}
