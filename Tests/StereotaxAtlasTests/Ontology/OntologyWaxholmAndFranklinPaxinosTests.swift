import XCTest
@testable import StereotaxAtlas

final class OntologyWaxholmTests: XCTestCase {
    func testFlatLabelFile() throws {
        let o = try WaxholmLabelFile.load(contentsOf: OntologyFixtures.atlasFile("whs-rat-v4/labels.label"))
        XCTAssertEqual(o.count, 222)
        XCTAssertEqual(o.background, Ontology.Background(value: 0, name: "Clear Label"))
        XCTAssertNil(o[id: 0])
        XCTAssertEqual(o.roots.count, 222)
        let first = try o.structure(id: 1)
        XCTAssertEqual(first.name, "corticofugal tract and corona radiata")
        XCTAssertEqual(first.color, RGBColor(red: 255, green: 52, blue: 39))
        XCTAssertEqual(try o.structure(id: 502).name, "Nucleus of the lateral olfactory tract")
        XCTAssertEqual(try o.structure(name: "subthalamic NUCLEUS").structure.id, 3)
        XCTAssertEqual(try o.ancestors(of: 3), [])
        XCTAssertNil(try o.lowestCommonAncestor(3, 4))
        XCTAssertEqual(try o.lowestCommonAncestor(3, 3)?.id, 3)
        XCTAssertThrowsError(try o.structure(acronym: "STh"))
    }
}

final class OntologyFranklinPaxinosTests: XCTestCase {
    private func load() throws -> (FranklinPaxinosTree, FranklinPaxinosAllenMapping) {
        let tree = try FranklinPaxinosTree.load(contentsOf: OntologyFixtures.atlasFile("franklin-paxinos/structure_tree.csv"))
        let allen = try AllenStructuresCSV.load(contentsOf: OntologyFixtures.atlasFile("allen-ccf-2017/structures.csv"))
        return (tree, FranklinPaxinosAllenMapping(tree: tree, allen: allen))
    }

    func testTree() throws {
        let (tree, _) = try load()
        // 1,648 rows: 1,429 Franklin-Paxinos structures and 219 Allen-only rows, plus the root they name.
        XCTAssertEqual(tree.ontology.count, 1430)
        XCTAssertEqual(tree.allenOnlyRows.count, 219)
        XCTAssertEqual(tree.addedParents.map(\.id), [997])
        XCTAssertEqual(tree.ontology.roots.map(\.acronym), ["root"])
        XCTAssertEqual(tree.ignoredCells.map(\.value).sorted(), ["709", "733", "VP", "VPM", "modified ontology",
                                                                 "modified ontology", "modified ontology", "modified ontology",
                                                                 "modified ontology", "modified ontology"])
        let v1 = try tree.ontology.structure(acronym: "V1")
        XCTAssertEqual(v1.structure.name, "Primary visual cortex")
        XCTAssertEqual(v1.structure.color, RGBColor(red: 112, green: 255, blue: 98))
        XCTAssertEqual(try tree.ontology.structure(acronym: "TeA").structure.id, 541)  // the file has "TeA "
        XCTAssertTrue(try tree.ontology.isWithin(385, 997))
        // The same abbreviation in three hippocampal fields is reported, not guessed.
        XCTAssertThrowsError(try tree.ontology.structure(acronym: "Or")) { error in
            guard case .ambiguous(_, _, let ids)? = error as? OntologyLookupError else { return XCTFail("\(error)") }
            XCTAssertEqual(ids.sorted(), [399, 438, 486])
        }
    }

    func testFranklinPaxinosToAllen() throws {
        let (tree, map) = try load()
        func counterpart(_ acronym: String) throws -> FranklinPaxinosAllenMapping.AllenCounterpart {
            try map.allenCounterpart(ofFranklinPaxinos: tree.ontology.structure(acronym: acronym).structure.id)
        }
        XCTAssertEqual(try counterpart("V1"), .mapped(try map.allen.structure(id: 385), by: .acronym))
        XCTAssertEqual(try counterpart("RLi"), .mapped(try map.allen.structure(id: 197), by: .acronym))       // Allen RL
        XCTAssertEqual(try counterpart("MnM"), .mapped(try map.allen.structure(id: 732), by: .acronymIgnoringCase)) // "Mmme"
        XCTAssertEqual(try counterpart("4/5Cb"), .mapped(try map.allen.structure(id: 1091), by: .name))      // "CUL4_5"
        guard case .unresolved(let r) = try counterpart("A29c (RSGc)-1") else { return XCTFail("expected unresolved") }
        XCTAssertEqual(r.acronym, "RSPv-c1")
        XCTAssertEqual(try map.allenCounterpart(ofFranklinPaxinos: 997), .noCounterpart)
        XCTAssertThrowsError(try map.allenCounterpart(ofFranklinPaxinos: -5))
        let s = map.summary
        // 468 of the 1,429 structures name no Allen structure; the rest resolve or are reported unresolved.
        XCTAssertEqual(s.noCounterpart, 468)
        XCTAssertEqual(s.mapped + s.unresolved, 961)
        XCTAssertGreaterThan(s.unresolved, 0)
    }

    func testAllenToFranklinPaxinos() throws {
        let (tree, map) = try load()
        XCTAssertEqual(try map.franklinPaxinosCounterpart(ofAllen: 385), .mapped([try tree.ontology.structure(id: 385)]))
        // Allen PH is named by two rows: DMHa and PH.
        guard case .mapped(let ph) = try map.franklinPaxinosCounterpart(ofAllen: 946) else { return XCTFail() }
        XCTAssertEqual(ph.map(\.acronym).sorted(), ["DMHa", "PH"])
        XCTAssertEqual(try map.franklinPaxinosCounterpart(ofAllen: 353), .listedWithoutCounterpart)  // SSp-n
        XCTAssertEqual(try map.franklinPaxinosCounterpart(ofAllen: 1043), .listedWithoutCounterpart) // tspc, row says "ig"
        XCTAssertNotEqual(try map.franklinPaxinosCounterpart(ofAllen: 19), .listedWithoutCounterpart) // IG is not that row
        let mo1 = try map.allen.structure(acronym: "MO1").structure.id
        XCTAssertEqual(try map.franklinPaxinosCounterpart(ofAllen: mo1), .notListed)
        XCTAssertThrowsError(try map.franklinPaxinosCounterpart(ofAllen: 123456789))
    }
}
