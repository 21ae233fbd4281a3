import StereotaxFrames
import StereotaxGeometry

/// The first labelled voxel along a ray, for a volume in any axes (e.g. the
/// Waxholm rat volume, RAS): the ray is carried from the bregma frame into the
/// volume's axes by a named transform and marched voxel by voxel.
struct VolumeRayBrainSurface: BrainSurfaceProvider {
    let surfaceName: String
    private let marcher: VoxelRayMarcher
    private let bregmaToVolume: FrameTransform<Frame.Bregma, Frame.AtlasVolume>
    private let volumeToBregma: FrameTransform<Frame.AtlasVolume, Frame.Bregma>

    init(volume: LabelVolume, bregmaToVolume: FrameTransform<Frame.Bregma, Frame.AtlasVolume>, name: String) throws {
        marcher = VoxelRayMarcher(volume: volume)
        self.bregmaToVolume = bregmaToVolume
        volumeToBregma = try bregmaToVolume.inverse()
        let via = bregmaToVolume.choices.isEmpty ? "an unnamed transform" : bregmaToVolume.choices.joined(separator: "; ")
        surfaceName = "\(name): first labelled voxel via \(via)"
    }

    func entry(along ray: Ray3<Frame.Bregma>) -> Point3<Frame.Bregma>? {
        let origin = bregmaToVolume.apply(ray.origin).millimetres
        let direction = bregmaToVolume.apply(ray.direction).millimetres
        guard let hit = marcher.firstLabelledVoxel(originMillimetres: origin, direction: direction) else { return nil }
        return volumeToBregma.apply(Point3<Frame.AtlasVolume>(millimetres: hit.entryMillimetres))
    }
}
