/// The six JSON types (RFC 8259), as a value's ``JSONView/kind``.
public enum JSONKind: UInt8, Hashable, Sendable {
    case null, boolean, number, string, array, object

    /// The type's name for messages: `"null"`, `"boolean"`, `"number"`, `"string"`,
    /// `"array"`, `"object"` (as ``JSONValue/typeName``).
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .boolean: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
