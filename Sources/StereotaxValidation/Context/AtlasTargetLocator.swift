import StereotaxAtlas
import StereotaxCoordinates
import StereotaxFrames
import StereotaxGeometry

/// Places targets in an Allen CCF atlas: coordinates → bregma frame (the conversion layer,
/// with the atlas' surface for the brain-surface systems) → CCF through the atlas' preset →
/// nearest-voxel look-up.
///
/// Immutable and shared by reference: every record's checks on every thread use the one
/// locator without copying its converter, look-up and transforms.
public final class AtlasTargetLocator: Sendable {
    public let atlas: LoadedAtlas
    private let converter: CoordinateConverter
    private let lookup: RegionLookup
    private let bregmaToCCF: FrameTransform<Frame.Bregma, Frame.CCF>
    private let bregmaToVolume: FrameTransform<Frame.Bregma, Frame.AtlasVolume>
    /// The choices placing depends on (atlas, landmarks, preset, surface, angle order).
    public let choices: [String]

    /// - Parameters:
    ///   - atlas: an atlas in CCF axes (the Allen CCF).
    ///   - context: the conversion context (landmarks, calibration, registration, angle
    ///     order); its atlas transform and surface should be the atlas' (see
    ///     `LoadedAtlas.conversionContext`). Its `atlasTransform` maps targets into the CCF.
    /// - Throws: ``LocatorError`` if the atlas is not in CCF axes or the context has no atlas transform.
    public init(atlas: LoadedAtlas, context: ConversionContext) throws(LocatorError) {
        guard let lookup = atlas.regionLookup, let bregmaToCCF = context.atlasTransform else {
            throw LocatorError.notCCF(atlas: atlas.manifest.id)
        }
        let landmarks = context.landmarks
        self.atlas = atlas
        self.lookup = lookup
        self.converter = CoordinateConverter(context: context)
        self.bregmaToCCF = bregmaToCCF
        self.bregmaToVolume = atlas.bregmaToVolume
        var choices = ["atlas \(atlas.manifest.id)", landmarks.lambdaPlacement.choice]
        choices += bregmaToCCF.choices
        if let surface = context.surface { choices.append("brain surface: \(surface.surfaceName)") }
        choices.append("angle order \(context.angleOrder)")
        self.choices = choices
    }

    /// Why an atlas cannot serve for placing targets.
    public enum LocatorError: Error, Hashable, Sendable, CustomStringConvertible {
        case notCCF(atlas: String)

        public var description: String {
            switch self {
            case .notCCF(let atlas): return "atlas \(atlas) is not in Allen CCF axes; validation places targets in the Allen CCF"
            }
        }
    }

    /// Where `coordinates` put the target.
    public func locate(_ coordinates: Coordinates) -> TargetLocation {
        let resolved: ResolvedCoordinates
        do {
            resolved = try converter.resolve(coordinates)
        } catch {
            switch error {
            case .invalidField(_, "depth", _), .insertion: return .invalid(reason: error.description)
            case .invalidField, .missingField, .missingContext, .transform: return .unplaced(reason: error.description)
            }
        }
        let target = resolved.target
        guard target.isFinite, let region = try? lookup.lookup(bregmaToCCF.apply(target)) else {
            return .invalid(reason: "the target is not a finite point")
        }
        return .placed(bregma: target, volume: bregmaToVolume.apply(target), region: region)
    }

    /// The atlas structure id of a region acronym (exact, else ignoring case); `nil` if none.
    public func structureID(acronym: String) -> Int? {
        try? atlas.ontology.structure(acronym: acronym).structure.id
    }

    /// Whether structure `id` is `ancestor` or lies inside it.
    public func isStructure(_ id: Int, within ancestor: Int) -> Bool {
        (try? atlas.ontology.isWithin(id, ancestor)) ?? false
    }

    /// The acronym (else the name) of a structure, for messages.
    public func structureName(_ id: Int) -> String {
        guard let structure = atlas.ontology[id: id] else { return "structure \(id)" }
        return structure.acronym.isEmpty ? structure.name : structure.acronym
    }
}
