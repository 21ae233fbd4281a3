/// A half-line from `origin` along the unit vector `direction`, in frame `F`.
public struct Ray3<F: CoordinateFrame>: Hashable, Sendable {
    public var origin: Point3<F>
    /// Unit length.
    public private(set) var direction: Vector3<F>

    /// `nil` when `direction` is zero or not finite.
    public init?(origin: Point3<F>, direction: Vector3<F>) {
        guard let d = direction.normalized, origin.isFinite else { return nil }
        self.origin = origin
        self.direction = d
    }

    /// The point at distance `t` along the ray.
    @inlinable public func point(at t: Length) -> Point3<F> { origin + direction * t }
}
