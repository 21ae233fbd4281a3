/// Why a set of probe angles, a direction or an orientation was rejected.
///
/// `field` names the convention and the field, e.g. `"BrainSTEM apAngle"` or
/// `"IBL theta"`, so a message points at the value to fix.
public enum AngleConventionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The field is NaN or infinite.
    case notFinite(field: String)
    /// The field lies outside the range its convention allows.
    case outOfRange(field: String, degrees: Double, allowedDegrees: ClosedRange<Double>)
    /// A direction is zero or has a non-finite component.
    case invalidDirection(field: String)
    /// A matrix is not a proper rotation: ‖RᵀR − I‖∞ or |det R − 1| exceeds the tolerance,
    /// or an entry is not finite.
    case notARotation(deviation: Double, tolerance: Double)

    public var description: String {
        switch self {
        case let .notFinite(field):
            return "\(field) is not a finite number"
        case let .outOfRange(field, degrees, allowed):
            return "\(field) is \(degrees)°, expected \(allowed.lowerBound)° to \(allowed.upperBound)°"
        case let .invalidDirection(field):
            return "\(field) is zero or not finite; expected a non-zero direction"
        case let .notARotation(deviation, tolerance):
            return "the orientation matrix is not a proper rotation (deviation \(deviation), tolerance \(tolerance))"
        }
    }
}
