import StereotaxJSON
import StereotaxRecords
import StereotaxValidation
import XCTest

/// Every `schema.*` code through the validator: the generator's fault kinds, and small
/// hand-written records for the codes no fault kind draws.
final class SchemaFindingTests: XCTestCase {
    private let validator = RecordValidator()

    func testEveryGeneratedSchemaFaultIsFoundAtItsPath() throws {
        for kind in ExportFaultKind.allCases {
            guard let expected = kind.expectedFinding else { continue }
            for format in [ExportFormat.ndjson, .json] {
                let generator = try ExportGenerator(seed: 11, faultRate: 1, format: format, faultKinds: [kind])
                let (bytes, manifest) = generator.export(count: 40)
                let (reports, summary) = try Fixture.reports(String(decoding: bytes, as: UTF8.self), format: format == .ndjson ? .ndjson : .auto,
                                                             validator: validator, chunkSize: 7)
                XCTAssertEqual(summary.recordsIn, 40, "\(kind) \(format)")
                XCTAssertEqual(reports.count, 40, "\(kind) \(format)")
                XCTAssertFalse(manifest.faults.isEmpty)
                for fault in manifest.faults where fault.kind == kind {
                    let report = reports[fault.recordIndex]
                    let matching = report.findings(.schema(expected))
                    XCTAssertFalse(matching.isEmpty, "\(kind) \(format) record \(fault.recordIndex): \(report.codes)")
                    if fault.path != .root {
                        XCTAssertTrue(matching.contains { $0.path == fault.path || $0.path.hasPrefix(fault.path) || fault.path.hasPrefix($0.path) },
                                      "\(kind): \(matching.map(\.path)) vs \(fault.path)")
                    }
                    XCTAssertEqual(report.verdict, matching.contains { $0.severity == .error } ? .error : report.verdict)
                }
            }
        }
    }

    /// (record, the code it must draw) for the schema codes no generated fault kind covers.
    private var handWritten: [(String, RecordFindingCode)] {
        let details = #""coordinates_system":"Stereotaxic_BregmaAbsolute","subject":"\#(Fixture.subjectID)","type":"VirusInjection""#
        return [
            ("[1]", .notAnObject),
            (#"{\#(details),"coordinates_details":{"apCoordinate":1,"apCoordinates":1,"mlCoordinate":1,"dvCoordinate":2}}"#, .duplicateField),
            (#"{\#(details),"coordinates_details":{"apCoordinates":1,"mlCoordinate":1,"dvCoordinate":2}}"#, .legacyKey),
            (#"{\#(details),"coordinates_schema_version":"9.9.9","coordinates_details":{"apCoordinate":{"value":1,"unit":"mm"}}}"#, .unknownSchemaVersion),
            (#"{\#(details),"coordinates_details":{"apCoordinate":"NaN","mlCoordinate":1,"dvCoordinate":2}}"#, .nonFinite),
            (#"{\#(details),"coordinates_schema_version":"1.1.0","coordinates_details":{"apCoordinate":1,"mlCoordinate":{"value":1,"unit":"mm"},"dvCoordinate":{"value":2,"unit":"mm"}}}"#, .valueEncoding),
            (#"{\#(details),"coordinates_schema_version":"1.1.0","coordinates_details":{"apCoordinate":{"value":1,"unit":"furlong"},"mlCoordinate":{"value":1,"unit":"mm"},"dvCoordinate":{"value":2,"unit":"mm"}}}"#, .unit),
            (#"{\#(details),"coordinates_details":{"apCoordinate":1,"mlCoordinate":1,"dvCoordinate":-2}}"#, .dvSign),
        ]
    }

    func testHandWrittenRecordsDrawTheirCodes() {
        for (text, code) in handWritten {
            let items = Fixture.items(text)
            XCTAssertEqual(items.count, 1, text)
            let report = validator.validate(items[0])
            XCTAssertTrue(report.codes.contains(.schema(code)), "\(code): \(report.codes) for \(text)")
        }
    }

    func testAllSchemaCodesAreCoveredByTheseTests() {
        let covered = Set(ExportFaultKind.allCases.compactMap(\.expectedFinding) + handWritten.map(\.1))
        XCTAssertEqual(covered, Set(RecordFindingCode.allCases))
    }

    func testSafeSchemaFixesAreSpellingOnly() {
        XCTAssertTrue(ValidationFinding.isSafeSchemaFix(.numericString))
        XCTAssertTrue(ValidationFinding.isSafeSchemaFix(.malformedUUID))
        XCTAssertTrue(ValidationFinding.isSafeSchemaFix(.angleOutOfRange))
        XCTAssertFalse(ValidationFinding.isSafeSchemaFix(.unit), "÷1000 is a guess until the atlas confirms it")
        XCTAssertFalse(ValidationFinding.isSafeSchemaFix(.dvSign), "negating is a guess until the atlas confirms it")
    }
}
