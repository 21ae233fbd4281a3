import StereotaxGeometry
import XCTest

/// `LengthUnit(symbol:)`: the exact symbols (read byte-wise, without trimming) and every other
/// accepted spelling, with and without surrounding whitespace, give the same unit.
final class LengthUnitSymbolTests: XCTestCase {
    private let spellings: [(String, LengthUnit)] = [
        ("nm", .nanometre), ("nanometre", .nanometre), ("nanometers", .nanometre),
        ("µm", .micrometre), ("\u{03BC}m", .micrometre), ("um", .micrometre), ("micron", .micrometre), ("micrometres", .micrometre),
        ("mm", .millimetre), ("millimetre", .millimetre), ("millimeters", .millimetre),
        ("m", .metre), ("metre", .metre), ("meters", .metre),
    ]

    func testEverySpellingWithAndWithoutWhitespace() {
        for (symbol, unit) in spellings {
            XCTAssertEqual(LengthUnit(symbol: symbol), unit, symbol)
            XCTAssertEqual(LengthUnit(symbol: " \(symbol)\t"), unit, "padded \(symbol)")
            XCTAssertEqual(LengthUnit(symbol: "\u{00A0}\(symbol)"), unit, "no-break space before \(symbol)")
        }
        XCTAssertEqual(LengthUnit(symbol: "\u{00B5}m"), .micrometre, "U+00B5 MICRO SIGN")
        XCTAssertEqual(LengthUnit.micrometre.symbol.utf8.count, 3)
    }

    func testNonLengthSymbolsAreRejected() {
        for symbol in ["", " ", "°", " ° ", "deg", "M", "MM", "Mm", "mM", "u", "µ", "mms", "mmm", "cm", "km", "in", "m m", "\u{00B5}", "um\u{0301}"] {
            XCTAssertNil(LengthUnit(symbol: symbol), "\"\(symbol)\"")
        }
    }

    func testCanonicalSymbolsReadBack() {
        for unit in LengthUnit.allCases {
            XCTAssertEqual(LengthUnit(symbol: unit.symbol), unit)
        }
    }
}
