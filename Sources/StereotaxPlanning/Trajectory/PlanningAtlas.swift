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
    /// The atlas's top surface in the bregma frame: where a shaft enters the brain.
    public let surface: any BrainSurfaceProvider
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

    /// An opened atlas (its volume, ontology, surface and preset, scaling included).
    /// - Throws: ``PlanningError/unsupportedAtlas(_:)`` for an atlas not in CCF axes (the rat atlas).
    public init(_ loaded: LoadedAtlas) throws {
        guard let lookup = loaded.regionLookup, let toCCF = loaded.bregmaToCCF else {
            throw PlanningError.unsupportedAtlas("\(loaded.manifest.id): trajectory planning needs an atlas in Allen CCF axes")
        }
        try self.init(volume: loaded.volume, ontology: loaded.ontology, bregmaToCCF: toCCF, presetName: loaded.transform.description,
                      atlasName: loaded.manifest.id, lookup: lookup, surface: loaded.surface)
    }

    /// An atlas placed by any named transform.
    public init(volume: LabelVolume, ontology: Ontology, bregmaToCCF: FrameTransform<Frame.Bregma, Frame.CCF>,
                presetName: String, atlasName: String) throws {
        try self.init(volume: volume, ontology: ontology, bregmaToCCF: bregmaToCCF, presetName: presetName, atlasName: atlasName,
                      lookup: try RegionLookup(volume: volume),
                      surface: try AtlasBrainSurface(volume: volume, bregmaToCCF: bregmaToCCF, atlasName: atlasName))
    }

    private init(volume: LabelVolume, ontology: Ontology, bregmaToCCF: FrameTransform<Frame.Bregma, Frame.CCF>,
                 presetName: String, atlasName: String, lookup: RegionLookup, surface: any BrainSurfaceProvider) throws {
        self.lookup = lookup
        self.ontology = ontology
        self.surface = surface
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
