import Foundation
import StereotaxJSON
import StereotaxRecords
import StereotaxValidation
import XCTest

/// The report forms parse and hold one entry per record.
final class ReportFormatTests: XCTestCase {
    private func run(_ format: ReportFormat, text: String) throws -> (String, ValidationSummary) {
        let dir = try Fixture.temporaryDirectory(for: self)
        let url = dir.appendingPathComponent("report")
        let output = try ReportOutput(creating: url)
        let writer = format.writer(to: output, input: "input.ndjson")
        let outcome = try ValidationEngine(validator: RecordValidator(), chunkSize: 3)
            .run(RecordStream(bytes: Array(text.utf8), format: .ndjson)) { try writer.write($0) }
        try writer.finish(outcome.summary)
        try output.close()
        return (try String(contentsOf: url, encoding: .utf8), outcome.summary)
    }

    private var input: String {
        [Fixture.procedure().serialized(), #"{"id": "cut"#, Fixture.procedure(notes: "a, \"quoted\"\nnote", extra: ["id": "x"]).serialized(),
         Fixture.procedure(dv: -1, extra: ["id": "6e1f0c2a-9b8d-4e7f-a6c5-b4d3e2f1a0b9"]).serialized()].joined(separator: "\n")
    }

    func testJSONReportParsesWithEveryRecordAndTheSummary() throws {
        let (text, _) = try run(.json, text: input)
        let document = try JSONValue.parse(text)
        guard case .array(let records)? = document["records"] else { return XCTFail(text) }
        XCTAssertEqual(records.count, 4)
        XCTAssertEqual(records.map { $0["index"]?.doubleValue }, [0, 1, 2, 3])
        XCTAssertEqual(records.map { $0["verdict"]?.stringValue }, ["ok", "error", "error", "warning"])
        XCTAssertEqual(records[1].value(at: "$.findings[0].code"), .string("schema.unreadable"))
        XCTAssertEqual(document["summary"]?["records_in"]?.doubleValue, 4)
        XCTAssertEqual(document["summary"]?["records_out"]?.doubleValue, 4)
        XCTAssertEqual(document["summary"]?["findings_by_code"]?["schema.dv-sign"]?.doubleValue, 1)
    }

    func testNDJSONHasOneParsableLinePerRecord() throws {
        let (text, _) = try run(.ndjson, text: input)
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, 4)
        for (position, line) in lines.enumerated() {
            XCTAssertEqual(try JSONValue.parse(String(line))["index"]?.doubleValue, Double(position))
        }
    }

    func testCSVHasAHeaderAndOneRowPerRecordWithQuotedCells() throws {
        let (text, _) = try run(.csv, text: input)
        let rows = try CSVRows.parse(text)
        XCTAssertEqual(rows.count, 5)
        XCTAssertEqual(rows[0], ["index", "line", "id", "verdict", "errors", "warnings", "infos", "codes", "paths", "messages", "fixes_applied"])
        XCTAssertEqual(rows.dropFirst().map { $0[0] }, ["0", "1", "2", "3"])
        XCTAssertEqual(rows[2][3], "error")
        XCTAssertTrue(rows[3][7].contains("schema.malformed-uuid"), rows[3][7])
        XCTAssertEqual(rows[4][5], "1")
        XCTAssertTrue(rows.allSatisfy { $0.count == 11 })
    }

    func testSummaryCountsVerdictsAndCodes() throws {
        let (text, summary) = try run(.summary, text: input)
        XCTAssertTrue(text.contains("4 records in, 4 out"), text)
        XCTAssertTrue(text.contains("ok 1, warning 1, error 2"), text)
        XCTAssertTrue(text.contains("schema.unreadable"), text)
        XCTAssertEqual(summary.worst.first?.verdict, .error)
    }
}

/// A small RFC 4180 reader for the tests.
enum CSVRows {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = ""
        var quoted = false, afterQuote = false
        var iterator = Array(text).makeIterator()
        while let c = iterator.next() {
            if quoted {
                if c == "\"" { quoted = false; afterQuote = true } else { cell.append(c) }
                continue
            }
            switch c {
            case "\"": if afterQuote { cell.append("\"") }; quoted = true; afterQuote = false
            case ",": row.append(cell); cell = ""; afterQuote = false
            case "\r\n", "\n": row.append(cell); rows.append(row); row = []; cell = ""; afterQuote = false
            default: cell.append(c); afterQuote = false
            }
        }
        if quoted { throw Malformed() }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }
}
