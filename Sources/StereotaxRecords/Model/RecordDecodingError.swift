import StereotaxJSON

/// Why bytes or a JSON value could not be made into a record model.
public enum RecordDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The bytes are not valid JSON.
    case invalidJSON(JSONParseError)
    /// A record must be a JSON object.
    case notAnObject(found: String)
    /// The document is neither a record list, a list envelope nor a detail envelope.
    case notAnEnvelope(found: String)

    public var description: String {
        switch self {
        case .invalidJSON(let error): return error.description
        case .notAnObject(let found): return "a record must be a JSON object, found a JSON \(found)"
        case .notAnEnvelope(let found): return "expected a list envelope ({\"procedures\": [...]}, {\"results\": [...]}, ...), a detail envelope ({\"procedure\": {...}}) or an array of records; found \(found)"
        }
    }
}
