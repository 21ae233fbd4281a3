import XCTest

@testable import StereotaxJSON

/// Look-up through key fingerprints finds exactly what a string comparison finds.
final class JSONKeyTests: XCTestCase {
    /// Names chosen to share fingerprint parts: equal lengths, prefixes and suffixes, short
    /// names held whole, names longer than the 255 the length byte holds, empty and NUL names,
    /// and non-ASCII names (canonically equivalent spellings among them).
    static let names: [String] = [
        "", "\u{0}", "\u{0}\u{0}", "a", "b", "ab", "ba", "id", "apAngle", "mlAngle", "dvAngle", "apAngles",
        "apCoordinate", "mlCoordinate", "apCoordinates", "coordinates_system", "coordinates_details",
        "coordinates_schema_version", "abcdXXXXefg", "abcdYYYYefg", "abcdefg", "abcdefgh", "abcd_efgh",
        "created_at", "updated_at", "value", "unit", "K", "\u{212A}", "é", "e\u{301}", "µm", "\u{B5}m", "°",
        String(repeating: "x", count: 256) + "end", "abcd" + String(repeating: "y", count: 300) + "end",
        "abcd" + String(repeating: "z", count: 300) + "end",
    ]

    func testFingerprintLookUpAgreesWithStringComparison() {
        // Every name present, each with its position as value; then every name looked up.
        let object = JSONObject(Self.names.enumerated().map { .init(key: $1, value: .number(JSONNumber($0))) })
        for probe in Self.names + ["c", "apangle", "abcdZZZZefg", "coordinates_detail", "x"] {
            let expected = Self.names.lastIndex { $0 == probe }.map { JSONValue.number(JSONNumber($0)) }
            XCTAssertEqual(object[probe], expected, probe.debugDescription)
            XCTAssertEqual(object[JSONKey(probe)], expected, probe.debugDescription)
            XCTAssertEqual(JSONValue.object(object)[JSONKey(probe)], expected, probe.debugDescription)
            XCTAssertEqual(object.contains(key: probe), expected != nil, probe.debugDescription)
            XCTAssertEqual(object.contains(key: JSONKey(probe)), expected != nil, probe.debugDescription)
        }
        XCTAssertEqual(object["\u{212A}"], object["K"], "KELVIN SIGN and K are one key")
        XCTAssertEqual(object["e\u{301}"], 30, "both spellings of é find the later member")
        XCTAssertEqual(object.duplicateKeys, ["\u{212A}", "e\u{301}", "\u{B5}m"],
                       "canonically equivalent names repeat, and µm is listed twice")
    }

    /// `Member.hasKey` says what comparing the names as strings says, for short and long,
    /// ASCII and non-ASCII names (canonically equivalent spellings are one name).
    func testMemberHasKeyAgreesWithStringComparison() {
        let probes = Self.names + ["c", "apangle", "abcdZZZZefg", "coordinates_detail", "x", "\u{212A}", "K", "é", "e\u{301}"]
        for name in Self.names {
            let member = JSONObject.Member(key: name, value: .null)
            for probe in probes {
                XCTAssertEqual(member.hasKey(JSONKey(probe)), name == probe, "\(name.debugDescription) vs \(probe.debugDescription)")
            }
        }
    }

    /// An index finds the first position of the name a member has, exactly as comparing the
    /// names as strings would, whatever the names (short, long, alike, non-ASCII, repeated).
    func testKeyIndexAgreesWithStringComparison() {
        let names = Self.names + ["K", "e\u{301}", "coordinates_details"]  // repeats of earlier names
        let index = JSONKeyIndex(names)
        XCTAssertEqual(index.keys.map(\.name), names)
        let probes = names + ["c", "apangle", "abcdZZZZefg", "coordinates_detail", "x", "\u{212A}", "é", ""]
        for probe in probes {
            let member = JSONObject.Member(key: probe, value: .null)
            XCTAssertEqual(index.position(of: member), names.firstIndex { $0 == probe }, probe.debugDescription)
        }
        let object = JSONObject(probes.map { JSONObject.Member(key: $0, value: .null) })
        var found: [Int: Int] = [:]
        var order: [Int] = []
        index.forEachMember(of: object) { memberPosition, keyPosition in
            found[memberPosition] = keyPosition
            order.append(memberPosition)
        }
        XCTAssertEqual(order, order.sorted(), "document order")
        for (position, probe) in probes.enumerated() {
            XCTAssertEqual(found[position], names.firstIndex { $0 == probe }, probe.debugDescription)
        }
        XCTAssertNil(JSONKeyIndex([]).position(of: JSONObject.Member(key: "x", value: .null)))
    }

    func testParsedKeysMatchTheirDecodedText() throws {
        let parsed = try JSONValue.parse(#"{"\u0061pAngle": 1, "\u00e9": 2, "e\u0301x": 3, "tab\t": 4, "\u212a": 5, "long\u005fkey_with_escape": 6}"#)
        XCTAssertEqual(parsed[JSONKey("apAngle")], 1, "an escape that decodes to ASCII gives the ASCII fingerprint")
        XCTAssertEqual(parsed[JSONKey("é")], 2)
        XCTAssertEqual(parsed[JSONKey("e\u{301}")], 2)
        XCTAssertEqual(parsed[JSONKey("éx")], 3)
        XCTAssertEqual(parsed[JSONKey("tab\t")], 4)
        XCTAssertEqual(parsed[JSONKey("K")], 5)
        XCTAssertEqual(parsed[JSONKey("long_key_with_escape")], 6)
        XCTAssertNil(parsed[JSONKey("mlAngle")])
        XCTAssertEqual(parsed.objectValue?.duplicateKeys, [])
    }

    func testChangingAMemberKeyKeepsLookUpRight() {
        var member = JSONObject.Member(key: "apAngle", value: 1)
        member.key = "mlAngle"
        let object = JSONObject([member, .init(key: "coordinates_system", value: 2)])
        XCTAssertEqual(object["mlAngle"], 1)
        XCTAssertNil(object["apAngle"])
        XCTAssertEqual(member, JSONObject.Member(key: "mlAngle", value: 1))
    }

    func testWritingThroughAKey() {
        var object = JSONObject([.init(key: "a", value: 1), .init(key: "b", value: 2), .init(key: "a", value: 3)])
        let a = JSONKey("a")
        object[a] = 4
        XCTAssertEqual(object.keys, ["a", "b", "a"])
        XCTAssertEqual(JSONValue.object(object).serialized(), #"{"a":1,"b":2,"a":4}"#)
        object[JSONKey("coordinates_system")] = "Stereotaxic_BregmaAbsolute"
        XCTAssertEqual(object["coordinates_system"], "Stereotaxic_BregmaAbsolute")
        object[a] = nil
        XCTAssertEqual(object.keys, ["b", "coordinates_system"])
    }

    func testKeysCompareByName() {
        XCTAssertEqual(JSONKey("é"), JSONKey("e\u{301}"))
        XCTAssertEqual(Set([JSONKey("é"), JSONKey("e\u{301}"), JSONKey("id")]).count, 2)
        XCTAssertNotEqual(JSONKey("apAngle"), JSONKey("mlAngle"))
        XCTAssertEqual(JSONKey("unit").name, "unit")
        XCTAssertEqual(JSONKey("unit").description, "unit")
    }
}
