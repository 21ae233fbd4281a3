import StereotaxFrames
import StereotaxGeometry

/// An approximate skull surface: the brain surface moved dorsally by a
/// stated thickness (skull plus whatever lies between it and the brain).
///
/// A point p is under this surface when p moved `thickness` ventrally is in
/// the brain, so a ray meets it where the same ray moved `thickness`
/// ventrally meets the brain, moved back up. Real skull thickness varies
/// (about 0.2–0.7 mm in adult mice); the thickness is named in ``surfaceName``.
public struct SkullSurface: BrainSurfaceProvider {
    public let brain: any BrainSurfaceProvider
    /// How far above the brain surface the skull surface lies (DV).
    public let thickness: Length
    public let surfaceName: String

    public init(brain: any BrainSurfaceProvider, thickness: Length) throws(PlanningError) {
        try PlanningError.check(thickness.millimetres, "skull thickness")
        guard thickness.millimetres >= 0 else { throw .invalidInput(field: "skull thickness", expected: "≥ 0 mm", found: thickness.millimetres) }
        self.brain = brain
        self.thickness = thickness
        surfaceName = "skull approximated as the brain surface moved \(thickness.millimetres) mm dorsally (\(brain.surfaceName))"
    }

    public func entry(along ray: Ray3<Frame.Bregma>) -> Point3<Frame.Bregma>? {
        let down = Vector3<Frame.Bregma>(mm: 0, 0, thickness.millimetres)
        guard let moved = Ray3(origin: ray.origin + down, direction: ray.direction),
              let hit = brain.entry(along: moved) else { return nil }
        return hit - down
    }
}
