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
        let root = tape.rootValue
        XCTAssertEqual(root.kind, .object)
        XCTAssertEqual(root.members.count, 4)
        XCTAssertEqual(root.members.map(\.key), ["id", "coordinates_details", "licenses", "notes"])
        let details = try XCTUnwrap(root.member(JSONKey("coordinates_details")))
        let ml = try XCTUnwrap(details.member(JSONKey("mlCoordinate")))
        let value = try XCTUnwrap(ml.member(JSONKey("value")))
        XCTAssertEqual(tape.double(at: value.index), 1.51)
        XCTAssertEqual(value.numberValue?.literal, "1.51")
        XCTAssertNil(value.stringValue)
        XCTAssertEqual(ml.member(JSONKey("unit"))?.stringValue, "mm")
        let licenses = try XCTUnwrap(root.member(JSONKey("licenses")))
        XCTAssertEqual(licenses.elements.map(\.stringValue), ["16a496e3-ce06-43df-8305-057d15d04f1f"])
        XCTAssertTrue(licenses.members.isEmpty, "an array has no members")
        XCTAssertTrue(details.elements.isEmpty, "an object has no elements")
        XCTAssertEqual(root.member(JSONKey("notes"))?.kind, .null)
        XCTAssertNil(root.member(JSONKey("absent")))
        XCTAssertNil(licenses.member(JSONKey("id")), "not an object")
        XCTAssertEqual(root.member(JSONKey("id"))?.withStringUTF8 { $0.count }, 36)
        XCTAssertNil(details.withStringUTF8 { $0.count }, "not a string")
    }

    /// Tape and tree are read alike through `JSONView`: every value's kind, scalars, members
    /// (names, same-name tests, duplicates) and elements agree, at every depth.
    func testTheTapeAndTheTreeReadAlikeThroughTheView() throws {
        func compare(_ tape: JSONTape.Value, _ tree: JSONValue, at path: String) {
            XCTAssertEqual(tape.kind, tree.kind, path)
            XCTAssertEqual(tape.typeName, tree.typeName, path)
            XCTAssertEqual(tape.boolValue, tree.boolValue, path)
            XCTAssertEqual(tape.numberValue, tree.numberValue, path)
            XCTAssertEqual(tape.stringValue, tree.stringValue, path)
            XCTAssertEqual(tape.jsonValue, tree, path)
            XCTAssertEqual(tape.duplicateKeys, tree.duplicateKeys, path)
            XCTAssertEqual(tape.members.map(\.key), tree.members.map(\.key), path)
            let (tapeMembers, treeMembers) = (Array(tape.members), tree.members)
            for i in tapeMembers.indices {
                for j in tapeMembers.indices {
                    XCTAssertEqual(tapeMembers[i].hasSameKey(as: tapeMembers[j]), treeMembers[i].hasSameKey(as: treeMembers[j]), path)
                }
                for name in ["a", "é", "e\u{301}", "", "apCoordinate", "coordinates_details", "K"] {
                    XCTAssertEqual(tapeMembers[i].hasKey(JSONKey(name)), treeMembers[i].hasKey(JSONKey(name)), "\(path) \(name)")
                }
                compare(tapeMembers[i].value, treeMembers[i].value, at: path + "." + treeMembers[i].key)
            }
            XCTAssertEqual(tape.elements.count, tree.elements.count, path)
            for (position, (element, treeElement)) in zip(tape.elements, tree.elements).enumerated() {
                compare(element, treeElement, at: path + "[\(position)]")
            }
        }
        for text in Self.valid + [#"{"\u212A": 1, "K": 2, "apCoordinate": {"value": 1, "unit": "mm", "value": 2}}"#] {
            let tape = try JSONTape.parse(Array(text.utf8))
            compare(tape.rootValue, try JSONValue.parse(text), at: "$")
        }
    }

    /// Look-up by name follows `JSONObject`: the last member of that name, names compared as
    /// Swift strings (escapes decoded, canonical equivalence).
    func testNamesCompareAsTheObjectCompares() throws {
        let text = Self.valid[5]
        let tape = try JSONTape.parse(Array(text.utf8))
        guard case .object(let object) = try JSONValue.parse(text) else { return XCTFail("not an object") }
        for name in ["a", "é", "e\u{301}", "", "b"] {
            let found = tape.rootValue.member(JSONKey(name))?.jsonValue
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

    /// A text denser than the tape's first reservation (one entry per 8 bytes): a value per two
    /// bytes, nested, and the tape still holds every entry in order.
    func testATextDenserThanTheReservationIsReadWhole() throws {
        for count in [1, 3, 4, 5, 100, 5_000] {
            let text = "[" + (0..<count).map { $0 % 7 == 0 ? "[\($0 % 10)]" : "\($0 % 10)" }.joined(separator: ",") + "]"
            let tape = try JSONTape.parse(Array(text.utf8))
            XCTAssertEqual(tape.rootValue.elements.count, count)
            XCTAssertEqual(tape.value(at: tape.root), try JSONValue.parse(text), "\(count) elements")
        }
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
