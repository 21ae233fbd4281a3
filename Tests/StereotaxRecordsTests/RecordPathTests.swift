import StereotaxJSON
import XCTest

@testable import StereotaxRecords

final class RecordPathTests: XCTestCase {
    func testPrintingAndParsingRoundTrip() throws {
        let path = RecordPath.root.appending("coordinates_details").appending("apCoordinate").appending("value")
        XCTAssertEqual(path.description, "$.coordinates_details.apCoordinate.value")
        XCTAssertEqual(RecordPath(parsing: "$.coordinates_details.apCoordinate.value"), path)
        XCTAssertEqual(RecordPath(parsing: "coordinates_details.apCoordinate.value"), path, "issue paths of StereotaxCoordinates have no $")
        XCTAssertEqual(RecordPath.root.description, "$")
        XCTAssertEqual(RecordPath(parsing: "$"), .root)
        XCTAssertEqual(RecordPath(parsing: ""), .root)

        let odd = RecordPath([.key("procedures"), .index(12), .key("µ unit \"x\" \\ y"), .index(0)])
        XCTAssertEqual(odd.description, #"$.procedures[12]["µ unit \"x\" \\ y"][0]"#)
        XCTAssertEqual(RecordPath(parsing: odd.description), odd)
        XCTAssertEqual(RecordPath(parsing: "coordinates_json.apCoordinates[0]")?.components,
                       [.key("coordinates_json"), .key("apCoordinates"), .index(0)])
        XCTAssertEqual(RecordPath(parsing: #"coordinates_details["a b"]"#)?.components, [.key("coordinates_details"), .key("a b")])
        XCTAssertEqual(RecordPath(keys: "a", "b"), "$.a.b")
        XCTAssertEqual(RecordPath(parsing: "$.a.b")?.parent, "$.a")
        XCTAssertNil(RecordPath.root.parent)
        XCTAssertTrue(RecordPath(parsing: "$.a.b[1]")!.hasPrefix("$.a"))
        XCTAssertFalse(RecordPath(parsing: "$.a")!.hasPrefix("$.a.b"))
    }

    func testInvalidPathsAreRejected() {
        for text in ["$.", "$..a", "$[", "$[x]", "$[1", "$[\"a\"", "$.a-b", "$ a", "$[-1]", "a..b", "$[\"a\\"] {
            XCTAssertNil(RecordPath(parsing: text), text)
        }
    }

    func testValueAtPath() throws {
        let value = try JSONValue.parse(#"{"a": {"b": [10, {"c": null}]}, "a": {"b": [1]}}"#)
        XCTAssertEqual(value.value(at: "$.a.b[0]"), 1, "the last duplicate member is read")
        XCTAssertNil(value.value(at: "$.a.b[5]"))
        XCTAssertNil(value.value(at: "$.a.b.c"))
        XCTAssertNil(value.value(at: "$[0]"))
        XCTAssertEqual(value.value(at: .root), value)
    }

    func testReplacingChangesOnlyThatPath() throws {
        let text = #"{"id":"x","coordinates_details":{"apCoordinate":-2.50,"mlCoordinate":1.5e0,"dvCoordinate":-1.0},"n":[1,2.0,3]}"#
        let value = try JSONValue.parse(text)
        let flipped = try value.replacing("$.coordinates_details.dvCoordinate", with: .number(JSONNumber(1.0)!))
        XCTAssertEqual(flipped.serialized(), text.replacingOccurrences(of: #""dvCoordinate":-1.0"#, with: #""dvCoordinate":1.0"#))
        let element = try value.replacing("$.n[1]", with: "two")
        XCTAssertEqual(element.serialized(), text.replacingOccurrences(of: "[1,2.0,3]", with: #"[1,"two",3]"#))
        let appended = try value.replacing("$.coordinates_details.apAngle", with: 0)
        XCTAssertEqual(appended.serialized(), text.replacingOccurrences(of: #""dvCoordinate":-1.0}"#, with: #""dvCoordinate":-1.0,"apAngle":0}"#))
        XCTAssertEqual(try value.replacing(.root, with: 3), 3)

        XCTAssertThrowsError(try value.replacing("$.missing.x", with: 1)) {
            XCTAssertEqual($0 as? RecordPathError, .missing(at: "$.missing"))
        }
        XCTAssertThrowsError(try value.replacing("$.id.x", with: 1)) {
            XCTAssertEqual($0 as? RecordPathError, .typeMismatch(at: "$.id", expected: "object", found: "string"))
        }
        XCTAssertThrowsError(try value.replacing("$.n[3]", with: 1)) {
            XCTAssertEqual($0 as? RecordPathError, .indexOutOfRange(at: "$.n", index: 3, count: 3))
        }
        XCTAssertThrowsError(try value.replacing("$.coordinates_details[0]", with: 1)) {
            XCTAssertEqual($0 as? RecordPathError, .typeMismatch(at: "$.coordinates_details", expected: "array", found: "object"))
        }
    }

    func testRemoving() throws {
        let value = try JSONValue.parse(#"{"a":1,"b":[1,2,3],"a":2,"c":{"d":4}}"#)
        XCTAssertEqual(try value.removing("$.a").serialized(), #"{"b":[1,2,3],"c":{"d":4}}"#)
        XCTAssertEqual(try value.removing("$.b[1]").serialized(), #"{"a":1,"b":[1,3],"a":2,"c":{"d":4}}"#)
        XCTAssertEqual(try value.removing("$.c.d").serialized(), #"{"a":1,"b":[1,2,3],"a":2,"c":{}}"#)
        XCTAssertThrowsError(try value.removing("$.c.e")) { XCTAssertEqual($0 as? RecordPathError, .missing(at: "$.c.e")) }
    }

    func testRecordWriteBackIsByteExactUntilChanged() throws {
        for text in [SeedExamples.currentProcedureDetail, SeedExamples.legacyActionList] {
            let document = try JSONValue.parse(text)
            let envelope = try RecordEnvelope(document: document)
            let recordText = envelope.records[0].serialized(.pretty(indent: 3)) + "  \n"
            let record = try ProcedureRecord(parsing: recordText)
            XCTAssertEqual(record.serialized(), recordText, "unchanged: the source bytes")
        }
        let text = "{ \"id\" : \"caf\\u00e9\",\n \"coordinates_details\": {\"dvCoordinate\": -1.000, \"x\": 1E2} }"
        let record = try ProcedureRecord(parsing: text)
        XCTAssertEqual(record.serialized(), text)
        XCTAssertEqual(record.id, "café")
        let changed = try record.replacing(path: "$.coordinates_details.dvCoordinate", with: .number(JSONNumber(1.0)!))
        XCTAssertNil(changed.raw.sourceBytes)
        XCTAssertEqual(changed.serialized(), #"{"id":"café","coordinates_details":{"dvCoordinate":1.0,"x":1E2}}"#)
        XCTAssertEqual(changed[RecordPath(parsing: "$.coordinates_details.x")!], try JSONValue.parse("100.0"))
        XCTAssertEqual(changed.shape, .current)
        XCTAssertEqual(try record.removing(path: "$.id").serialized(), #"{"coordinates_details":{"dvCoordinate":-1.000,"x":1E2}}"#)
        XCTAssertThrowsError(try record.replacing(path: .root, with: 1)) {
            XCTAssertEqual($0 as? RecordPathError, .rootMustBeObject(found: "number"))
        }
        XCTAssertEqual(record, try ProcedureRecord(JSONValue.parse(text)), "equality ignores layout")
    }
}
