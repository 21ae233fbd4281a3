import XCTest

@testable import StereotaxJSON

/// The parser's grammar, string decoding and error positions (RFC 8259, strict).
final class JSONParserTests: XCTestCase {
    func testEveryValueKindAndNesting() throws {
        let value = try JSONValue.parse(#" {"a": [1, -2.5, true, false, null, "x", {}, []], "b": {"c": {"d": "e"}}} "#)
        guard case .object(let object) = value else { return XCTFail("expected an object, got \(value.typeName)") }
        XCTAssertEqual(object.keys, ["a", "b"])
        XCTAssertEqual(object["a"], [1, -2.5, true, false, nil, "x", .object(JSONObject()), []])
        XCTAssertEqual(value["b"]?["c"]?["d"], "e")
        XCTAssertEqual(try JSONValue.parse("7"), 7, "any value may be the top level")
        XCTAssertEqual(try JSONValue.parse("\"top\""), "top")
        XCTAssertEqual(try JSONValue.parse(" \t\r\n null \t\r\n"), .null)
        XCTAssertEqual(try JSONValue.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)), [1], "a leading BOM is skipped")
    }

    func testAllInputFormsParseAlike() throws {
        let text = #"{"k":[1,"é"]}"#
        let expected = try JSONValue.parse(text)
        XCTAssertEqual(try JSONValue.parse(Array(text.utf8)), expected)
        XCTAssertEqual(try JSONValue.parse(Data(text.utf8)), expected)
        XCTAssertEqual(try JSONValue.parse(Array(text.utf8)[...]), expected)
        XCTAssertEqual(try JSONValue.parse(AnyCollection(Array(text.utf8))), expected, "a non-contiguous collection is copied first")
    }

    func testStringEscapesDecode() throws {
        let value = try JSONValue.parse(#"["\"\\\/\b\f\n\r\t", "\u0041\u00e9\u20AC", "\ud83d\ude00", "a\u0000b"]"#)
        XCTAssertEqual(value, ["\"\\/\u{08}\u{0C}\n\r\t", "Aé€", "😀", "a\u{0}b"])
        // Escapes after plain text and multi-byte text keep what came before them.
        XCTAssertEqual(try JSONValue.parse(#""µm \u00b5m\tend""#), "µm µm\tend")
    }

    /// The word-at-a-time scan of plain string bytes: a special byte (quote, escape, control
    /// character, non-ASCII) at every position of strings of every length up to three words,
    /// as a value and as a member name, is found where it is.
    func testSpecialBytesAtEveryPositionOfAWord() throws {
        for length in 0...24 {
            let plain = String((0..<length).map { Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8($0 % 26))) })
            XCTAssertEqual(try JSONValue.parse("\"\(plain)\""), .string(plain))
            XCTAssertEqual(try JSONValue.parse("{\"\(plain)\": 1}")[plain], 1)
            for position in 0...length {
                let head = String(plain.prefix(position)), tail = String(plain.dropFirst(position))
                for (written, decoded) in [("\\\"", "\""), ("\\n", "\n"), ("é", "é"), ("😀", "😀"), ("\\u0041", "A"), ("~", "~"), (" ", " ")] {
                    let text = "\"" + head + written + tail + "\""
                    XCTAssertEqual(try JSONValue.parse(text), .string(head + decoded + tail), text)
                    let key = head + decoded + tail
                    XCTAssertEqual(try JSONValue.parse("{" + text + ": 2, \"x\": 3}")[JSONKey(key)], 2, text)
                }
                for control: UInt8 in [0x00, 0x09, 0x0A, 0x1F] {
                    let bytes = [UInt8(ascii: "\"")] + Array(head.utf8) + [control] + Array(tail.utf8) + [UInt8(ascii: "\"")]
                    XCTAssertThrowsError(try JSONValue.parse(bytes)) { error in
                        XCTAssertEqual((error as? JSONParseError)?.kind, .controlCharacterInString)
                        XCTAssertEqual((error as? JSONParseError)?.byteOffset, 1 + position)
                    }
                }
                let unterminated = "\"" + head
                XCTAssertThrowsError(try JSONValue.parse(unterminated)) { error in
                    XCTAssertEqual((error as? JSONParseError)?.kind, .unexpectedEnd)
                    XCTAssertEqual((error as? JSONParseError)?.byteOffset, 1 + position)
                }
            }
        }
    }

    func testMultiByteUTF8IsKeptAndValidated() throws {
        XCTAssertEqual(try JSONValue.parse("\"°µ€😀\""), "°µ€😀")
        let invalid: [[UInt8]] = [
            [0x22, 0xC0, 0xAF, 0x22],              // overlong '/'
            [0x22, 0xED, 0xA0, 0x80, 0x22],        // encoded surrogate U+D800
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // above U+10FFFF
            [0x22, 0xE2, 0x82, 0x22],              // cut short by the quote
            [0x22, 0x80, 0x22],                    // lone continuation byte
            [0x22, 0xE2, 0x82],                    // cut short by the end
        ]
        for bytes in invalid {
            XCTAssertThrowsError(try JSONValue.parse(bytes), "\(bytes)") { error in
                XCTAssertEqual((error as? JSONParseError)?.kind, .invalidUTF8, "\(bytes)")
                XCTAssertEqual((error as? JSONParseError)?.byteOffset, 1, "\(bytes)")
            }
        }
    }

    func testErrorsNameKindAndPosition() {
        func failure(_ text: String) -> JSONParseError? {
            do {
                _ = try JSONValue.parse(text)
                return nil
            } catch {
                return error
            }
        }
        let cases: [(String, JSONParseError.Kind, offset: Int, line: Int, column: Int)] = [
            ("", .emptyInput, 0, 1, 1),
            ("  ", .emptyInput, 2, 1, 3),
            ("{\"a\":1,}", .unexpectedCharacter, 7, 1, 8),
            ("[1,]", .unexpectedCharacter, 3, 1, 4),
            ("[1 2]", .unexpectedCharacter, 3, 1, 4),
            ("{\"a\" 1}", .unexpectedCharacter, 5, 1, 6),
            ("{'a':1}", .unexpectedCharacter, 1, 1, 2),
            ("{\"a\":1", .unexpectedEnd, 6, 1, 7),
            ("[\n  tru]", .unexpectedCharacter, 7, 2, 6),
            ("nul", .unexpectedEnd, 3, 1, 4),
            ("NaN", .unexpectedCharacter, 0, 1, 1),
            ("1 2", .trailingContent, 2, 1, 3),
            ("01", .invalidNumber, 1, 1, 2),
            ("-", .unexpectedEnd, 1, 1, 2),
            ("-x", .invalidNumber, 1, 1, 2),
            ("1.", .unexpectedEnd, 2, 1, 3),
            ("1.e5", .invalidNumber, 2, 1, 3),
            ("1e", .unexpectedEnd, 2, 1, 3),
            ("1e+", .unexpectedEnd, 3, 1, 4),
            ("+1", .unexpectedCharacter, 0, 1, 1),
            ("1e400", .numberOutOfRange, 0, 1, 1),
            ("[-1e309]", .numberOutOfRange, 1, 1, 2),
            ("\"a\\x\"", .invalidEscape, 2, 1, 3),
            ("\"\\u12G4\"", .invalidEscape, 5, 1, 6),
            ("\"\\ud800\"", .unpairedSurrogate, 1, 1, 2),
            ("\"\\ud800\\u0041\"", .unpairedSurrogate, 1, 1, 2),
            ("\"\\udc00\"", .unpairedSurrogate, 1, 1, 2),
            ("\"tab\there\"", .controlCharacterInString, 4, 1, 5),
            ("\"é\u{1}\"", .controlCharacterInString, 3, 1, 3),
            ("\"open", .unexpectedEnd, 5, 1, 6),
            ("\"open\\n", .unexpectedEnd, 7, 1, 8),
            ("{\"k\u{0}\":1}", .controlCharacterInString, 3, 1, 4),
        ]
        for (text, kind, offset, line, column) in cases {
            guard let error = failure(text) else {
                XCTFail("\(text.debugDescription) parsed")
                continue
            }
            XCTAssertEqual(error.kind, kind, text.debugDescription)
            XCTAssertEqual(error.byteOffset, offset, text.debugDescription)
            XCTAssertEqual(error.line, line, text.debugDescription)
            XCTAssertEqual(error.column, column, text.debugDescription)
        }
        XCTAssertEqual(failure("[1 2]")?.description,
                       "JSON unexpected-character at line 1, column 4 (byte 3): found '2', expected ',' or ']' after an array element")
        XCTAssertEqual(failure("\"\u{1}\"")?.found, "byte 0x1")
    }

    func testNestingLimit() throws {
        let depth = JSONValue.maximumNestingDepth
        let deepest = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        XCTAssertNoThrow(try JSONValue.parse(deepest))
        let tooDeep = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        XCTAssertThrowsError(try JSONValue.parse(tooDeep)) { error in
            XCTAssertEqual((error as? JSONParseError)?.kind, .nestingTooDeep)
            XCTAssertEqual((error as? JSONParseError)?.byteOffset, depth)
        }
        let objects = String(repeating: "{\"a\":", count: depth + 1) + "1" + String(repeating: "}", count: depth + 1)
        XCTAssertThrowsError(try JSONValue.parse(objects)) { error in
            XCTAssertEqual((error as? JSONParseError)?.kind, .nestingTooDeep)
        }
    }
}
