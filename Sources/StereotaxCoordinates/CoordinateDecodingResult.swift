/// The outcome of decoding `coordinates_details`: the typed value with any warnings, or the
/// issues (at least one an error) that prevented it.
public enum CoordinateDecodingResult<Value: Sendable>: Sendable {
    /// Decoded; `issues` holds only warnings (unknown fields, legacy keys, ...).
    case decoded(Value, issues: [CoordinateIssue])
    /// Not decoded; every issue found in the record is listed, errors and warnings.
    case failed([CoordinateIssue])

    /// The decoded value, or `nil` if decoding failed.
    public var value: Value? {
        if case .decoded(let value, _) = self { return value }
        return nil
    }

    /// All issues found, in document order.
    public var issues: [CoordinateIssue] {
        switch self {
        case .decoded(_, let issues): return issues
        case .failed(let issues): return issues
        }
    }

    /// The same outcome with the value transformed (the outcome is consumed: its value and
    /// issues are moved into the new one, not copied).
    public consuming func map<T: Sendable>(_ transform: (Value) -> T) -> CoordinateDecodingResult<T> {
        switch consume self {
        case .decoded(let value, let issues): return .decoded(transform(value), issues: issues)
        case .failed(let issues): return .failed(issues)
        }
    }
}

extension CoordinateDecodingResult: Equatable where Value: Equatable {}
extension CoordinateDecodingResult: Hashable where Value: Hashable {}
