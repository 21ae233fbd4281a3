/// A field of a procedure record, whatever its member name in a given ``ProcedureShape``.
public enum ProcedureField: String, CaseIterable, Hashable, Sendable {
    case id, type, notes, subject, dateTime, consumable, hardwareDevice, equipment, brainRegion, licenses
    case details, typeSchemaVersion, coordinatesSystem, coordinatesDetails, coordinatesSchemaVersion
    case createdAt, updatedAt

    /// What the value must be, for messages and the schema check.
    public var expectedValue: ExpectedValue {
        switch self {
        case .id, .subject, .consumable, .hardwareDevice, .brainRegion: return .uuidString
        case .equipment, .licenses: return .uuidList
        case .details, .coordinatesDetails: return .object
        case .type, .notes, .dateTime, .typeSchemaVersion, .coordinatesSystem, .coordinatesSchemaVersion,
             .createdAt, .updatedAt:
            return .string
        }
    }

    /// The JSON a field holds.
    public enum ExpectedValue: String, Hashable, Sendable {
        case string
        /// A UUID formatted as a string (`8-4-4-4-12` hexadecimal digits).
        case uuidString = "UUID string"
        /// A list of UUID strings.
        case uuidList = "list of UUID strings"
        case object
    }
}
