import Foundation
import StereotaxRecords
import StereotaxValidation
import XCTest

/// docs/validation.md shows every finding code on examples/validation/: they must stay true.
final class DocumentedExamplesTests: XCTestCase {
    func testTheExamplesDrawEveryFindingCodeAndLineOneIsClean() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/validation")
        func file(_ name: String) -> URL { folder.appendingPathComponent(name) }
        let validator = RecordValidator(
            taxonomy: try AuxiliaryFile.taxonomy(at: file("taxonomy.json")),
            crossCheck: CrossRecordCheck(subjects: try AuxiliaryFile.records(Subject.self, at: file("subjects.json"), option: "--subjects"),
                                         stock: try AuxiliaryFile.records(ConsumableStock.self, at: file("stock.json"), option: "--stock")),
            locator: try Fixture.locator())
        let manipulations = try AuxiliaryFile.records(Manipulation.self, at: file("manipulations.json"), option: "--manipulations")
        var reports: [RecordReport] = []
        let outcome = try ValidationEngine(validator: validator).run(try RecordStream(contentsOf: file("examples.ndjson")),
                                                                     manipulations: manipulations) { reports.append($0) }
        XCTAssertEqual(reports.count, 31)
        XCTAssertEqual(reports[0].findings, [])
        XCTAssertEqual(Set(outcome.summary.findingsByCode.keys), Set(FindingCode.allCases))
    }
}
