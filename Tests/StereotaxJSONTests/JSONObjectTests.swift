import XCTest

@testable import StereotaxJSON

/// Member order, duplicate keys and look-up by name.
final class JSONObjectTests: XCTestCase {
    func testMembersKeepDocumentOrderAndDuplicates() throws {
        let parsed = try ParsedValue.object(#"{"b": 1, "a": 2, "b": 3, "c": 4, "a": 5, "b": 6}"#)
        XCTAssertEqual(parsed.keys, ["b", "a", "b", "c", "a", "b"])
        XCTAssertEqual(parsed.count, 6)
        XCTAssertEqual(parsed.duplicateKeys, ["b", "a"], "each repeated key once")
        XCTAssertEqual(try ParsedValue.object(#"{"a": 1, "b": 2, "b": 3, "a": 4}"#).duplicateKeys, ["b", "a"],
                       "in the order in which the keys first repeat")
        XCTAssertEqual(parsed["b"], 6, "look-up reads the last member with the key")
        XCTAssertEqual(parsed["a"], 5)
        XCTAssertEqual(parsed["c"], 4)
        XCTAssertNil(parsed["d"])
        XCTAssertEqual(parsed.map(\.key), parsed.keys, "iteration is in document order")
        XCTAssertEqual(JSONValue.object(parsed).serialized(), #"{"b":1,"a":2,"b":3,"c":4,"a":5,"b":6}"#)
        XCTAssertEqual(try ParsedValue.object(#"{"x": 1, "y": 2}"#).duplicateKeys, [])
        XCTAssertEqual(JSONObject().duplicateKeys, [])
    }

    func testDuplicatesInLargeObjects() throws {
        // More than 32 members: the hashing path of duplicateKeys.
        var members = (0..<40).map { JSONObject.Member(key: "k\($0)", value: .number(JSONNumber($0))) }
        XCTAssertEqual(JSONObject(members).duplicateKeys, [])
        members.append(JSONObject.Member(key: "k7", value: nil))
        members.append(JSONObject.Member(key: "k3", value: nil))
        members.append(JSONObject.Member(key: "k7", value: nil))
        let large = JSONObject(members)
        XCTAssertEqual(large.duplicateKeys, ["k7", "k3"], "in the order in which the keys first repeat")
        XCTAssertEqual(large["k7"], .null)
        XCTAssertEqual(large["k39"], 39)
    }

    func testKeysWithEscapesLongKeysAndNonASCII() throws {
        let longKey = String(repeating: "coordinates_", count: 5) + "details"
        let text = #"{"a\"b": 1, "tab\tkey": 2, "\u00e9t\u00e9": 3, "\#(longKey)": 4, "": 5, "coordinates_system": 6, "coordinates_details": 7, "µm": 8}"#
        let parsed = try ParsedValue.object(text)
        XCTAssertEqual(parsed["a\"b"], 1)
        XCTAssertEqual(parsed["tab\tkey"], 2)
        XCTAssertEqual(parsed["été"], 3)
        XCTAssertEqual(parsed[longKey], 4)
        XCTAssertEqual(parsed[""], 5)
        XCTAssertEqual(parsed["coordinates_system"], 6)
        XCTAssertEqual(parsed["coordinates_details"], 7)
        XCTAssertEqual(parsed["µm"], 8)
        XCTAssertNil(parsed["a"])
        XCTAssertNil(parsed["coordinates_"])
        XCTAssertNil(parsed[longKey + "x"])
        XCTAssertNil(parsed[String(longKey.dropLast())])
        XCTAssertEqual(parsed.keys, ["a\"b", "tab\tkey", "été", longKey, "", "coordinates_system", "coordinates_details", "µm"])
        XCTAssertEqual(JSONValue.object(parsed).serialized(),
                       #"{"a\"b":1,"tab\tkey":2,"été":3,"\#(longKey)":4,"":5,"coordinates_system":6,"coordinates_details":7,"µm":8}"#)
    }

    /// Keys compare as Swift strings do: canonically equivalent spellings are the same key.
    func testCanonicallyEquivalentKeysAreOneKey() throws {
        let precomposed = "\u{E9}t\u{E9}"       // "été", U+00E9
        let decomposed = "e\u{301}te\u{301}"     // "été", e + U+0301
        let parsed = try ParsedValue.object(#"{"\#(precomposed)": 1, "K": 2, "\#(decomposed)": 3}"#)
        XCTAssertEqual(parsed[precomposed], 3)
        XCTAssertEqual(parsed[decomposed], 3)
        XCTAssertEqual(parsed.duplicateKeys, [precomposed])
        XCTAssertEqual(parsed["\u{212A}"], 2, "KELVIN SIGN is canonically equivalent to K")
        let kelvin = try ParsedValue.object(#"{"\u212a": 1, "K": 2}"#)
        XCTAssertEqual(kelvin.duplicateKeys, ["\u{212A}"])
        XCTAssertEqual(kelvin["K"], 2)
    }

    func testSettingAppendingAndRemoving() throws {
        var edited = try ParsedValue.object(#"{"a": 1, "b": 2, "a": 3}"#)
        edited["a"] = "x"
        XCTAssertEqual(JSONValue.object(edited).serialized(), #"{"a":1,"b":2,"a":"x"}"#, "the last member is replaced in place")
        edited["c"] = true
        XCTAssertEqual(JSONValue.object(edited).serialized(), #"{"a":1,"b":2,"a":"x","c":true}"#)
        edited["a"] = nil
        XCTAssertEqual(JSONValue.object(edited).serialized(), #"{"b":2,"c":true}"#, "nil removes every member with the key")
        edited.append(key: "b", value: 9)
        XCTAssertEqual(edited.keys, ["b", "c", "b"])
        XCTAssertEqual(edited["b"], 9)
        XCTAssertEqual(edited.duplicateKeys, ["b"])
        edited["b"] = nil
        XCTAssertEqual(edited.keys, ["c"])
        XCTAssertFalse(edited.isEmpty)
    }

    func testEqualityAndHashingFollowMembers() throws {
        let a = try ParsedValue.object(#"{"x": 1.0, "y": [true]}"#)
        let b = JSONObject([.init(key: "x", value: .number(JSONNumber(literal: "1.00")!)), .init(key: "y", value: [true])])
        XCTAssertEqual(a, b)
        XCTAssertEqual(Set([JSONValue.object(a), .object(b)]).count, 1)
        XCTAssertNotEqual(a, try ParsedValue.object(#"{"y": [true], "x": 1.0}"#), "order matters")
        XCTAssertEqual(try ParsedValue.object(#"{"\u00e9": 1}"#), try ParsedValue.object(#"{"e\u0301": 1}"#), "keys compare as Swift strings")
    }
}
