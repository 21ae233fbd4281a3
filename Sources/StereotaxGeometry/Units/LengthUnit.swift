import Foundation

/// A unit of length that BrainSTEM records use: nm, µm, mm or m.
///
/// The raw value is the canonical symbol written by schema 1.1.0 (`"µm"` with
/// U+00B5 MICRO SIGN). ``init(symbol:)`` also accepts the spellings found in
/// real records (`"um"`, `"μm"` with U+03BC GREEK SMALL LETTER MU, `"micron"`).
public enum LengthUnit: String, CaseIterable, Sendable, Hashable, Codable {
    case nanometre = "nm"
    case micrometre = "µm"
    case millimetre = "mm"
    case metre = "m"

    /// How many millimetres one of this unit is.
    public var millimetresPerUnit: Double {
        switch self {
        case .nanometre: return 1e-6
        case .micrometre: return 1e-3
        case .millimetre: return 1
        case .metre: return 1e3
        }
    }

    /// The canonical symbol, as schema 1.1.0 writes it.
    public var symbol: String { rawValue }

    /// Parses a unit symbol, accepting the variants seen in real records.
    /// Returns `nil` for anything that is not a length unit.
    public init?(symbol: String) {
        switch symbol.trimmingCharacters(in: .whitespaces) {
        case "nm", "nanometre", "nanometer", "nanometres", "nanometers": self = .nanometre
        case "µm", "μm", "um", "micron", "microns", "micrometre", "micrometer", "micrometres", "micrometers":
            self = .micrometre
        case "mm", "millimetre", "millimeter", "millimetres", "millimeters": self = .millimetre
        case "m", "metre", "meter", "metres", "meters": self = .metre
        default: return nil
        }
    }
}
