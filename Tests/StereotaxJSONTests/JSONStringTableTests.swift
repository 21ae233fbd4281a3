import XCTest

@testable import StereotaxJSON

/// Parsing with a string table gives the very same values; long strings the table holds are
/// handed out shared, everything else is made as before.
final class JSONStringTableTests: XCTestCase {
    static let shared = [
        "coordinates_schema_version", "coordinates_details", "Stereotaxic_BregmaAbsolute", "type_schema_version",
        "a_name_of_exactly_16", "a_name_of_exactly_16",  // kept once
        "short", "fifteen_bytes__",  // inline strings: not kept
    ]
    let table = JSONStringTable(shared)

    func testOnlyLongStringsAreKeptOnce() {
        XCTAssertEqual(table.count, 5)
        XCTAssertEqual(JSONStringTable([]).count, 0)
        for string in Self.shared {
            let found = Array(string.utf8).withUnsafeBufferPointer { table.string(matching: $0) }
            XCTAssertEqual(found, string.utf8.count > 15 ? string : nil, string)
        }
        // Near misses: same length, same first and last eight bytes, or a prefix.
        for probe in ["coordinates_schema_versioN", "coordinates_XXXXXX_version", "coordinates_detail", "coordinates_details_",
                      "Stereotaxic_LambdaAbsolute", "a_name_of_exactly_1", "a_name_of_exactly_17"] {
            XCTAssertNil(Array(probe.utf8).withUnsafeBufferPointer { table.string(matching: $0) }, probe)
        }
    }

    func testValuesAreTheSameWithOrWithoutTheTable() throws {
        let texts = [
            #"{"coordinates_schema_version": "1.1.0", "coordinates_details": {"x": 1}, "coordinates_system": "Stereotaxic_BregmaAbsolute"}"#,
            #"["coordinates_details", "coordinates_detail", "coordinates_details_", "Stereotaxic_BregmaAbsolute", "short", 1.50]"#,
            #"{"coordinates_\u0064etails": "Stereotaxic_Bregma\u0041bsolute", "é_coordinates_details": "type_schema_version"}"#,
            #"{"a_name_of_exactly_16": {"a_name_of_exactly_16": ["a_name_of_exactly_16", null, true]}}"#,
        ]
        for text in texts {
            let plain = try JSONValue.parse(Array(text.utf8))
            let sharing = try JSONValue.parse(Array(text.utf8), sharing: table)
            XCTAssertEqual(sharing, plain, text)
            XCTAssertEqual(sharing.serialized(), plain.serialized(), text)
            XCTAssertEqual(sharing.objectValue?.keys ?? [], plain.objectValue?.keys ?? [], text)
        }
        let parsed = try JSONValue.parse(Array(texts[0].utf8), sharing: table)
        XCTAssertEqual(parsed[JSONKey("coordinates_details")]?[JSONKey("x")], 1, "fingerprints of shared names are kept")
        XCTAssertEqual(parsed[JSONKey("coordinates_system")]?.stringValue, "Stereotaxic_BregmaAbsolute")
    }

    /// A shared string is the table's own: its UTF-8 lies where the table's does.
    func testLongStringsAreHandedOutShared() throws {
        let parsed = try JSONValue.parse(Array(#"{"coordinates_details": "Stereotaxic_BregmaAbsolute"}"#.utf8), sharing: table)
        guard case .object(let object) = parsed, let member = object.members.first, case .string(let value) = member.value else {
            return XCTFail("not the object parsed")
        }
        func address(_ string: String) -> UnsafeRawPointer? {
            string.utf8.withContiguousStorageIfAvailable { $0.baseAddress.map(UnsafeRawPointer.init) } ?? nil
        }
        let tableKey = try XCTUnwrap(Array("coordinates_details".utf8).withUnsafeBufferPointer { table.string(matching: $0) })
        let tableValue = try XCTUnwrap(Array("Stereotaxic_BregmaAbsolute".utf8).withUnsafeBufferPointer { table.string(matching: $0) })
        XCTAssertEqual(address(member.key), address(tableKey))
        XCTAssertEqual(address(value), address(tableValue))
        let unshared = try JSONValue.parse(Array(#"{"coordinates_details": 1}"#.utf8))
        XCTAssertNotEqual(unshared.objectValue?.members.first.flatMap { address($0.key) }, address(tableKey))
    }
}
