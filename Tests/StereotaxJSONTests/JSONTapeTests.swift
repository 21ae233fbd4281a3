import XCTest

@testable import StereotaxJSON

/// A tape holds what the tree holds: read back whole it is the parser's value, its members
/// and elements are found in place, and it fails on exactly the texts the parser fails on.
final class JSONTapeTests: XCTestCase {
    static let valid = [
        #" {"a": [1, -2.5, true, false, null, "x", {}, []], "b": {"c": {"d": "e"}}} "#,
        #"{"k":[1,"é"]}"#,
        #"["\"\\\/\b\f\n\r\t", "\u0041\u00e9\u20AC", "\ud83d\ude00", "a\u0000b"]"#,
        #""µm \u00b5m\tend""#,
        #"{"id":"55d20eb3-5adb-4155-a4ab-5cf1a880c24c","coordinates_details":{"apCoordinate":{"value":-3.46,"unit":"mm"},"mlCoordinate":{"value":1.51,"unit":"mm"}},"licenses":["16a496e3-ce06-43df-8305-057d15d04f1f"],"notes":null}"#,
        #"{"a": 1, "a": 2, "\u0061": 3, "é": 4, "e\u0301": 5, "": 6}"#,
        #"[1e2, 1E-2, 0, -0, 0.0, 123456789012345678901234567890, 4.9e-324, 1.7976931348623157e308]"#,
        "\u{FEFF}[[[]], [{}], {\"x\": [{\"y\": []}]}]",
        "0", "\"\"", "true", "null", "[]", "{}",
    ]

    func testReadBackWholeTheTapeIsTheParsersValue() throws {
        for text in Self.valid {
            let tape = try JSONTape.parse(Array(text.utf8))
            let tree = try JSONValue.parse(text)
            XCTAssertEqual(tape.value(at: tape.root), tree, text)
            XCTAssertEqual(tape.value(at: tape.root).serialized(), tree.serialized(), text)
        }
    }

    func testMembersAndElementsAreFoundInPlace() throws {
        let tape = try JSONTape.parse(Array(Self.valid[4].utf8))
        let root = tape.root
        XCTAssertEqual(tape.kind(at: root), .object)
        XCTAssertEqual(tape.count(at: root), 4)
        XCTAssertEqual(tape.members(of: root).map { tape.string(at: $0.name) }, ["id", "coordinates_details", "licenses", "notes"])
        let details = try XCTUnwrap(tape.member(JSONKey("coordinates_details"), of: root))
        let ml = try XCTUnwrap(tape.member(JSONKey("mlCoordinate"), of: details))
        XCTAssertEqual(tape.double(at: try XCTUnwrap(tape.member(JSONKey("value"), of: ml))), 1.51)
        XCTAssertEqual(tape.number(at: try XCTUnwrap(tape.member(JSONKey("value"), of: ml)))?.literal, "1.51")
        XCTAssertEqual(tape.string(at: try XCTUnwrap(tape.member(JSONKey("unit"), of: ml))), "mm")
        let licenses = try XCTUnwrap(tape.member(JSONKey("licenses"), of: root))
        XCTAssertEqual(tape.elements(of: licenses).map { tape.string(at: $0) }, ["16a496e3-ce06-43df-8305-057d15d04f1f"])
        XCTAssertEqual(tape.kind(at: try XCTUnwrap(tape.member(JSONKey("notes"), of: root))), .null)
        XCTAssertNil(tape.member(JSONKey("absent"), of: root))
        XCTAssertNil(tape.member(JSONKey("id"), of: licenses), "not an object")
        XCTAssertEqual(tape.withUnescapedUTF8(at: try XCTUnwrap(tape.member(JSONKey("id"), of: root))) { $0.count }, 36)
    }

    /// Look-up by name follows `JSONObject`: the last member of that name, names compared as
    /// Swift strings (escapes decoded, canonical equivalence).
    func testNamesCompareAsTheObjectCompares() throws {
        let text = Self.valid[5]
        let tape = try JSONTape.parse(Array(text.utf8))
        guard case .object(let object) = try JSONValue.parse(text) else { return XCTFail("not an object") }
        for name in ["a", "é", "e\u{301}", "", "b"] {
            let found = tape.member(JSONKey(name), of: tape.root).map { tape.value(at: $0) }
            XCTAssertEqual(found, object[JSONKey(name)], name.debugDescription)
        }
    }

    func testTheTapeFailsWhereTheParserFails() {
        let invalid = [
            "", "  ", "{\"a\":1,}", "[1,]", "[1 2]", "{\"a\" 1}", "{'a':1}", "{\"a\":1", "[\n  tru]", "nul", "NaN", "1 2",
            "01", "-", "-x", "1.", "1.e5", "1e", "1e+", "+1", "1e400", "[-1e309]", "\"a\\x\"", "\"\\u12G4\"", "\"\\ud800\"",
            "\"\\ud800\\u0041\"", "\"\\udc00\"", "\"tab\there\"", "\"é\u{1}\"", "\"open", "\"open\\n", "{\"k\u{0}\":1}",
            String(repeating: "[", count: JSONValue.maximumNestingDepth + 1) + String(repeating: "]", count: JSONValue.maximumNestingDepth + 1),
        ]
        for text in invalid {
            var treeError: JSONParseError?
            do { _ = try JSONValue.parse(Array(text.utf8)) } catch { treeError = error }
            var tapeError: JSONParseError?
            do { _ = try JSONTape.parse(Array(text.utf8)) } catch { tapeError = error }
            XCTAssertNotNil(treeError, text.debugDescription)
            XCTAssertEqual(tapeError, treeError, text.debugDescription)
        }
        var bytes = Array("[\"ok\", \"".utf8) + [0xC3, 0x28] + Array("\"]".utf8)  // invalid UTF-8
        XCTAssertThrowsError(try JSONTape.parse(bytes)) { XCTAssertEqual(($0 as? JSONParseError)?.kind, .invalidUTF8) }
        bytes = Array("[1]".utf8)
        XCTAssertNoThrow(try JSONTape.parse(bytes))
    }

    /// Random documents (seeded): the tape read back whole is the parser's value.
    func testRandomDocumentsRoundTrip() throws {
        var state: UInt64 = 0x7A9E
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        func document(_ depth: Int) -> String {
            switch next(depth > 3 ? 5 : 7) {
            case 0: return "null"
            case 1: return next(2) == 0 ? "true" : "false"
            case 2: return ["0", "-1", "2.50", "1e-3", "123456", "-0.0"][next(6)]
            case 3: return ["\"\"", "\"mm\"", "\"µm\"", "\"a\\\"b\"", "\"\\u00e9t\\u00e9\"", "\"16a496e3-ce06-43df-8305-057d15d04f1f\""][next(6)]
            case 4: return "\"k\(next(100))\""
            case 5: return "[" + (0..<next(4)).map { _ in document(depth + 1) }.joined(separator: ",") + "]"
            default: return "{" + (0..<next(5)).map { _ in "\"m\(next(6))\": " + document(depth + 1) }.joined(separator: ", ") + "}"
            }
        }
        for _ in 0..<500 {
            let text = document(0)
            let tape = try JSONTape.parse(Array(text.utf8))
            XCTAssertEqual(tape.value(at: tape.root), try JSONValue.parse(text), text)
        }
    }
}
