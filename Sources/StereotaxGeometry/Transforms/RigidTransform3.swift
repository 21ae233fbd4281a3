/// A proper rigid motion `p ↦ R·p + t` (R orthonormal, det R = +1).
public struct RigidTransform3: Hashable, Sendable {
    public private(set) var rotation: Matrix3
    public private(set) var translation: SIMD3<Double>

    /// Creates a rigid motion; `nil` unless `rotation` is orthonormal with
    /// determinant +1 to within `tolerance`.
    public init?(rotation: Matrix3, translation: SIMD3<Double>, tolerance: Double = 1e-9) {
        let rtr = rotation.transposed * rotation
        guard rtr.maxAbsDifference(.identity) <= tolerance, abs(rotation.determinant - 1) <= tolerance else { return nil }
        self.rotation = rotation
        self.translation = translation
    }

    /// Internal initialiser for values known to be rigid.
    init(trusted rotation: Matrix3, translation: SIMD3<Double>) {
        self.rotation = rotation
        self.translation = translation
    }

    public static let identity = RigidTransform3(trusted: .identity, translation: .zero)

    @inlinable public func apply(_ p: SIMD3<Double>) -> SIMD3<Double> { rotation * p + translation }

    /// The exact inverse p ↦ Rᵀ(p − t) (no factorisation needed).
    public var inverse: RigidTransform3 {
        let rt = rotation.transposed
        return RigidTransform3(trusted: rt, translation: -(rt * translation))
    }

    /// `self` followed by `next`.
    public func then(_ next: RigidTransform3) -> RigidTransform3 {
        RigidTransform3(trusted: next.rotation * rotation, translation: next.rotation * translation + next.translation)
    }

    public var affine: AffineTransform3 { AffineTransform3(linear: rotation, translation: translation) }
}

/// A similarity `p ↦ s·R·p + t` (s > 0, R a proper rotation).
public struct SimilarityTransform3: Hashable, Sendable {
    public private(set) var scale: Double
    public private(set) var rotation: Matrix3
    public private(set) var translation: SIMD3<Double>

    /// `nil` unless `scale` is positive and finite and `rotation` is a proper rotation.
    public init?(scale: Double, rotation: Matrix3, translation: SIMD3<Double>, tolerance: Double = 1e-9) {
        guard scale > 0, scale.isFinite, RigidTransform3(rotation: rotation, translation: translation, tolerance: tolerance) != nil else {
            return nil
        }
        self.scale = scale
        self.rotation = rotation
        self.translation = translation
    }

    init(trusted scale: Double, rotation: Matrix3, translation: SIMD3<Double>) {
        self.scale = scale
        self.rotation = rotation
        self.translation = translation
    }

    public static let identity = SimilarityTransform3(trusted: 1, rotation: .identity, translation: .zero)

    @inlinable public func apply(_ p: SIMD3<Double>) -> SIMD3<Double> { (rotation * p) * scale + translation }

    /// The exact inverse p ↦ (1/s) Rᵀ (p − t).
    public var inverse: SimilarityTransform3 {
        let rt = rotation.transposed
        return SimilarityTransform3(trusted: 1 / scale, rotation: rt, translation: -(rt * translation) / scale)
    }

    /// `self` followed by `next`.
    public func then(_ next: SimilarityTransform3) -> SimilarityTransform3 {
        SimilarityTransform3(trusted: scale * next.scale, rotation: next.rotation * rotation,
                             translation: (next.rotation * translation) * next.scale + next.translation)
    }

    public var affine: AffineTransform3 { AffineTransform3(linear: rotation * scale, translation: translation) }
}
