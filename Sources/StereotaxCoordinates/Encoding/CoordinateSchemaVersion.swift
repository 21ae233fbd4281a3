/// The `coordinates_schema_version` of a record, which decides how bare numbers are read.
///
/// - `0.0.0` and unversioned (absent, `null` or empty): bare numbers in millimetres and degrees
///   (`External_XYZ_Absolute`: metres). `{value, unit}` objects are still read, with a warning.
/// - `1.1.0`: every field is `{"value": n, "unit": u}`; a bare number is an error.
/// - any other version: read by shape as for 0.0.0, with a warning.
public enum CoordinateSchemaVersion: Hashable, Sendable, CustomStringConvertible {
    case unversioned
    case v0_0_0
    case v1_1_0
    case unrecognised(String)

    /// The version a record states (`nil`, or an empty/blank string, means unversioned).
    public init(recordValue: String?) {
        switch recordValue {  // exact spellings first: nothing to trim
        case "0.0.0"?: self = .v0_0_0; return
        case "1.1.0"?: self = .v1_1_0; return
        default: break
        }
        switch recordValue?.trimmingWhitespace() {
        case nil, "": self = .unversioned
        case "0.0.0": self = .v0_0_0
        case "1.1.0": self = .v1_1_0
        case let other?: self = .unrecognised(other)
        }
    }

    /// The string written in records (`nil` for unversioned).
    public var recordValue: String? {
        switch self {
        case .unversioned: return nil
        case .v0_0_0: return "0.0.0"
        case .v1_1_0: return "1.1.0"
        case .unrecognised(let text): return text
        }
    }

    /// Whether fields must be `{value, unit}` objects.
    var requiresValueObjects: Bool { self == .v1_1_0 }

    public var description: String { recordValue ?? "unversioned" }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
