import Foundation
import StereotaxRecords
import StereotaxValidation
import XCTest

/// A record is checked in place on a tape when the stream defers parsing (as the engine does),
/// and through its tree when it comes parsed: the two read paths give the same report.
final class ReadPathTests: XCTestCase {
    private static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/validation")

    /// The documented examples' validator: taxonomy, subjects and stock files, the real atlas, fixes on.
    private func validator() throws -> RecordValidator {
        func file(_ name: String) -> URL { Self.examples.appendingPathComponent(name) }
        return RecordValidator(
            taxonomy: try AuxiliaryFile.taxonomy(at: file("taxonomy.json")),
            crossCheck: CrossRecordCheck(subjects: try AuxiliaryFile.records(Subject.self, at: file("subjects.json"), option: "--subjects"),
                                         stock: try AuxiliaryFile.records(ConsumableStock.self, at: file("stock.json"), option: "--stock")),
            locator: try Fixture.locator(), appliesFixes: true)
    }

    private func assertBothPathsAgree(_ bytes: [UInt8], _ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let validator = try validator()
        let stream = RecordStream(bytes: bytes, format: .auto)
        let eager = Array(stream)
        var deferred: [RecordStreamItem] = []
        var iterator = stream.makeIterator(parsing: .deferred)
        while let item = iterator.next() { deferred.append(item) }
        XCTAssertEqual(eager.count, deferred.count, message, file: file, line: line)
        XCTAssertTrue(deferred.contains { !$0.isParsed }, "the deferred items reach the validator unparsed", file: file, line: line)
        for (treeItem, tapeItem) in zip(eager, deferred) {
            let (tree, tape) = (validator.validate(treeItem), validator.validate(tapeItem))
            let at = "\(message), record \(treeItem.index)"
            XCTAssertEqual(tape.index, tree.index, at, file: file, line: line)
            XCTAssertEqual(tape.line, tree.line, at, file: file, line: line)
            XCTAssertEqual(tape.recordID, tree.recordID, at, file: file, line: line)
            XCTAssertEqual(tape.findings, tree.findings, at, file: file, line: line)
            XCTAssertEqual(tape.appliedFixes, tree.appliedFixes, at, file: file, line: line)
            XCTAssertEqual(tape.outputBytes, tree.outputBytes, at, file: file, line: line)
        }
    }

    /// Every finding code, on the documented examples.
    func testTheDocumentedExamplesGetTheSameReportsFromTapeAndTree() throws {
        try assertBothPathsAgree(Array(try Data(contentsOf: Self.examples.appendingPathComponent("examples.ndjson"))), "examples")
    }

    /// Every fault kind of the generator, every shape and encoding, in NDJSON and a list envelope.
    func testGeneratedExportsGetTheSameReportsFromTapeAndTree() throws {
        for format in ExportFormat.allCases {
            let (bytes, _) = try ExportGenerator(seed: 11, faultRate: 0.4, format: format).export(count: 1500)
            try assertBothPathsAgree(bytes, "\(format)")
        }
    }
}
