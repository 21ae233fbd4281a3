/// A decimal number held exactly: `±digits × 10^exponent`, read from and written as JSON number
/// text.
///
/// Converting between nm, µm, mm and m multiplies by a power of ten, which on a decimal is a
/// shift of the decimal point (``shifted(byPowerOfTen:)``) and so exact; the only rounding is
/// the final one to the nearest `Double` (``doubleValue``). `"2.5"` µm is therefore
/// `"0.0025"` mm, and `"0.12"` µm the `Double` nearest 0.00012, which `0.12 / 1e3` is not.
/// Equal decimals compare equal whatever their text (`2.50` = `2.5` = `25e-1`).
public struct DecimalNumber: Hashable, Sendable, CustomStringConvertible {
    /// The sign (kept for zero, so `-0.0` stays negative zero).
    public let isNegative: Bool
    /// The significant digits as ASCII, without leading or trailing zeros; empty for zero.
    public let digits: [UInt8]
    /// The power of ten of the last digit.
    public let exponent: Int

    /// Exponents are clamped to this magnitude; far beyond it every `Double` is zero or infinite.
    private static let exponentLimit = 1_000_000_000

    private init(isNegative: Bool, digits: [UInt8], exponent: Int) {
        // Normal form: no leading or trailing zeros, so equal numbers compare equal.
        var digits = digits[...]
        var exponent = exponent
        while digits.first == UInt8(ascii: "0") { digits.removeFirst() }
        while digits.last == UInt8(ascii: "0") { digits.removeLast(); exponent += 1 }
        self.isNegative = isNegative
        self.digits = Array(digits)
        self.exponent = digits.isEmpty ? 0 : exponent
    }

    /// Reads JSON number text (RFC 8259: `-? int frac? exp?`), e.g. `-2.50`, `1e-05`, `3E+2`.
    /// Returns `nil` for anything else (leading `+`, `.5`, `NaN`, spaces, ...).
    public init?(literal: String) {
        let bytes = Array(literal.utf8)
        var index = 0
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") }
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index += 1 }
        guard isDigit(index) else { return nil }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if isDigit(index) { return nil }
        } else {
            while isDigit(index) { index += 1 }
        }
        var digits = Array(bytes[(negative ? 1 : 0)..<index])
        var exponent = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { return nil }
            let start = index
            while isDigit(index) { index += 1 }
            digits += bytes[start..<index]
            exponent = start - index
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard isDigit(index) else { return nil }
            var written = 0
            while isDigit(index) {
                written = min(written * 10 + Int(bytes[index] - UInt8(ascii: "0")), Self.exponentLimit)
                index += 1
            }
            exponent += exponentNegative ? -written : written
        }
        guard index == bytes.count else { return nil }
        self.init(isNegative: negative, digits: digits, exponent: exponent)
    }

    /// The decimal of the shortest text that reads back as `value` (Swift's `description`,
    /// e.g. `0.1`, `1e-05`); `nil` for NaN and infinities.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.init(literal: value.description)
    }

    /// The number times `10^power`: the decimal point moved right by `power` places (left if negative). Exact.
    public func shifted(byPowerOfTen power: Int) -> DecimalNumber {
        let limit = Self.exponentLimit
        return DecimalNumber(isNegative: isNegative, digits: digits, exponent: max(-limit, min(limit, exponent + power)))
    }

    /// Whether the number is zero (of either sign).
    public var isZero: Bool { digits.isEmpty }

    /// JSON number text for the exact decimal, in the style Swift and Python write floats
    /// (`Double.description`, Python's `repr`): plain with a fraction (`2500.0`, `0.0025`)
    /// when the leading digit's power of ten is in -4...15, otherwise scientific with a signed
    /// exponent of at least two digits (`1.5e-07`, `2e+25`). For the decimal of a `Double`
    /// (``init(_:)``) this is exactly `description`.
    public var literal: String {
        let sign = isNegative ? "-" : ""
        guard !digits.isEmpty else { return sign + "0.0" }
        let text = String(decoding: digits, as: UTF8.self)
        let point = digits.count + exponent  // digits before the decimal point
        if point >= -3, point <= 16 {
            if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + text }
            if point >= digits.count { return sign + text + String(repeating: "0", count: point - digits.count) + ".0" }
            let split = text.index(text.startIndex, offsetBy: point)
            return sign + text[..<split] + "." + text[split...]
        }
        let fraction = digits.count > 1 ? "." + text.dropFirst() : ""
        let power = point - 1
        let powerDigits = String(power.magnitude)
        return sign + text.prefix(1) + fraction + "e" + (power < 0 ? "-" : "+")
            + (powerDigits.count < 2 ? "0" : "") + powerDigits
    }

    /// The `Double` nearest the decimal (correctly rounded); ±infinity beyond the largest finite
    /// `Double`, ±0 below the smallest.
    public var doubleValue: Double {
        guard !digits.isEmpty else { return isNegative ? -0.0 : 0.0 }
        // `literal` is always valid decimal syntax, which `Double(_:)` reads (overflow gives
        // ±infinity); NaN would only mark a failure it never has, and callers reject non-finite.
        return Double(literal) ?? .nan
    }

    public var description: String { literal }
}
