/// A point in frame `F`, in millimetres.
///
/// Components follow `F.axisNames`: for ``Frame/Bregma`` they are
/// (AP, ML, DV-ventral); for ``Frame/CCF`` (AP-posterior, DV, ML).
public struct Point3<F: CoordinateFrame>: Hashable, Sendable, CustomStringConvertible {
    /// The components in millimetres.
    public var millimetres: SIMD3<Double>

    @inlinable public init(millimetres: SIMD3<Double>) { self.millimetres = millimetres }
    @inlinable public init(_ a: Length, _ b: Length, _ c: Length) {
        self.millimetres = SIMD3(a.millimetres, b.millimetres, c.millimetres)
    }
    @inlinable public init(mm a: Double, _ b: Double, _ c: Double) { self.millimetres = SIMD3(a, b, c) }

    public static var origin: Point3 { Point3(millimetres: .zero) }

    /// The displacement from `other` to `self`.
    @inlinable public static func - (a: Point3, b: Point3) -> Vector3<F> { Vector3(millimetres: a.millimetres - b.millimetres) }
    @inlinable public static func + (a: Point3, v: Vector3<F>) -> Point3 { Point3(millimetres: a.millimetres + v.millimetres) }
    @inlinable public static func - (a: Point3, v: Vector3<F>) -> Point3 { Point3(millimetres: a.millimetres - v.millimetres) }

    /// Euclidean distance to `other`.
    @inlinable public func distance(to other: Point3) -> Length { (self - other).length }

    /// Whether every component is finite.
    @inlinable public var isFinite: Bool { millimetres.x.isFinite && millimetres.y.isFinite && millimetres.z.isFinite }

    public var description: String {
        let n = F.axisNames
        return "\(F.frameID)(\(n[0]) \(millimetres.x), \(n[1]) \(millimetres.y), \(n[2]) \(millimetres.z) mm)"
    }
}

extension Point3 where F == Frame.Bregma {
    /// A point relative to bregma: AP anterior+, ML right+, DV ventral+.
    @inlinable public init(ap: Length, ml: Length, dv: Length) { self.init(ap, ml, dv) }
    @inlinable public var ap: Length { .mm(millimetres.x) }
    @inlinable public var ml: Length { .mm(millimetres.y) }
    @inlinable public var dv: Length { .mm(millimetres.z) }
}

extension Point3 where F == Frame.Lambda {
    /// A point relative to lambda: AP anterior+, ML right+, DV ventral+.
    @inlinable public init(ap: Length, ml: Length, dv: Length) { self.init(ap, ml, dv) }
    @inlinable public var ap: Length { .mm(millimetres.x) }
    @inlinable public var ml: Length { .mm(millimetres.y) }
    @inlinable public var dv: Length { .mm(millimetres.z) }
}

extension Point3 where F == Frame.CCF {
    /// A CCF point: AP posterior+, DV ventral+, ML right+ from the volume corner.
    @inlinable public init(ap: Length, dv: Length, ml: Length) { self.init(ap, dv, ml) }
    @inlinable public var ap: Length { .mm(millimetres.x) }
    @inlinable public var dv: Length { .mm(millimetres.y) }
    @inlinable public var ml: Length { .mm(millimetres.z) }
}
