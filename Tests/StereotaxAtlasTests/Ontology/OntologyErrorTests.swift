import Foundation
import XCTest
@testable import StereotaxAtlas

/// Bad ontology files fail with errors that name the file, record and field.
final class OntologyErrorTests: XCTestCase {
    private let header = "id,acronym,name,parent_structure_id,structure_id_path,color_hex_triplet\n"

    private func assertError(_ expected: OntologyError, file: StaticString = #filePath, line: UInt = #line,
                             _ body: () throws -> Void) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            XCTAssertEqual(error as? OntologyError, expected, file: file, line: line)
        }
    }

    func testAllenTable() throws {
        let good = header + "997,root,root,,/997/,FFFFFF\n8,grey,\"Basic cell groups, and regions\",997,/997/8/,BFDAE3\n"
        let o = try AllenStructuresCSV.parse(good, origin: "t.csv")
        XCTAssertEqual(try o.structure(id: 8).name, "Basic cell groups, and regions")

        assertError(.duplicateID(file: "t.csv", id: 8)) {
            _ = try AllenStructuresCSV.parse(good + "8,x,x,997,/997/8/,000000\n", origin: "t.csv")
        }
        assertError(.unknownParent(file: "t.csv", id: 8, parentID: 5)) {
            _ = try AllenStructuresCSV.parse(header + "8,grey,g,5,/5/8/,BFDAE3\n", origin: "t.csv")
        }
        assertError(.cycle(file: "t.csv", id: 1)) {
            _ = try AllenStructuresCSV.parse(header + "1,a,a,2,/2/1/,000000\n2,b,b,1,/1/2/,000000\n", origin: "t.csv")
        }
        assertError(.invalidField(file: "t.csv", record: "line 3 (id 8)", field: "color_hex_triplet",
                                  expected: "six hexadecimal digits", found: "BFDA")) {
            _ = try AllenStructuresCSV.parse(header + "997,root,root,,/997/,FFFFFF\n8,grey,g,997,/997/8/,BFDA\n", origin: "t.csv")
        }
        assertError(.invalidField(file: "t.csv", record: "line 3 (id 8)", field: "structure_id_path",
                                  expected: "/997/8/ (the chain of parents)", found: "/8/")) {
            _ = try AllenStructuresCSV.parse(header + "997,root,root,,/997/,FFFFFF\n8,grey,g,997,/8/,BFDAE3\n", origin: "t.csv")
        }
        assertError(.invalidField(file: "t.csv", record: "line 2", field: "id", expected: "an integer", found: "x")) {
            _ = try AllenStructuresCSV.parse(header + "x,root,root,,/997/,FFFFFF\n", origin: "t.csv")
        }
        assertError(.missingColumn(file: "t.csv", column: "color_hex_triplet")) {
            _ = try AllenStructuresCSV.parse("id,acronym,name,parent_structure_id,structure_id_path\n", origin: "t.csv")
        }
        assertError(.syntax(file: "t.csv", line: 2, reason: "a quoted field that is never closed")) {
            _ = try AllenStructuresCSV.parse(header + "997,\"root,root,,/997/,FFFFFF\n", origin: "t.csv")
        }
        XCTAssertThrowsError(try AllenStructuresCSV.load(contentsOf: URL(fileURLWithPath: "/nonexistent/structures.csv"))) { error in
            guard case .unreadable("/nonexistent/structures.csv", _)? = error as? OntologyError else { return XCTFail("\(error)") }
        }
    }

    func testAllenGraph() throws {
        func node(_ id: Int, _ parent: Int?, _ children: String = "") -> String {
            "{\"id\":\(id),\"acronym\":\"a\(id)\",\"name\":\"n\(id)\",\"color_hex_triplet\":\"00FF00\"," +
            "\"parent_structure_id\":\(parent.map(String.init) ?? "null"),\"children\":[\(children)]}"
        }
        let good = "{\"msg\":[\(node(997, nil, node(8, 997)))]}"
        XCTAssertEqual(try AllenStructureGraphJSON.parse(Data(good.utf8), origin: "g.json").count, 2)
        let mismatch = "[\(node(997, nil, node(8, 5)))]"
        assertError(.invalidField(file: "g.json", record: "msg[0].children[0] (id 8)", field: "parent_structure_id",
                                  expected: "997 (the enclosing node)", found: "5")) {
            _ = try AllenStructureGraphJSON.parse(Data(mismatch.utf8), origin: "g.json")
        }
        assertError(.invalidField(file: "g.json", record: "msg[0]", field: "id", expected: "an integer", found: "x")) {
            _ = try AllenStructureGraphJSON.parse(Data("{\"msg\":[{\"id\":\"x\"}]}".utf8), origin: "g.json")
        }
        XCTAssertThrowsError(try AllenStructureGraphJSON.parse(Data("{".utf8), origin: "g.json")) { error in
            guard case .syntax("g.json", _, _)? = error as? OntologyError else { return XCTFail("\(error)") }
        }
    }

    func testWaxholmLabelFile() throws {
        let good = "# comment\n    0 0 0 0 0 0 0 \"Clear Label\"\n    3 0 0 255 1 1 0 \"Subthalamic nucleus\"\n"
        let o = try WaxholmLabelFile.parse(good, origin: "w.label")
        XCTAssertEqual(o.count, 1)
        assertError(.invalidField(file: "w.label", record: "line 2", field: "R", expected: "an integer in 0...255", found: "300")) {
            _ = try WaxholmLabelFile.parse("#\n 3 300 0 255 1 1 0 \"x\"\n", origin: "w.label")
        }
        assertError(.invalidField(file: "w.label", record: "line 1", field: "A", expected: "a number in 0...1", found: "2")) {
            _ = try WaxholmLabelFile.parse(" 3 0 0 255 2 1 0 \"x\"\n", origin: "w.label")
        }
        assertError(.invalidField(file: "w.label", record: "line 1", field: "LABEL", expected: "a name in double quotes",
                                  found: "3 0 0 255 1 1 0 x")) {
            _ = try WaxholmLabelFile.parse(" 3 0 0 255 1 1 0 x\n", origin: "w.label")
        }
        assertError(.duplicateID(file: "w.label", id: 3)) {
            _ = try WaxholmLabelFile.parse(" 3 0 0 255 1 1 0 \"x\"\n 3 0 0 255 1 1 0 \"y\"\n", origin: "w.label")
        }
    }

    func testFranklinPaxinosTree() throws {
        let h = "Franklin-Paxinos Full name,Franklin-Paxinos abbreviation,Structural ID,structure Order,red,green,blue," +
                "Parent ID,Parent abbreviation,Allen Full name,Allen abbreviation\n"
        let t = try FranklinPaxinosTree.parse(h + "Cerebrum,CH,567,200,176,240,255,997,root,Cerebrum,CH\n,,,,,,,,,Nose,SSp-n\n",
                                              origin: "fp.csv")
        XCTAssertEqual(t.ontology.count, 2)
        XCTAssertEqual(t.allenOnlyRows.map(\.acronym), ["SSp-n"])
        assertError(.invalidField(file: "fp.csv", record: "line 2 (id 567)", field: "green", expected: "0...255", found: "256")) {
            _ = try FranklinPaxinosTree.parse(h + "Cerebrum,CH,567,200,176,256,255,997,root,Cerebrum,CH\n", origin: "fp.csv")
        }
        assertError(.invalidField(file: "fp.csv", record: "line 2", field: "Structural ID",
                                  expected: "an id, since 'Franklin-Paxinos Full name' is filled", found: "")) {
            _ = try FranklinPaxinosTree.parse(h + "Cerebrum,CH,,200,176,240,255,997,root,Cerebrum,CH\n", origin: "fp.csv")
        }
        assertError(.missingColumn(file: "fp.csv", column: "Allen abbreviation")) {
            _ = try FranklinPaxinosTree.parse(h.replacingOccurrences(of: ",Allen abbreviation", with: ""), origin: "fp.csv")
        }
    }
}
