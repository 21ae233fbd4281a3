/// Why a declared brain region cannot be checked against the atlas.
public enum NotCheckableReason: Hashable, Sendable, CustomStringConvertible {
    /// The procedure declares no `brain_region`.
    case noDeclaredRegion
    /// The `brain_region` UUID is not in the taxonomy.
    case unknownRegionID(String)
    /// The taxonomy entry's `atlas` code is absent or not one this library knows.
    case unknownAtlasCode(regionID: String, code: String?)
    /// The entry belongs to an atlas of another species than the atlas checked against.
    case otherSpecies(regionID: String, code: String, codeSpecies: String, atlasID: String)
    /// The entry's acronym/name is not a structure of the ontology it should map into.
    case notInOntology(regionID: String, code: String, acronym: String?, name: String?, ontology: String, reason: String)
    /// A Franklin–Paxinos structure with no Allen counterpart (or one missing from the Allen ontology).
    case noAllenCounterpart(regionID: String, franklinPaxinos: String, reason: String)
    /// Franklin–Paxinos entries need the Franklin–Paxinos ↔ Allen mapping, which was not loaded.
    case franklinPaxinosMappingNotLoaded(regionID: String)
    /// A rat entry whose name is no Waxholm structure's (rat regions map by name only).
    case noWaxholmStructure(regionID: String, code: String, name: String?)
    /// Neither the mapped structure, nor a descendant, nor an ancestor labels a voxel of the volume.
    case structureNotInVolume(regionID: String, structure: String)
    /// The target has a NaN or infinite coordinate (atlas mm, as given).
    case nonFiniteTarget(millimetres: [Double])

    public var description: String {
        switch self {
        case .noDeclaredRegion:
            "the procedure declares no brain_region"
        case let .unknownRegionID(id):
            "brain_region \(id) is not in the brain-region taxonomy"
        case let .unknownAtlasCode(id, code):
            "brain_region \(id) has atlas code \(code.map { "'\($0)'" } ?? "(none)"); expected AIA, PF2001, PW1997, BM4 or S2004"
        case let .otherSpecies(id, code, species, atlas):
            "brain_region \(id) is from \(code), a \(species) atlas; the target is in \(atlas)"
        case let .notInOntology(id, code, acronym, name, ontology, reason):
            "brain_region \(id) (\(code) \(acronym ?? "-") '\(name ?? "-")') is not in \(ontology): \(reason)"
        case let .noAllenCounterpart(id, fp, reason):
            "brain_region \(id) (PF2001 \(fp)) has no Allen counterpart: \(reason)"
        case let .franklinPaxinosMappingNotLoaded(id):
            "brain_region \(id) is a PF2001 entry and the Franklin–Paxinos ↔ Allen mapping was not loaded"
        case let .noWaxholmStructure(id, code, name):
            "brain_region \(id) (\(code) '\(name ?? "-")') names no Waxholm rat structure; rat regions are mapped to Waxholm by name only"
        case let .structureNotInVolume(id, structure):
            "brain_region \(id) maps to \(structure), which labels no voxel of the volume"
        case let .nonFiniteTarget(mm):
            "the target \(mm) mm has a non-finite coordinate"
        }
    }
}
