import StereotaxAtlas
import StereotaxFrames
import StereotaxGeometry

/// What a trajectory plan reads from an atlas: the label volume (CCF axes),
/// its ontology, its brain surface and the named bregma → CCF transform (a
/// preset) that places the skull frame in it.
public struct PlanningAtlas: Sendable {
    /// Nearest-voxel look-up on the label volume.
    public let lookup: RegionLookup
    /// Maps the volume's label values to structures (acronyms, names, colours, hierarchy).
    public let ontology: Ontology
    /// The atlas's top surface: where a shaft enters the brain.
    public let surface: AtlasBrainSurface
    /// Bregma → CCF, with its choices (preset, bregma placement, scaling).
    public let bregmaToCCF: FrameTransform<Frame.Bregma, Frame.CCF>
    /// CCF → bregma.
    public let ccfToBregma: FrameTransform<Frame.CCF, Frame.Bregma>
    /// The preset's name, e.g. `"ibl-allen"`.
    public let presetName: String
    /// The atlas's name, e.g. `"allen-ccf-2017 annotation 25 µm"`.
    public let atlasName: String

    public var volume: LabelVolume { lookup.volume }

    /// - Throws: ``RegionLookupError/notCCFAxes(orientation:)`` for a volume not in CCF axes,
    ///   or the transform's error when it cannot be inverted.
    public init(volume: LabelVolume, ontology: Ontology, preset: AllenStereotaxicPreset,
                atlasName: String = "allen-ccf-2017 annotation") throws {
        try self.init(volume: volume, ontology: ontology, bregmaToCCF: preset.bregmaToCCF, presetName: preset.name, atlasName: atlasName)
    }

    /// An atlas placed by any named transform.
    public init(volume: LabelVolume, ontology: Ontology, bregmaToCCF: FrameTransform<Frame.Bregma, Frame.CCF>,
                presetName: String, atlasName: String) throws {
        lookup = try RegionLookup(volume: volume)
        self.ontology = ontology
        surface = try AtlasBrainSurface(volume: volume, bregmaToCCF: bregmaToCCF, atlasName: atlasName)
        self.bregmaToCCF = bregmaToCCF
        ccfToBregma = try bregmaToCCF.inverse()
        self.presetName = presetName
        self.atlasName = atlasName
    }

    /// The region at a bregma-frame point, mapped through the ontology.
    public func region(at point: Point3<Frame.Bregma>) throws -> CrossedRegion {
        CrossedRegion(try lookup.lookup(bregmaToCCF.apply(point)), ontology: ontology)
    }
}
