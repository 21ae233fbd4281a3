import StereotaxJSON
import StereotaxRecords
import StereotaxValidation
import XCTest

/// The streaming engine: every record out, in order, stream-wide checks across chunks.
final class EngineTests: XCTestCase {
    private func export(count: Int, kinds: [ExportFaultKind], rate: Double = 0.3, seed: UInt64 = 3) throws -> (String, ExportFaultManifest) {
        let (bytes, manifest) = try ExportGenerator(seed: seed, faultRate: rate, format: .ndjson, faultKinds: kinds).export(count: count)
        return (String(decoding: bytes, as: UTF8.self), manifest)
    }

    func testEveryRecordComesOutOnceInOrderWhateverTheChunkingIncludingMalformedLines() throws {
        let (text, manifest) = try export(count: 203, kinds: [.malformedRecord, .duplicateID, .numericString])
        let malformed = Set(manifest.faults.filter { $0.kind == .malformedRecord }.map(\.recordIndex))
        XCTAssertFalse(malformed.isEmpty)
        for (chunk, workers) in [(1, 1), (7, 2), (64, 2), (4096, 2), (10, 3)] {
            let (reports, summary) = try Fixture.reports(text, format: .ndjson, validator: RecordValidator(), chunkSize: chunk, workers: workers)
            XCTAssertEqual(reports.map(\.index), Array(0..<203), "chunk \(chunk)")
            XCTAssertEqual(summary.recordsIn, 203)
            XCTAssertEqual(summary.recordsOut, 203)
            XCTAssertEqual(summary.count(.ok) + summary.count(.warning) + summary.count(.error), 203)
            for index in malformed {
                XCTAssertEqual(reports[index].codes, [.schema(.unreadable)], "line \(index + 1)")
                XCTAssertEqual(reports[index].line, index + 1)
            }
            XCTAssertEqual(summary.findingsByCode[.schema(.unreadable)], malformed.count)
        }
    }

    func testARepeatedIdIsFoundAcrossChunkBoundariesAndNamesTheFirstRecord() throws {
        let line = Fixture.procedure().serialized()
        let text = Array(repeating: line, count: 9).joined(separator: "\n")
        let (reports, summary) = try Fixture.reports(text, validator: RecordValidator(), chunkSize: 2)
        XCTAssertEqual(reports[0].findings, [])
        for report in reports.dropFirst() {
            let duplicate = try XCTUnwrap(report.findings(.schema(.duplicateID)).first)
            XCTAssertEqual(duplicate.path, "$.id")
            XCTAssertTrue(duplicate.message.hasSuffix("record 0"), duplicate.message)
        }
        XCTAssertEqual(summary.findingsByCode[.schema(.duplicateID)], 8)
    }

    /// Lines built on the workers are the final reports' lines: a report changed afterwards on
    /// the calling thread (a repeated id) has none, so its writer encodes it again.
    func testLinesEncodedOnTheWorkersMatchTheFinalReports() throws {
        let (text, _) = try export(count: 120, kinds: [.duplicateID, .numericString, .malformedRecord], rate: 0.3)
        let encoder = try XCTUnwrap(ReportFormat.ndjson.lineEncoder)
        XCTAssertNil(ReportFormat.summary.lineEncoder)
        var reports: [RecordReport] = []
        _ = try ValidationEngine(validator: RecordValidator(), chunkSize: 16, workerCount: 2)
            .run(RecordStream(bytes: Array(text.utf8), format: .ndjson), encodingLinesWith: encoder) { reports.append($0) }
        XCTAssertEqual(reports.count, 120)
        var repeated = 0
        for report in reports {
            if report.findings.contains(where: { $0.code == .schema(.duplicateID) }) {
                repeated += 1
                XCTAssertNil(report.encodedLine, "record \(report.index)")
            } else {
                let line = try XCTUnwrap(report.encodedLine, "record \(report.index)")
                XCTAssertEqual(line, encoder.encode(report))
                XCTAssertTrue(String(decoding: line, as: UTF8.self).hasPrefix("{\"index\":\(report.index),"))
            }
        }
        XCTAssertGreaterThan(repeated, 0)
        let (plain, _) = try Fixture.reports(text, format: .ndjson, validator: RecordValidator(), chunkSize: 16)
        XCTAssertTrue(plain.allSatisfy { $0.encodedLine == nil })
    }

    func testGeneratedDuplicatesMatchTheManifest() throws {
        let (text, manifest) = try export(count: 150, kinds: [.duplicateID], rate: 0.2)
        let (reports, _) = try Fixture.reports(text, format: .ndjson, validator: RecordValidator(), chunkSize: 16)
        let expected = Set(manifest.faults.map(\.recordIndex))
        let found = Set(reports.filter { !$0.findings(.schema(.duplicateID)).isEmpty }.map(\.index))
        XCTAssertEqual(found, expected)
    }

    func testTheWorstRecordsAreKeptWorstFirst() throws {
        func id(_ n: Int) -> JSONValue { .string("00000000-0000-4000-8000-00000000000\(n)") }
        let clean = Fixture.procedure(extra: ["id": id(0)]).serialized()
        let twoErrors = Fixture.procedure(extra: ["id": "x", "subject": 7]).serialized()
        let warning = Fixture.procedure(dv: -1, extra: ["id": id(1)]).serialized()
        let text = [clean, warning, twoErrors, "{", Fixture.procedure(extra: ["id": id(2)]).serialized()].joined(separator: "\n")
        let (_, summary) = try Fixture.reports(text, format: .ndjson, validator: RecordValidator())
        XCTAssertEqual(summary.worst.map(\.index), [2, 3, 1])
        XCTAssertEqual(summary.worst.map(\.verdict), [.error, .error, .warning])
        XCTAssertEqual(summary.count(.ok), 2)
    }

    func testAnEmptyInputIsZeroRecordsAndClean() throws {
        let (reports, summary) = try Fixture.reports("", validator: RecordValidator())
        XCTAssertEqual(reports.count, 0)
        XCTAssertEqual(summary.recordsIn, 0)
        XCTAssertFalse(summary.hasErrors)
    }

    func testSafeFixesAreAppliedAndContradictionsAreNot() throws {
        let validator = RecordValidator(appliesFixes: true)
        var record = Fixture.procedure(extra: ["id": .string("{\(Fixture.recordID)}")])
        record = try record.replacing("$.coordinates_details.mlCoordinate", with: "1.5")
        let report = Fixture.report(record, validator: validator)
        XCTAssertEqual(Set(report.appliedFixes.map(\.path)), Set<RecordPath>(["$.id", "$.coordinates_details.mlCoordinate"]))
        let fixed = try JSONValue.parse(try XCTUnwrap(report.outputBytes))
        XCTAssertEqual(fixed, Fixture.procedure())

        // A schema.dv-sign fix alone is not safe: without the atlas nothing confirms it.
        let unconfirmed = Fixture.report(Fixture.procedure(dv: -1.3), validator: validator)
        XCTAssertEqual(unconfirmed.appliedFixes, [])
        XCTAssertEqual(unconfirmed.outputBytes, Array(Fixture.procedure(dv: -1.3).serialized().utf8))
    }
}
