import StereotaxTestSupport
import XCTest

@testable import StereotaxJSON

/// Number literals: the exact spelling is kept, the value is the correctly rounded `Double`.
final class JSONNumberTests: XCTestCase {
    func testSpellingsAreKeptExactly() throws {
        let spellings: [(String, Double, isInteger: Bool)] = [
            ("0", 0, true), ("-0", -0.0, true), ("0.0", 0, false), ("-0.0", -0.0, false),
            ("1e5", 100_000, false), ("1E+05", 100_000, false), ("1e-05", 0.00001, false),
            ("0.10", 0.1, false), ("0.1", 0.1, false), ("10e-1", 1, false), ("-3.46", -3.46, false),
            ("123456789012345", 123_456_789_012_345, true), ("-123456789012345", -123_456_789_012_345, true),
            ("12345678901234567890", 12_345_678_901_234_567_890, true),
            ("9007199254740993", 9_007_199_254_740_992, true),  // 2^53 + 1 rounds to even
            ("1.7976931348623157e308", .greatestFiniteMagnitude, false),
            ("4.9e-324", .leastNonzeroMagnitude, false),
            ("1e-400", 0, false), ("-1e-400", -0.0, false),
        ]
        for (literal, value, isInteger) in spellings {
            let parsed = try ParsedValue.number(literal)
            XCTAssertEqual(parsed.literal, literal)
            XCTAssertEqual(parsed.description, literal)
            XCTAssertEqual(parsed.value.bitPattern, value.bitPattern, "\(literal): \(parsed.value) ≠ \(value)")
            XCTAssertEqual(parsed.isIntegerLiteral, isInteger, literal)
            XCTAssertEqual(JSONValue.number(parsed).serialized(), literal, "written back byte for byte")
        }
    }

    /// Every literal's value is the `Double` the standard library reads from the same text
    /// (correct rounding), over mantissas and exponents around the fast paths' limits.
    func testValuesMatchCorrectRounding() throws {
        var generator = SplitMix64(seed: 5)
        var literals: [String] = []
        let mantissas: [String] = [
            "1", "9", "17", "123", "4503599627370496", "9007199254740991", "9007199254740992", "9007199254740993",
            "18014398509481984", "123456789012345678", "999999999999999", "1000000000000000",
        ]
        for mantissa in mantissas {
            for exponent in -25...25 {
                literals.append("\(mantissa)e\(exponent)")
                literals.append("-\(mantissa)E\(exponent >= 0 ? "+" : "")\(exponent)")
                // The same digits with a decimal point inside them.
                let digits = Array(mantissa)
                if digits.count > 1 {
                    let split = digits.count / 2
                    literals.append(String(digits[..<split]) + "." + String(digits[split...]) + "e\(exponent)")
                }
            }
        }
        for _ in 0..<2_000 {
            let integerDigits = Int.random(in: 1...9, using: &generator)
            let fractionDigits = Int.random(in: 1...12, using: &generator)
            var text = Int.random(in: 0...1, using: &generator) == 0 ? "" : "-"
            text += String(Int.random(in: 1...9, using: &generator))
            for _ in 1..<integerDigits { text += String(Int.random(in: 0...9, using: &generator)) }
            text += "."
            for _ in 0..<fractionDigits { text += String(Int.random(in: 0...9, using: &generator)) }
            literals.append(text)
        }
        literals += ["0.000001", "123.456", "0.30000000000000004", "2.2250738585072011e-308", "2.2250738585072014e-308"]
        for literal in literals {
            guard let expected = Double(literal) else { return XCTFail("reference could not read \(literal)") }
            let parsed = try ParsedValue.number(literal)
            XCTAssertEqual(parsed.value.bitPattern, expected.bitPattern, "\(literal): \(parsed.value) ≠ \(expected)")
            XCTAssertEqual(parsed.literal, literal)
        }
    }

    /// The literal's decimal times a power of ten, rounded once, where one operation gives it;
    /// `nil` beyond that route.
    func testExactValueTimesAPowerOfTen() throws {
        XCTAssertNotEqual(0.12 / 1e3, 0.00012, "guards that the case discriminates")
        XCTAssertEqual(try ParsedValue.number("0.12").exactValue(timesPowerOfTen: -3), 0.00012)
        XCTAssertEqual(try ParsedValue.number("250").exactValue(timesPowerOfTen: -3), 0.25)
        XCTAssertEqual(try ParsedValue.number("1.1001").exactValue(timesPowerOfTen: 3), 1100.1)
        XCTAssertEqual(try ParsedValue.number("130").exactValue(timesPowerOfTen: -6), 0.00013)
        XCTAssertEqual(try ParsedValue.number("-3.46").exactValue(timesPowerOfTen: 0), -3.46)
        XCTAssertEqual(try ParsedValue.number("1e-05").exactValue(timesPowerOfTen: 3), 0.01)
        let negativeZero = try XCTUnwrap(try ParsedValue.number("-0.0").exactValue(timesPowerOfTen: -3))
        XCTAssertEqual(negativeZero.bitPattern, (-0.0).bitPattern, "the sign of zero is kept")
        XCTAssertEqual(JSONNumber(0.1)?.exactValue(timesPowerOfTen: 1), 1)
        XCTAssertEqual(JSONNumber(7).exactValue(timesPowerOfTen: -1), 0.7)
        // Beyond the route: more than 2^53 as significand, or a power of ten beyond ±22.
        XCTAssertNil(try ParsedValue.number("9007199254740993").exactValue(timesPowerOfTen: -3))
        XCTAssertNil(try ParsedValue.number("12345678901234567890123").exactValue(timesPowerOfTen: 0))
        XCTAssertNil(try ParsedValue.number("1e20").exactValue(timesPowerOfTen: 3))
        XCTAssertNil(try ParsedValue.number("1").exactValue(timesPowerOfTen: -23))
        XCTAssertNil(try ParsedValue.number("1").exactValue(timesPowerOfTen: .min))
        XCTAssertEqual(try ParsedValue.number("1e-20").exactValue(timesPowerOfTen: -2), 1e-22)
    }

    func testEqualityComparesValueAndIntegerness() throws {
        XCTAssertEqual(try ParsedValue.number("1.0"), try ParsedValue.number("1.00"))
        XCTAssertEqual(try ParsedValue.number("1.0"), try ParsedValue.number("10e-1"))
        XCTAssertNotEqual(try ParsedValue.number("1"), try ParsedValue.number("1.0"))
        XCTAssertEqual(Set([try ParsedValue.number("0.5"), try ParsedValue.number("5e-1")]).count, 1)
    }

    func testNumbersMadeInCode() {
        XCTAssertEqual(JSONNumber(0.1)?.literal, "0.1")
        XCTAssertEqual(JSONNumber(1.0)?.literal, "1.0")
        XCTAssertEqual(JSONNumber(-0.0)?.literal, "-0.0")
        XCTAssertEqual(JSONNumber(1e-5)?.literal, "1e-05")
        XCTAssertNil(JSONNumber(.nan))
        XCTAssertNil(JSONNumber(.infinity))
        XCTAssertEqual(JSONNumber(42).literal, "42")
        XCTAssertTrue(JSONNumber(42).isIntegerLiteral)
        XCTAssertEqual(JSONNumber(literal: "1E+05")?.value, 100_000)
        XCTAssertEqual(JSONNumber(literal: "1E+05")?.literal, "1E+05")
        for invalid in ["+1", " 1", "1 ", "01", "1e999", "abc", "", "1,0"] {
            XCTAssertNil(JSONNumber(literal: invalid), invalid)
        }
    }
}
