import StereotaxFrames
import StereotaxGeometry

/// An atlas's real brain surface for brain-surface coordinates: the first
/// labelled voxel along a ray, with the ray given in the bregma frame and
/// carried into the atlas by a named transform.
///
/// Vertical rays (straight down in the atlas) are answered from the
/// ``TopSurfaceHeightField``, computed once when the surface is made; other
/// rays by the ``VoxelRayMarcher``. Either way the entry point is where the ray
/// enters the first labelled voxel's box.
public struct AtlasBrainSurface: BrainSurfaceProvider {
    public let surfaceName: String
    public let heightField: TopSurfaceHeightField
    private let marcher: VoxelRayMarcher
    private let bregmaToCCF: FrameTransform<Frame.Bregma, Frame.CCF>
    private let ccfToBregma: FrameTransform<Frame.CCF, Frame.Bregma>

    /// - Parameters:
    ///   - volume: a CCF-axes label volume.
    ///   - bregmaToCCF: the atlas transform (e.g. a preset); its choices are named in ``surfaceName``.
    ///   - atlasName: e.g. `"allen-ccf-2017 annotation 25 µm"`.
    /// - Throws: ``RegionLookupError/notCCFAxes(orientation:)``, or a singular transform's error.
    public init(volume: LabelVolume, bregmaToCCF: FrameTransform<Frame.Bregma, Frame.CCF>, atlasName: String) throws {
        heightField = try TopSurfaceHeightField(volume: volume)
        marcher = VoxelRayMarcher(volume: volume)
        self.bregmaToCCF = bregmaToCCF
        ccfToBregma = try bregmaToCCF.inverse()
        let via = bregmaToCCF.choices.isEmpty ? "an unnamed transform" : bregmaToCCF.choices.joined(separator: "; ")
        surfaceName = "\(atlasName) first labelled voxel via \(via)"
    }

    public func entry(along ray: Ray3<Frame.Bregma>) -> Point3<Frame.Bregma>? {
        let origin = bregmaToCCF.apply(ray.origin).millimetres
        let direction = bregmaToCCF.apply(ray.direction).millimetres
        guard let entry = entryInCCF(originMillimetres: origin, direction: direction) else { return nil }
        return ccfToBregma.apply(Point3<Frame.CCF>(millimetres: entry))
    }

    /// Where a CCF ray enters the brain (mm), or `nil`.
    func entryInCCF(originMillimetres origin: SIMD3<Double>, direction: SIMD3<Double>) -> SIMD3<Double>? {
        let s = heightField.voxelSizeMillimetres
        if direction.x == 0, direction.z == 0, direction.y > 0 {
            // Straight down: the column's first labelled voxel, entered through its top face.
            guard let v = heightField.column(apMillimetres: origin.x, mlMillimetres: origin.z),
                  let j = heightField.firstLabelledDVIndex(apIndex: v.ap, mlIndex: v.ml) else { return nil }
            let top = heightField.originMillimetres.y + (Double(j) - 0.5) * s.y
            if origin.y >= top {
                // Starts at or below the surface: the marcher decides (inside, or a lower labelled voxel).
                return marcher.firstLabelledVoxel(originMillimetres: origin, direction: direction)?.entryMillimetres
            }
            return SIMD3(origin.x, top, origin.z)
        }
        return marcher.firstLabelledVoxel(originMillimetres: origin, direction: direction)?.entryMillimetres
    }
}
