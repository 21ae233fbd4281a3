import StereotaxAtlas

/// Something a trajectory should keep away from.
public enum AvoidedRegion: Hashable, Sendable, CustomStringConvertible {
    /// A structure of the ontology (id, acronym or name) with all its descendants.
    case structure(String)
    /// The ventricular system: Allen `VS` and its descendants.
    case ventricles
    /// Every labelled voxel of one hemisphere.
    case hemisphere(Hemisphere)

    public var description: String {
        switch self {
        case let .structure(s): "structure \(s) and its descendants"
        case .ventricles: "ventricles (VS and its descendants)"
        case let .hemisphere(h): "the \(h.rawValue) hemisphere"
        }
    }
}
