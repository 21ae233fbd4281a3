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
        if let unit = Self(exactSymbolUTF8: symbol.utf8) {
            self = unit
            return
        }
        // The degree sign, which records carry on every angle field, is no length unit either way.
        if symbol.utf8.elementsEqual([0xC2, 0xB0]) { return nil }
        switch symbol.trimmingCharacters(in: .whitespaces) {
        case "nm", "nanometre", "nanometer", "nanometres", "nanometers": self = .nanometre
        case "µm", "μm", "um", "micron", "microns", "micrometre", "micrometer", "micrometres", "micrometers":
            self = .micrometre
        case "mm", "millimetre", "millimeter", "millimetres", "millimeters": self = .millimetre
        case "m", "metre", "meter", "metres", "meters": self = .metre
        default: return nil
        }
    }

    /// The symbols records nearly always carry (`mm`, `µm`, `μm`, `um`, `nm`, `m`), matched
    /// byte for byte without normalising: the common case of ``init(symbol:)`` without
    /// Foundation's trimming. `nil` for anything else (which the general path then reads).
    @inline(__always)
    private init?(exactSymbolUTF8 bytes: String.UTF8View) {
        var iterator = bytes.makeIterator()
        guard let first = iterator.next() else { return nil }
        guard let second = iterator.next() else {
            if first == UInt8(ascii: "m") { self = .metre; return }
            return nil
        }
        guard let third = iterator.next() else {
            guard second == UInt8(ascii: "m") else { return nil }
            switch first {
            case UInt8(ascii: "m"): self = .millimetre
            case UInt8(ascii: "u"): self = .micrometre
            case UInt8(ascii: "n"): self = .nanometre
            default: return nil
            }
            return
        }
        // "µm" (U+00B5: C2 B5) and "μm" (U+03BC: CE BC), each followed by "m".
        guard third == UInt8(ascii: "m"), iterator.next() == nil,
              (first == 0xC2 && second == 0xB5) || (first == 0xCE && second == 0xBC) else { return nil }
        self = .micrometre
    }
}
