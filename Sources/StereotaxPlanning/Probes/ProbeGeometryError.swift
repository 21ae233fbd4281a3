/// Why a probe file could not be read.
public enum ProbeGeometryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be read or is not JSON.
    case unreadable(file: String, reason: String)
    /// A member is missing or has a value that is not what the format expects.
    case invalid(file: String, field: String, expected: String)
    /// No probe of that name in a library.
    case unknownProbe(name: String, known: [String])

    public var description: String {
        switch self {
        case let .unreadable(file, reason): return "probe file \(file): \(reason)"
        case let .invalid(file, field, expected): return "probe file \(file): `\(field)` must be \(expected)"
        case let .unknownProbe(name, known): return "no probe named \"\(name)\" (known: \(known.joined(separator: ", ")))"
        }
    }
}
