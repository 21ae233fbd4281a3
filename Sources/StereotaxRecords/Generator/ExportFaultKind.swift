/// The kinds of fault ``ExportGenerator`` injects, each with the finding that reveals it.
public enum ExportFaultKind: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// A coordinate written as a string (`"1.3"`).
    case numericString = "numeric-string"
    /// A record that is not valid JSON: a cut-off NDJSON line, or a `NaN` literal in an array element.
    case malformedRecord = "malformed-record"
    /// `subject`, `type` or the coordinate system left out.
    case missingRequired = "missing-required"
    /// A misspelt or invented coordinate system name.
    case unknownSystem = "unknown-system"
    /// A length in micrometres written as millimetres (×1000).
    case unitSlip = "unit-slip"
    /// DV or depth typed negative-down.
    case dvSignFlip = "dv-sign-flip"
    /// An angle outside −180…180°.
    case angleOutOfRange = "angle-out-of-range"
    /// Notes longer than 500 characters.
    case longNotes = "long-notes"
    /// An id that is not a UUID.
    case badUUID = "bad-uuid"
    /// The id of the previous record again.
    case duplicateID = "duplicate-id"
    /// A field of another coordinate system (e.g. `depth` in `Stereotaxic_BregmaAbsolute`).
    case fieldNotInSystem = "field-not-in-system"
    /// A coordinate written as `true`.
    case wrongType = "wrong-type"
    /// The ML sign puts the target in the hemisphere the notes do not name. Not a schema
    /// fault: finding it needs the intended side.
    case contralateral

    public var description: String { rawValue }

    /// The schema-check finding that reveals the fault, or `nil` if the schema check cannot.
    public var expectedFinding: RecordFindingCode? {
        switch self {
        case .numericString: return .numericString
        case .malformedRecord: return .unreadable
        case .missingRequired: return .requiredMissing
        case .unknownSystem: return .unknownSystem
        case .unitSlip: return .unit
        case .dvSignFlip: return .dvSign
        case .angleOutOfRange: return .angleOutOfRange
        case .longNotes: return .notesTooLong
        case .badUUID: return .malformedUUID
        case .duplicateID: return .duplicateID
        case .fieldNotInSystem: return .fieldNotInSystem
        case .wrongType: return .wrongType
        case .contralateral: return nil
        }
    }
}
