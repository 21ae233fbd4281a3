import StereotaxJSON

/// A BrainSTEM manipulation (stimulation, perfusion, ...) in a session; it references the
/// procedures (implants, injections) it acts through.
public struct Manipulation: BrainSTEMRecord {
    public static let kind = RecordKind.manipulation
    public let raw: RawRecord
    public init(raw: RawRecord) { self.raw = raw }

    /// `type`, e.g. `ElectricalStimulation`, `LiquidPerturbation`.
    public var manipulationType: String? { recordType }
    /// `notes`.
    public var notes: String? { string("notes") }
    /// `procedures`: UUIDs of the procedures used.
    public var procedureIDs: [String]? { strings("procedures") }
    /// `session`: the session's UUID.
    public var sessionID: String? { string("session") }
    /// `equipment`: equipment UUIDs.
    public var equipmentIDs: [String]? { strings("equipment") }
    /// `details`: an object or an array of objects, depending on the type.
    public var details: JSONValue? { raw.object["details"] }
    /// `type_schema_version`.
    public var typeSchemaVersion: String? { string("type_schema_version") }
    /// `order`, if it is an integer literal.
    public var order: Int? {
        guard case .number(let number)? = raw.object["order"], number.isIntegerLiteral else { return nil }
        return Int(exactly: number.value)
    }
}
