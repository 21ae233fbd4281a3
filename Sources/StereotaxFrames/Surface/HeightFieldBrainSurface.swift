import StereotaxGeometry

/// A brain surface given as a height field: the surface DV (ventral+, mm) on
/// a regular AP × ML grid, bilinearly interpolated; the brain lies below it.
/// Cells with a non-finite height have no brain.
public struct HeightFieldBrainSurface: BrainSurfaceProvider {
    public let apOrigin: Length
    public let mlOrigin: Length
    public let spacing: Length
    public let apCount: Int
    public let mlCount: Int
    /// Heights, AP-major: `heights[i * mlCount + j]` is the surface DV at
    /// AP = apOrigin + i·spacing, ML = mlOrigin + j·spacing.
    public let heights: [Double]
    public let surfaceName: String

    public init(apOrigin: Length, mlOrigin: Length, spacing: Length, apCount: Int, mlCount: Int,
                heights: [Double], name: String) {
        precondition(apCount >= 2 && mlCount >= 2 && heights.count == apCount * mlCount && spacing.millimetres > 0)
        self.apOrigin = apOrigin
        self.mlOrigin = mlOrigin
        self.spacing = spacing
        self.apCount = apCount
        self.mlCount = mlCount
        self.heights = heights
        self.surfaceName = name
    }

    /// The interpolated surface DV at (AP, ML) in mm, or `nil` outside the grid
    /// or where a neighbouring cell has no brain.
    public func surfaceDV(ap: Double, ml: Double) -> Double? {
        let u = (ap - apOrigin.millimetres) / spacing.millimetres
        let v = (ml - mlOrigin.millimetres) / spacing.millimetres
        guard u >= 0, v >= 0, u <= Double(apCount - 1), v <= Double(mlCount - 1) else { return nil }
        let i = min(Int(u), apCount - 2), j = min(Int(v), mlCount - 2)
        let fu = u - Double(i), fv = v - Double(j)
        let h00 = heights[i * mlCount + j], h01 = heights[i * mlCount + j + 1]
        let h10 = heights[(i + 1) * mlCount + j], h11 = heights[(i + 1) * mlCount + j + 1]
        let h = (1 - fu) * ((1 - fv) * h00 + fv * h01) + fu * ((1 - fv) * h10 + fv * h11)
        return h.isFinite ? h : nil
    }

    /// Whether `p` is at or below the surface.
    public func isInside(_ p: Point3<Frame.Bregma>) -> Bool {
        guard let s = surfaceDV(ap: p.millimetres.x, ml: p.millimetres.y) else { return false }
        return p.millimetres.z >= s
    }

    /// Marches along the ray in quarter-cell steps (up to 100 mm), then
    /// bisects the first outside→inside step to 1e-9 mm.
    public func entry(along ray: Ray3<Frame.Bregma>) -> Point3<Frame.Bregma>? {
        if isInside(ray.origin) { return ray.origin }
        let step = spacing.millimetres / 4
        var t0 = 0.0
        while t0 < 100 {
            let t1 = t0 + step
            if isInside(ray.point(at: .mm(t1))) {
                var (lo, hi) = (t0, t1)
                while hi - lo > 1e-9 {
                    let mid = (lo + hi) / 2
                    if isInside(ray.point(at: .mm(mid))) { hi = mid } else { lo = mid }
                }
                return ray.point(at: .mm(hi))
            }
            t0 = t1
        }
        return nil
    }
}
