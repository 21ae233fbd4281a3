import XCTest
@testable import StereotaxAtlas

final class OntologyCSVReaderTests: XCTestCase {
    func testQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let text = "\u{FEFF}id,name,x\r\n1,\"Frontal pole, layer 1\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n\r\n3,,last"
        let records = try CSVReader.records(in: text)
        XCTAssertEqual(records.map(\.fields), [
            ["id", "name", "x"],
            ["1", "Frontal pole, layer 1", "say \"hi\""],
            ["2", "two\nlines", ""],
            ["3", "", "last"],
        ])
        XCTAssertEqual(records.map(\.line), [1, 2, 3, 6])
    }

    func testEmptyQuotedFieldAndTrailingNewline() throws {
        let records = try CSVReader.records(in: "a,\"\"\n\"\",b\n")
        XCTAssertEqual(records.map(\.fields), [["a", ""], ["", "b"]])
    }

    func testSyntaxErrorsNameTheLine() {
        XCTAssertThrowsError(try CSVReader.records(in: "a,b\n1,\"open\n2,3")) { error in
            XCTAssertEqual((error as? CSVSyntaxError)?.line, 2)
        }
        XCTAssertThrowsError(try CSVReader.records(in: "a,b\n1,x\"y")) { error in
            XCTAssertEqual((error as? CSVSyntaxError)?.line, 2)
        }
        XCTAssertThrowsError(try CSVReader.records(in: "a,b\n\n1,\"x\"y")) { error in
            XCTAssertEqual((error as? CSVSyntaxError)?.line, 3)
        }
    }
}
