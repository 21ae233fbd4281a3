import StereotaxAtlas
import StereotaxCoordinates
import StereotaxGeometry

/// Where a record's coordinates put its target.
public enum TargetLocation: Sendable {
    /// Placed: the target in the bregma frame and what the atlas holds there.
    case placed(bregma: Point3<Frame.Bregma>, region: RegionLookupResult)
    /// The values cannot describe a target as written (a negative depth; no brain surface
    /// along the shaft): `reason` says why.
    case invalid(reason: String)
    /// Not placed for want of context (a frame calibration, an external registration, an
    /// atlas for the species): `reason` says what is missing.
    case unplaced(reason: String)

    /// The structure id at the target, if it is placed in a structure.
    public var structureID: Int? {
        if case .placed(_, let region) = self { return region.structureID }
        return nil
    }
}

/// Places typed coordinates in an atlas and answers the structure questions the checks ask.
/// Implementations are immutable and safe to share between threads.
public protocol TargetLocator: Sendable {
    /// Where `coordinates` put the target.
    func locate(_ coordinates: Coordinates) -> TargetLocation
    /// The atlas structure id of a region acronym (exact, else ignoring case); `nil` if none.
    func structureID(acronym: String) -> Int?
    /// Whether structure `id` is `ancestor` or lies inside it.
    func isStructure(_ id: Int, within ancestor: Int) -> Bool
    /// The acronym (else the name) of a structure, for messages.
    func structureName(_ id: Int) -> String
    /// The choices placing depends on (landmarks, preset, surface), for the report.
    var choices: [String] { get }
}
