/// An affine map from frame `From` to frame `To` that names the choices it
/// depends on (an atlas preset, a bregma placement, an angle order ...), so
/// every converted coordinate can say how it was obtained.
public struct FrameTransform<From: CoordinateFrame, To: CoordinateFrame>: Sendable {
    /// The map on millimetre coordinates.
    public var affine: AffineTransform3
    /// The choices this map depends on, in the order they were composed,
    /// e.g. `["atlas transform: ibl-needles", "bregma in CCF: ML 5739, AP 5400, DV 332 µm"]`.
    public var choices: [String]

    public init(_ affine: AffineTransform3, choices: [String] = []) {
        self.affine = affine
        self.choices = choices
    }

    public static var identity: FrameTransform { FrameTransform(.identity) }

    @inlinable public func apply(_ p: Point3<From>) -> Point3<To> { Point3(millimetres: affine.apply(p.millimetres)) }
    @inlinable public func apply(_ v: Vector3<From>) -> Vector3<To> { Vector3(millimetres: affine.applyToVector(v.millimetres)) }

    /// `self` followed by `next`; the choices of both are kept.
    public func then<Next>(_ next: FrameTransform<To, Next>) -> FrameTransform<From, Next> {
        FrameTransform<From, Next>(affine.then(next.affine), choices: choices + next.choices)
    }

    /// The inverse map (LAPACK inverse of the linear part).
    public func inverse() throws -> FrameTransform<To, From> {
        FrameTransform<To, From>(try affine.inverse(), choices: choices)
    }
}
