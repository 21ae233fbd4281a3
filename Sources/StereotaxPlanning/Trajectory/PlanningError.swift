import StereotaxGeometry

/// Why a plan could not be made; each case names the input at fault.
public enum PlanningError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A number that must be finite (and sometimes positive) is not.
    case invalidInput(field: String, expected: String, found: Double)
    /// The insertion geometry failed (no surface under the entry, tip above the surface ...).
    case insertion(reason: String)
    /// The shaft never reaches the skull model above the brain entry.
    case noSkullEntry(skull: String)
    /// Entry and target coincide, so they give no direction.
    case entryEqualsTarget
    /// A structure to avoid was not found in the ontology.
    case unknownStructure(String)
    /// The search grid has no angle pair, or too many.
    case invalidSearch(reason: String)
    /// The atlas cannot be planned on.
    case unsupportedAtlas(String)

    public var description: String {
        switch self {
        case let .invalidInput(field, expected, found): return "\(field) must be \(expected) (found \(found))"
        case let .insertion(reason): return "insertion: \(reason)"
        case let .noSkullEntry(skull): return "the shaft never meets the skull model (\(skull)) above the brain entry"
        case .entryEqualsTarget: return "the entry and the target are the same point; they give no direction"
        case let .unknownStructure(s): return "no structure \"\(s)\" in the ontology"
        case let .invalidSearch(reason): return "search: \(reason)"
        case let .unsupportedAtlas(reason): return reason
        }
    }

    static func check(_ value: Double, _ field: String, positive: Bool = false) throws(PlanningError) {
        guard value.isFinite else { throw .invalidInput(field: field, expected: "a finite number", found: value) }
        if positive, value <= 0 { throw .invalidInput(field: field, expected: "positive", found: value) }
    }

    static func check(_ p: Point3<Frame.Bregma>, _ field: String) throws(PlanningError) {
        try check(p.ap.millimetres, "\(field) AP")
        try check(p.ml.millimetres, "\(field) ML")
        try check(p.dv.millimetres, "\(field) DV")
    }
}
