import StereotaxFrames
import StereotaxGeometry

/// A brain surface seen through a per-animal bregma–lambda scaling S (about
/// bregma): the animal's bregma frame is S applied to the atlas preset's, so a
/// ray is carried back by S⁻¹, meets the preset's surface, and the entry is
/// carried forward by S.
struct ScaledBrainSurface: BrainSurfaceProvider {
    let base: any BrainSurfaceProvider
    let scaling: BregmaLambdaScaling
    let surfaceName: String

    init(base: any BrainSurfaceProvider, scaling: BregmaLambdaScaling) {
        self.base = base
        self.scaling = scaling
        surfaceName = "\(base.surfaceName), \(scaling.choice)"
    }

    func entry(along ray: Ray3<Frame.Bregma>) -> Point3<Frame.Bregma>? {
        let back = scaling.inverseTransform
        guard let presetRay = Ray3(origin: back.apply(ray.origin), direction: back.apply(ray.direction)),
              let entry = base.entry(along: presetRay) else { return nil }
        return scaling.transform.apply(entry)
    }
}
