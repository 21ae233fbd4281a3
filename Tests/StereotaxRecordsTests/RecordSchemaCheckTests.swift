import StereotaxJSON
import XCTest

@testable import StereotaxRecords

final class RecordSchemaCheckTests: XCTestCase {
    /// A clean current record: CA1 from bregma, schema 0.0.0.
    private let clean = #"""
    {"id": "5b1e6a52-0f3c-4c1e-9a51-2f0d8e4b7a01", "type": "SiliconProbeImplant", "notes": "dorsal CA1",
     "subject": "0c8f3e4a-7b2d-4f6a-9e1b-3d5c7a9b1e20", "date_time": null, "consumablestock": null,
     "equipment": ["1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d"], "licenses": [], "details": {"probeId": "SP-64A"},
     "type_schema_version": "0.0.0", "brain_region": "1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5e",
     "coordinates_system": "Stereotaxic_BregmaAbsolute",
     "coordinates_details": {"apCoordinate": -2.0, "mlCoordinate": 1.5, "dvCoordinate": 1.3, "apAngle": 0.0, "mlAngle": 10.0, "dvAngle": -170.0},
     "coordinates_schema_version": "0.0.0"}
    """#

    private let cleanValueObjects = #"""
    {"id": "5b1e6a52-0f3c-4c1e-9a51-2f0d8e4b7a02", "type": "OpticFiberImplant", "subject": "0c8f3e4a-7b2d-4f6a-9e1b-3d5c7a9b1e20",
     "coordinates_system": "Stereotaxic_LambdaBrainSurface",
     "coordinates_details": {"apCoordinate": {"value": 1.2, "unit": "mm"}, "mlCoordinate": {"value": -500, "unit": "µm"},
                             "depth": {"value": 1.0, "unit": "mm"}, "rotation": {"value": 180, "unit": "°"}},
     "coordinates_schema_version": "1.1.0"}
    """#

    private func record(_ text: String) throws -> ProcedureRecord { try ProcedureRecord(parsing: text) }

    private func findings(_ record: ProcedureRecord) -> [RecordFinding] {
        var check = RecordSchemaCheck()
        return check.check(record, index: 7)
    }

    private func codes(_ record: ProcedureRecord) -> [RecordFindingCode] { findings(record).map(\.code) }

    private func only(_ code: RecordFindingCode, in record: ProcedureRecord, file: StaticString = #filePath, line: UInt = #line) throws -> RecordFinding {
        let all = findings(record)
        XCTAssertEqual(all.map(\.code), [code], "\(all)", file: file, line: line)
        return try XCTUnwrap(all.first, file: file, line: line)
    }

    func testCleanRecordsHaveNoFindings() throws {
        XCTAssertEqual(findings(try record(clean)), [])
        XCTAssertEqual(findings(try record(cleanValueObjects)), [])
        let earlier = try RecordEnvelope(parsing: Array(SeedExamples.earlierProcedureList.utf8)).records
        var check = RecordSchemaCheck()
        for (index, value) in earlier.enumerated() {
            // The seed's earlier records give only some position fields: each absent one is a
            // warning (the point cannot be placed), never an error and never a zero.
            let found = check.check(try ProcedureRecord(value), index: index)
            XCTAssertTrue(found.allSatisfy { $0.code == .requiredMissing && $0.severity == .warning
                && $0.path.description.hasPrefix("$.coordinates_details.") }, "earlier seed record \(index): \(found)")
        }
    }

    func testSeedExamplesFindings() throws {
        var check = RecordSchemaCheck()
        let items = Array(RecordStream(bytes: Array(SeedExamples.currentProcedureList.utf8)))
        let first = check.check(items[0])
        XCTAssertEqual(first.map(\.code), [.dvSign], "the seed's own dvCoordinate: -1.0")
        XCTAssertEqual(first[0].path.description, "$.coordinates_details.dvCoordinate")
        XCTAssertEqual(first[0].suggestedFix?.replacement, try JSONValue.parse("1.0"))
        let second = check.check(items[1])
        XCTAssertEqual(second.map(\.code), [.duplicateID, .legacyKey, .dvSign])
        XCTAssertEqual(second.map(\.severity), [.error, .info, .warning])
        XCTAssertEqual(second[0].message, "id 00000000-0000-0000-0000-000000000000 is also the id of record 0")
        XCTAssertEqual(second[2].path.description, "$.coordinates_details.surfaceDepth")

        var legacyCheck = RecordSchemaCheck()
        let legacy = Array(RecordStream(bytes: Array(SeedExamples.legacyActionList.utf8))).map { legacyCheck.check($0) }
        XCTAssertEqual(legacy.map { $0.map(\.code) }, [[.legacyKey, .requiredMissing, .requiredMissing], [.legacyKey, .legacyKey, .requiredMissing]])
        XCTAssertEqual(legacy[1].map(\.path.description), ["$.coordinates_json.apCoordinates", "$.coordinates_json.mlCoordinates", "$.coordinates_json.dvCoordinate"])
    }

    func testUnreadableAndNonObjectItems() {
        var check = RecordSchemaCheck()
        let items = Array(RecordStream(bytes: Array("{\"id\": \"a\"\n[1]\n{\"id\": \"b\"}\n".utf8), format: .ndjson))
        XCTAssertEqual(items.count, 3)
        XCTAssertEqual(check.check(items[0]).map(\.code), [.unreadable])
        XCTAssertEqual(check.check(items[1]).map(\.code), [.notAnObject])
        XCTAssertEqual(check.check(items[2]).map(\.code), [.requiredMissing, .requiredMissing, .requiredMissing, .malformedUUID])
        XCTAssertEqual(check.check(items[2]).first?.recordIndex, 2)
    }

    func testRequiredMissing() throws {
        let base = try record(clean)
        let noSubject = try only(.requiredMissing, in: base.removing(path: "$.subject"))
        XCTAssertEqual(noSubject.path.description, "$.subject")
        XCTAssertEqual(noSubject.severity, .error)
        XCTAssertEqual(noSubject.recordIndex, 7)
        XCTAssertEqual(noSubject.recordID, "5b1e6a52-0f3c-4c1e-9a51-2f0d8e4b7a01")
        XCTAssertEqual(try only(.requiredMissing, in: base.replacing(path: "$.type", with: nil)).path.description, "$.type")
        XCTAssertEqual(try only(.requiredMissing, in: base.replacing(path: "$.coordinates_system", with: " ")).path.description, "$.coordinates_system")
        let legacy = try ProcedureRecord(RecordEnvelope(parsing: Array(SeedExamples.legacyActionDetail.utf8)).records[0])
        XCTAssertEqual(codes(legacy), [.legacyKey, .requiredMissing, .requiredMissing], "apCoordinates only: ML and DV absent")
        let noSystem = try legacy.removing(path: "$.coordinates")
        XCTAssertEqual(noSystem.shape, .legacyAction)
        XCTAssertEqual(findings(noSystem).map(\.path.description), ["$.coordinates"])
    }

    func testWrongType() throws {
        let base = try record(clean)
        XCTAssertEqual(try only(.wrongType, in: base.replacing(path: "$.subject", with: 5)).path.description, "$.subject")
        XCTAssertEqual(try only(.wrongType, in: base.replacing(path: "$.equipment", with: "x")).path.description, "$.equipment")
        XCTAssertEqual(try only(.wrongType, in: base.replacing(path: "$.equipment[0]", with: 1)).path.description, "$.equipment[0]")
        XCTAssertEqual(try only(.wrongType, in: base.replacing(path: "$.details", with: [1])).path.description, "$.details")
        XCTAssertEqual(try only(.wrongType, in: base.replacing(path: "$.notes", with: false)).path.description, "$.notes")
        XCTAssertEqual(try only(.wrongType, in: base.replacing(path: "$.coordinates_details.apCoordinate", with: true)).path.description,
                       "$.coordinates_details.apCoordinate")
        XCTAssertEqual(try only(.wrongType, in: base.replacing(path: "$.coordinates_details.mlAngle", with: nil)).path.description,
                       "$.coordinates_details.mlAngle")
        XCTAssertEqual(try only(.wrongType, in: base.replacing(path: "$.coordinates_details", with: [1])).path.description, "$.coordinates_details")
        XCTAssertEqual(try only(.wrongType, in: base.replacing(path: "$.coordinates_system", with: 3)).path.description, "$.coordinates_system")
    }

    func testUnknownSystem() throws {
        let base = try record(clean)
        let caseSlip = try only(.unknownSystem, in: base.replacing(path: "$.coordinates_system", with: "stereotaxic_bregmaabsolute"))
        XCTAssertEqual(caseSlip.suggestedFix?.replacement, "Stereotaxic_BregmaAbsolute")
        let fixed = try XCTUnwrap(caseSlip.suggestedFix).apply(to: base.replacing(path: "$.coordinates_system", with: "stereotaxic_bregmaabsolute"))
        XCTAssertEqual(findings(fixed), [])
        let unknown = try only(.unknownSystem, in: base.replacing(path: "$.coordinates_system", with: "Stereotaxic_Bregma"))
        XCTAssertNil(unknown.suggestedFix)
        XCTAssertEqual(unknown.path.description, "$.coordinates_system")
    }

    func testFieldNotInSystemDuplicateFieldAndLegacyKey() throws {
        let base = try record(clean)
        let otherSystems = try only(.fieldNotInSystem, in: base.replacing(path: "$.coordinates_details.depth", with: 1.0))
        XCTAssertEqual(otherSystems.severity, .error)
        XCTAssertTrue(otherSystems.message.contains("Stereotaxic_BregmaBrainSurface"), otherSystems.message)
        let stray = try only(.fieldNotInSystem, in: base.replacing(path: "$.coordinates_details.comment", with: "x"))
        XCTAssertEqual(stray.severity, .warning)
        XCTAssertEqual(stray.path.description, "$.coordinates_details.comment")

        let duplicated = try record(clean.replacingOccurrences(of: #""apCoordinate": -2.0,"#, with: #""apCoordinate": -2.0, "apCoordinate": -2.1,"#))
        XCTAssertEqual(codes(duplicated), [.duplicateField])
        let renamed = try record(clean.replacingOccurrences(of: #""apCoordinate": -2.0,"#, with: #""apCoordinate": -2.0, "apCoordinates": -2.0,"#))
        XCTAssertEqual(codes(renamed), [.legacyKey, .duplicateField])
        let legacy = try only(.legacyKey, in: record(cleanValueObjects.replacingOccurrences(of: "\"depth\"", with: "\"surfaceDepth\"")))
        XCTAssertEqual(legacy.severity, .info)
        XCTAssertEqual(legacy.path.description, "$.coordinates_details.surfaceDepth")
    }

    func testNumericStringNonFiniteAndVersion() throws {
        let base = try record(clean)
        let slipped = try base.replacing(path: "$.coordinates_details.mlCoordinate", with: " 1.5")
        let numeric = try only(.numericString, in: slipped)
        XCTAssertEqual(numeric.path.description, "$.coordinates_details.mlCoordinate")
        XCTAssertEqual(numeric.suggestedFix?.replacement, try JSONValue.parse("1.5"))
        XCTAssertEqual(findings(try XCTUnwrap(numeric.suggestedFix).apply(to: slipped)), [])
        XCTAssertEqual(try only(.nonFinite, in: base.replacing(path: "$.coordinates_details.dvCoordinate", with: "NaN")).severity, .error)
        XCTAssertEqual(try only(.unknownSchemaVersion, in: base.replacing(path: "$.coordinates_schema_version", with: "2.0.0")).severity, .warning)
    }

    func testUnitAndValueEncoding() throws {
        let objects = try record(cleanValueObjects)
        let furlong = try only(.unit, in: objects.replacing(path: "$.coordinates_details.depth.unit", with: "furlong"))
        XCTAssertEqual(furlong.severity, .error)
        XCTAssertEqual(try only(.unit, in: objects.replacing(path: "$.coordinates_details.depth.unit", with: "°")).severity, .error)
        XCTAssertEqual(try only(.valueEncoding, in: objects.replacing(path: "$.coordinates_details.depth", with: 1.0)).path.description,
                       "$.coordinates_details.depth")
        XCTAssertEqual(try only(.valueEncoding, in: objects.replacing(path: "$.coordinates_details.depth", with: ["unit": "mm"])).severity, .error)
        XCTAssertEqual(try only(.valueEncoding, in: record(clean).replacing(path: "$.coordinates_details.dvCoordinate", with: ["value": 1.3, "unit": "mm"])).severity,
                       .warning, "a value object under 0.0.0 is read, with a warning")

        // A unit slip: 2000 "mm" AP, i.e. micrometres written as millimetres.
        let slipped = try record(clean).replacing(path: "$.coordinates_details.apCoordinate", with: -2000)
        let slip = try only(.unit, in: slipped)
        XCTAssertEqual(slip.severity, .warning)
        XCTAssertEqual(slip.suggestedFix?.replacement, try JSONValue.parse("-2.0"))
        XCTAssertEqual(findings(try XCTUnwrap(slip.suggestedFix).apply(to: slipped)), [])
        let objectSlip = try only(.unit, in: objects.replacing(path: "$.coordinates_details.depth.value", with: 1000))
        XCTAssertEqual(objectSlip.path.description, "$.coordinates_details.depth.value")
        XCTAssertEqual(findings(try record(clean).replacing(path: "$.coordinates_details.apCoordinate", with: -20)), [], "20 mm is the limit")
        let ccf = try record(#"{"type": "VirusInjection", "subject": "0c8f3e4a-7b2d-4f6a-9e1b-3d5c7a9b1e20", "coordinates_system": "CCF_XYZ_Absolute", "coordinates_details": {"x": 7.5, "y": 3.1, "z": 5.7}}"#)
        XCTAssertEqual(findings(ccf), [])
        XCTAssertEqual(codes(try ccf.replacing(path: "$.coordinates_details.x", with: 7500)), [.unit])
        let frame = try ccf.replacing(path: "$.coordinates_system", with: "Stereotaxic_XYZ_Absolute").replacing(path: "$.coordinates_details.x", with: 37.2)
        XCTAssertEqual(findings(frame), [], "manipulator readings are large; no size rule")
    }

    func testAngleOutOfRange() throws {
        let base = try record(clean)
        let turned = try base.replacing(path: "$.coordinates_details.mlAngle", with: 270)
        let finding = try only(.angleOutOfRange, in: turned)
        XCTAssertEqual(finding.path.description, "$.coordinates_details.mlAngle")
        XCTAssertEqual(finding.suggestedFix?.replacement, try JSONValue.parse("-90.0"))
        XCTAssertEqual(findings(try XCTUnwrap(finding.suggestedFix).apply(to: turned)), [])
        XCTAssertEqual(codes(try base.replacing(path: "$.coordinates_details.dvAngle", with: -180.5)), [.angleOutOfRange])
        XCTAssertEqual(findings(try base.replacing(path: "$.coordinates_details.dvAngle", with: -180)), [])
        XCTAssertEqual(findings(try base.replacing(path: "$.coordinates_details.dvAngle", with: 180)), [])
        let objectAngle = try only(.angleOutOfRange, in: record(cleanValueObjects).replacing(path: "$.coordinates_details.rotation.value", with: 181))
        XCTAssertEqual(objectAngle.path.description, "$.coordinates_details.rotation.value")
        XCTAssertEqual(objectAngle.suggestedFix?.replacement, try JSONValue.parse("-179.0"))
    }

    func testDVSign() throws {
        let flipped = try record(clean).replacing(path: "$.coordinates_details.dvCoordinate", with: -1.3)
        let finding = try only(.dvSign, in: flipped)
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertEqual(finding.suggestedFix?.replacement, try JSONValue.parse("1.3"))
        XCTAssertEqual(codes(try record(cleanValueObjects).replacing(path: "$.coordinates_details.depth.value", with: -1)), [.dvSign])
        XCTAssertEqual(findings(try record(clean).replacing(path: "$.coordinates_details.dvCoordinate", with: 0)), [])
        XCTAssertEqual(findings(try record(clean).replacing(path: "$.coordinates_details.apCoordinate", with: -4.5)), [], "AP may be negative")
    }

    func testNotesTooLong() throws {
        let base = try record(clean)
        let long = try only(.notesTooLong, in: base.replacing(path: "$.notes", with: .string(String(repeating: "a", count: 501))))
        XCTAssertEqual(long.path.description, "$.notes")
        XCTAssertEqual(findings(try base.replacing(path: "$.notes", with: .string(String(repeating: "é", count: 500)))), [])
        let earlier = try ProcedureRecord(RecordEnvelope(parsing: Array(SeedExamples.earlierProcedureList.utf8)).records[0])
        let tooLong = findings(try earlier.replacing(path: "$.description", with: .string(String(repeating: "b", count: 600))))
        XCTAssertEqual(tooLong.filter { $0.code == .notesTooLong }.map(\.path.description), ["$.description"])
    }

    func testMalformedUUID() throws {
        let base = try record(clean)
        let id = try only(.malformedUUID, in: base.replacing(path: "$.id", with: "5b1e6a52-0f3c-4c1e-9a51"))
        XCTAssertEqual(id.path.description, "$.id")
        XCTAssertNil(id.suggestedFix)
        let braced = try only(.malformedUUID, in: base.replacing(path: "$.brain_region", with: "{1D2C3B4A-5E6F-4A7B-8C9D-0E1F2A3B4C5E}"))
        XCTAssertEqual(braced.suggestedFix?.replacement, "1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5e")
        XCTAssertEqual(try only(.malformedUUID, in: base.replacing(path: "$.equipment[0]", with: "zz")).path.description, "$.equipment[0]")
        XCTAssertEqual(findings(try base.replacing(path: "$.subject", with: "0C8F3E4A-7B2D-4F6A-9E1B-3D5C7A9B1E20")), [], "upper case is a UUID")
    }

    func testDuplicateIDAcrossAStream() throws {
        var check = RecordSchemaCheck()
        let first = try record(clean)
        let second = try first.replacing(path: "$.id", with: "5B1E6A52-0F3C-4C1E-9A51-2F0D8E4B7A01")
        let third = try first.replacing(path: "$.id", with: "5b1e6a52-0f3c-4c1e-9a51-2f0d8e4b7a09")
        XCTAssertEqual(check.check(first, index: 0), [])
        let duplicate = check.check(second, index: 1)
        XCTAssertEqual(duplicate.map(\.code), [.duplicateID], "ids compare as UUIDs, ignoring case")
        XCTAssertEqual(duplicate.first?.message, "id 5B1E6A52-0F3C-4C1E-9A51-2F0D8E4B7A01 is also the id of record 0")
        XCTAssertEqual(check.check(third, index: 2), [])
        let text = try first.replacing(path: "$.id", with: "p-1")
        XCTAssertEqual(check.check(text, index: 3).map(\.code), [.malformedUUID])
        XCTAssertEqual(check.check(text, index: 4).map(\.code), [.malformedUUID, .duplicateID])
        XCTAssertEqual(RecordSchemaCheck().description(of: RecordFindingCode.allCases), RecordFindingCode.allCases.map(\.rawValue))
    }
}

extension RecordSchemaCheck {
    fileprivate func description(of codes: [RecordFindingCode]) -> [String] { codes.map(\.description) }
}
