import StereotaxJSON

/// Why an item of a ``RecordStream`` holds no record. Lines and columns are 1-based and count
/// from the start of the input; columns count bytes.
public enum RecordStreamError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be opened or read.
    case readFailed(path: String, reason: String)
    /// The record's bytes are not valid JSON; `line`/`column` locate the error in the input.
    case invalidJSON(line: Int, column: Int, JSONParseError)
    /// An array element or NDJSON line with nothing in it (e.g. `[{...},,{...}]` or a trailing comma).
    case emptyRecord(line: Int, column: Int)
    /// The input's framing is broken outside any record (e.g. text after the closing `]`, a
    /// missing `]`, a member without `:`). Reported once, as an item of its own.
    case structure(line: Int, column: Int, found: String, expected: String)
    /// A record model needs a JSON object.
    case notAnObject(line: Int, found: String)

    public var description: String {
        switch self {
        case .readFailed(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .invalidJSON(let line, let column, let error):
            return "invalid JSON at line \(line), column \(column): \(error.kind.rawValue), found \(error.found), expected \(error.expected)"
        case .emptyRecord(let line, let column):
            return "empty record at line \(line), column \(column)"
        case .structure(let line, let column, let found, let expected):
            return "broken framing at line \(line), column \(column): found \(found), expected \(expected)"
        case .notAnObject(let line, let found):
            return "the record at line \(line) is a JSON \(found), expected a JSON object"
        }
    }
}
