/// Why a value could not be read, replaced or removed at a ``RecordPath``.
public enum RecordPathError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An intermediate member or element on the way is absent (`at` is the first missing path).
    case missing(at: RecordPath)
    /// A step needs an object (for a key) or an array (for an index) but found another type.
    case typeMismatch(at: RecordPath, expected: String, found: String)
    /// The array at `at` has no element `index`.
    case indexOutOfRange(at: RecordPath, index: Int, count: Int)
    /// The record's top level must stay a JSON object.
    case rootMustBeObject(found: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "nothing at \(path)"
        case .typeMismatch(let path, let expected, let found):
            return "\(path) is a JSON \(found), expected a JSON \(expected)"
        case .indexOutOfRange(let path, let index, let count):
            return "\(path) has \(count) elements, no element \(index)"
        case .rootMustBeObject(let found):
            return "a record must be a JSON object, not a JSON \(found)"
        }
    }
}
