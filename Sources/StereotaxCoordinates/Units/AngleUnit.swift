/// The angle unit of `{value, unit}` fields: degrees only, as BrainSTEM writes them.
public enum AngleUnit: String, CaseIterable, Hashable, Sendable {
    case degree = "°"

    /// The canonical symbol schema 1.1.0 writes (`°`, U+00B0 DEGREE SIGN).
    public var symbol: String { rawValue }

    /// Accepts `°`, `deg`, `degree` and `degrees`; `nil` for anything else.
    public init?(symbol: String) {
        // Exact spellings first (nothing to trim), including the length units records carry.
        switch symbol {
        case "°", "deg", "degree", "degrees": self = .degree; return
        case "mm", "µm", "μm", "um", "nm", "m": return nil
        default: break
        }
        switch symbol.trimmingWhitespace() {
        case "°", "deg", "degree", "degrees": self = .degree
        default: return nil
        }
    }

    /// The accepted spellings, for messages.
    public static let acceptedSymbols = "°, deg, degree or degrees"
}
