/// Converts a number literal to the nearest `Double` without `strtod` when one floating-point
/// operation gives the exact answer (Clinger's fast path, W. D. Clinger, "How to read
/// floating point numbers accurately", PLDI 1990).
///
/// A literal `±w × 10^k` (the digits `w` with the decimal point removed, `k` from the point's
/// position and the exponent) whose significand `w ≤ 2^53` and `|k| ≤ 22` has both `w` and
/// `10^|k|` exactly representable; `w × 10^k` (or `w / 10^−k`) is then one correctly rounded
/// IEEE operation, which is the same `Double` a correctly rounding `strtod` returns. Such
/// literals are nearly all the numbers in records (`-3.46`, `0.1`, `250`, `1e-05`); the others
/// get `nil` and go through the standard library.
enum ExactDecimalConversion {
    /// 10^0 … 10^22, the powers of ten that are exact in a `Double`.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// A literal's digits as one integer, the power of ten of its last digit, and its sign.
    struct Digits {
        var isNegative = false
        /// The digits' value, wrapping beyond 19 digits (then ``digitCount`` rules it out).
        var significand: UInt64 = 0
        var digitCount = 0
        var exponent = 0

        @inline(__always) mutating func append(_ digit: UInt8) {
            significand = significand &* 10 &+ UInt64(digit)
            digitCount += 1
        }

        /// `±significand × 10^exponent` from one correctly rounded operation, or `nil` when
        /// the fast path does not apply.
        var exactValue: Double? {
            // At most 19 digits cannot overflow UInt64, so `significand` is the true digit value.
            guard digitCount <= 19, significand <= 1 << 53, (-22...22).contains(exponent) else { return nil }
            let w = Double(significand)
            let magnitude = exponent < 0 ? w / exactPowersOfTen[-exponent] : w * exactPowersOfTen[exponent]
            return isNegative ? -magnitude : magnitude
        }
    }

    /// The value of `literal` times `10^power` (`power` shifts the decimal point of the exact
    /// decimal, so the result is rounded once), where `literal` must be valid RFC 8259 number
    /// syntax; `nil` when the fast path does not apply.
    static func value(of literal: UnsafeBufferPointer<UInt8>, timesPowerOfTen power: Int = 0) -> Double? {
        var index = 0
        var digits = Digits()
        digits.isNegative = literal.first == UInt8(ascii: "-")
        if digits.isNegative { index = 1 }
        while index < literal.count, let digit = decimalDigit(literal[index]) {
            digits.append(digit)
            index += 1
        }
        if index < literal.count, literal[index] == UInt8(ascii: ".") {
            index += 1
            while index < literal.count, let digit = decimalDigit(literal[index]) {
                digits.append(digit)
                digits.exponent -= 1
                index += 1
            }
        }
        if index < literal.count {  // 'e' or 'E', an optional sign, digits
            index += 1
            var sign = 1
            if index < literal.count, literal[index] == UInt8(ascii: "-") {
                sign = -1
                index += 1
            } else if index < literal.count, literal[index] == UInt8(ascii: "+") {
                index += 1
            }
            var written = 0
            while index < literal.count, let digit = decimalDigit(literal[index]) {
                if written < 10_000 { written = written * 10 + Int(digit) }  // beyond: out of the fast path anyway
                index += 1
            }
            digits.exponent += sign * written
        }
        digits.exponent += max(-10_000, min(10_000, power))  // beyond: out of the fast path anyway
        return digits.exactValue
    }

    @inline(__always) private static func decimalDigit(_ byte: UInt8) -> UInt8? {
        let digit = byte &- UInt8(ascii: "0")
        return digit < 10 ? digit : nil
    }
}
