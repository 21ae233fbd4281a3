import StereotaxCoordinates
import StereotaxGeometry

/// Why coordinates could not be converted. Each case names the system and,
/// where one is at fault, the `coordinates_details` field.
public enum ConversionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A field the conversion needs is absent.
    case missingField(system: CoordinateSystemName, field: String)
    /// A field holds a value that cannot be used (e.g. a negative depth).
    case invalidField(system: CoordinateSystemName, field: String, reason: String)
    /// The conversion needs something the context does not have.
    case missingContext(system: CoordinateSystemName, needs: String)
    /// The insertion geometry failed (no surface along the shaft, tip above the surface ...).
    case insertion(system: CoordinateSystemName, reason: String)
    /// A frame transform could not be composed or inverted.
    case transform(reason: String)

    public var description: String {
        switch self {
        case let .missingField(system, field):
            return "\(system): coordinates_details.\(field) is required for this conversion but absent"
        case let .invalidField(system, field, reason):
            return "\(system): coordinates_details.\(field) \(reason)"
        case let .missingContext(system, needs):
            return "\(system): converting needs \(needs)"
        case let .insertion(system, reason):
            return "\(system): \(reason)"
        case let .transform(reason):
            return "frame transform: \(reason)"
        }
    }
}
