/// A JSON number: its `Double` value, whether the literal was an integer, and its literal text.
///
/// A number read by the parser keeps the exact text it was written with, and the writer emits
/// that text again, so reading and writing a record changes no digit. A number made from a
/// `Double` gets Swift's shortest round-tripping representation (`Double.description`), which
/// parses back to the identical `Double`; one made from an `Int` is written without `.0`.
public struct JSONNumber: Hashable, Sendable, CustomStringConvertible {
    /// The value, rounded to the nearest `Double` (always finite).
    public let value: Double
    /// `true` if the literal had neither a fraction nor an exponent (e.g. `-12`, not `12.0` or `1e2`).
    public let isIntegerLiteral: Bool
    /// The literal as it is (or will be) written: valid RFC 8259 number syntax.
    public let literal: String

    /// Makes a number from already validated literal text (used by the parser).
    init(value: Double, isIntegerLiteral: Bool, literal: String) {
        self.value = value
        self.isIntegerLiteral = isIntegerLiteral
        self.literal = literal
    }

    /// A number from a `Double`, written in the shortest form that parses back to the same
    /// `Double` (e.g. `0.1`, `1.0`, `1e-05`, `-0.0`). Returns `nil` for NaN and infinities,
    /// which JSON cannot represent.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.value = value
        self.isIntegerLiteral = false
        self.literal = value.description
    }

    /// A number written exactly as `literal`, which must be RFC 8259 number syntax (no sign
    /// `+`, no surrounding spaces) for a value whose magnitude fits a `Double`; `nil` otherwise.
    public init?(literal: String) {
        guard case .number(let number)? = try? JSONValue.parse(literal), number.literal == literal else { return nil }
        self = number
    }

    /// An integer, written without a fraction (e.g. `42`).
    public init(_ value: Int) {
        self.value = Double(value)
        self.isIntegerLiteral = true
        self.literal = String(value)
    }

    public var description: String { literal }

    /// The literal's exact decimal value times `10^power`, rounded once to the nearest
    /// `Double`, when a single floating-point operation gives that (significand of at most
    /// 2^53, resulting power of ten within ±22: Clinger's fast path); `nil` otherwise, and the
    /// caller converts another way. E.g. `"0.12"` with `power` −3 is the `Double` nearest
    /// 0.00012, which `0.12 / 1e3` is not.
    public func exactValue(timesPowerOfTen power: Int) -> Double? {
        literal.utf8.withContiguousStorageIfAvailable { ExactDecimalConversion.value(of: $0, timesPowerOfTen: power) } ?? nil
    }

    /// Numbers are equal when their values are equal and both or neither are integer literals
    /// (`1` ≠ `1.0`, but `1.0` = `1.00` = `10e-1`).
    public static func == (a: JSONNumber, b: JSONNumber) -> Bool {
        a.value == b.value && a.isIntegerLiteral == b.isIntegerLiteral
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(isIntegerLiteral)
    }
}
