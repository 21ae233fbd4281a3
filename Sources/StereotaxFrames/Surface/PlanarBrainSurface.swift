import StereotaxGeometry

/// A brain surface that is a plane: a surgeon's measured surface at the
/// entry, or a test fixture. The brain lies on the ventral side of the plane.
public struct PlanarBrainSurface: BrainSurfaceProvider, Hashable {
    /// A point on the plane.
    public var point: Point3<Frame.Bregma>
    /// Unit normal pointing into the brain (its DV component is positive).
    public private(set) var inwardNormal: Vector3<Frame.Bregma>
    public let surfaceName: String

    /// - Parameters:
    ///   - point: a point on the surface.
    ///   - normal: any non-zero normal; it is oriented to point ventrally.
    /// Returns `nil` for a zero normal or a vertical plane (no ventral side).
    public init?(point: Point3<Frame.Bregma>, normal: Vector3<Frame.Bregma>, name: String? = nil) {
        guard var n = normal.normalized, n.millimetres.z != 0 else { return nil }
        if n.millimetres.z < 0 { n = -n }
        self.point = point
        self.inwardNormal = n
        self.surfaceName = name ?? "plane through \(point) with normal \(n.millimetres)"
    }

    /// A horizontal surface at the given DV (ventral+).
    public static func horizontal(atDV dv: Length) -> PlanarBrainSurface {
        PlanarBrainSurface(point: Point3(ap: .zero, ml: .zero, dv: dv), normal: Vector3(mm: 0, 0, 1),
                           name: "horizontal plane at DV \(dv.millimetres) mm")!
    }

    /// Signed distance below the surface (positive inside the brain), mm.
    public func depthBelowSurface(_ p: Point3<Frame.Bregma>) -> Double {
        (p - point).dot(inwardNormal)
    }

    public func entry(along ray: Ray3<Frame.Bregma>) -> Point3<Frame.Bregma>? {
        let d0 = depthBelowSurface(ray.origin)
        if d0 >= 0 { return ray.origin }
        let rate = ray.direction.dot(inwardNormal)
        guard rate > 0 else { return nil }
        return ray.point(at: .mm(-d0 / rate))
    }
}
