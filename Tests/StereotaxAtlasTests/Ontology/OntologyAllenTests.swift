import XCTest
@testable import StereotaxAtlas

final class OntologyAllenTests: XCTestCase {
    private func allen() throws -> Ontology {
        try AllenStructuresCSV.load(contentsOf: OntologyFixtures.atlasFile("allen-ccf-2017/structures.csv"))
    }

    func testCountsAndRoot() throws {
        let o = try allen()
        XCTAssertEqual(o.count, 1327)
        XCTAssertEqual(o.roots.map(\.acronym), ["root"])
        XCTAssertEqual(try o.children(of: 997).map(\.acronym), ["grey", "fiber tracts", "VS", "grv", "retina"])
        XCTAssertEqual(try o.descendants(of: 997).count, 1326)
        XCTAssertEqual(try o.descendants(of: 315).count, 373)  // Isocortex
        XCTAssertNil(o.background)
    }

    func testLookUpByIdAcronymAndName() throws {
        let o = try allen()
        XCTAssertEqual(o[id: 385]?.acronym, "VISp")
        XCTAssertEqual(try o.structure(id: 320).name, "Primary motor area, Layer 1")
        XCTAssertEqual(try o.structure(acronym: "MOp1"), StructureMatch(structure: try o.structure(id: 320), kind: .acronym))
        XCTAssertEqual(try o.structure(acronym: " mop1 ").kind, .acronymIgnoringCase)
        XCTAssertEqual(try o.structure(acronym: "mop1").structure.id, 320)
        XCTAssertEqual(try o.structure(name: "Primary visual area").structure.id, 385)
        let folded = try o.structure(name: "primary  VISUAL area")
        XCTAssertEqual(folded.structure.id, 385)
        XCTAssertEqual(folded.kind, .nameIgnoringCase)
        XCTAssertEqual(try o.structure(matching: "385").kind, .id)
        XCTAssertEqual(try o.structure(matching: "visp").structure.id, 385)
        XCTAssertEqual(try o.structure(matching: "Induseum griseum").structure.acronym, "IG")
        XCTAssertThrowsError(try o.structure(id: 123456789)) { XCTAssertEqual($0 as? OntologyLookupError, .unknownID(123456789)) }
        XCTAssertThrowsError(try o.structure(acronym: "NOPE")) {
            XCTAssertEqual($0 as? OntologyLookupError, .notFound(query: "NOPE", field: "acronym"))
        }
    }

    /// iblatlas' table spells nine acronyms in another case (e.g. `Mmme`); they
    /// still resolve, and a fold that hits two structures is reported, not guessed.
    func testCaseVariants() throws {
        let o = try allen()
        let mmme = try o.structure(acronym: "Mmme")
        XCTAssertEqual(mmme.structure.acronym, "MMme")
        XCTAssertEqual(mmme.structure.id, 732)
        XCTAssertEqual(mmme.kind, .acronymIgnoringCase)
        XCTAssertEqual(try o.structure(acronym: "MMme").kind, .acronym)
        // `CM` (Central medial nucleus of the thalamus) and `cm` (cranial nerves).
        XCTAssertEqual(try o.structure(acronym: "cm").structure.id, 967)
        XCTAssertEqual(try o.structure(acronym: "CM").structure.id, 599)
        XCTAssertThrowsError(try o.structure(acronym: "Cm")) {
            XCTAssertEqual($0 as? OntologyLookupError, .ambiguous(query: "Cm", field: "acronym", candidates: [599, 967]))
        }
        XCTAssertEqual(Set(o.structures(acronymIgnoringCase: "ipf").map(\.id)), [49, 624])
    }

    func testFoldingIgnoresCaseAccentsAndRepeatedSpaces() {
        XCTAssertEqual(Ontology.fold("Nucleus raphÈ  magnus "), Ontology.fold("nucleus raphe magnus"))
        XCTAssertNotEqual(Ontology.fold("Nucleus raphe magnus"), Ontology.fold("Nucleus raphe obscurus"))
    }

    func testAncestorsDescendantsAndWithin() throws {
        let o = try allen()
        XCTAssertEqual(try o.ancestors(of: 320).map(\.acronym), ["MOp", "MO", "Isocortex", "CTXpl", "CTX", "CH", "grey", "root"])
        XCTAssertEqual(try o.depth(of: 320), 8)
        XCTAssertEqual(try o.parent(of: 320)?.acronym, "MOp")
        XCTAssertNil(try o.parent(of: 997))
        XCTAssertTrue(try o.isWithin(320, 315))
        XCTAssertTrue(try o.isWithin(320, 997))
        XCTAssertTrue(try o.isWithin(320, 320))
        XCTAssertFalse(try o.isWithin(315, 320))
        XCTAssertFalse(try o.isWithin(382, 315))  // CA1 is not isocortex
        XCTAssertTrue(try o.descendants(of: 315).contains { $0.id == 320 })
        XCTAssertFalse(try o.descendants(of: 320).contains { $0.id == 320 })
        XCTAssertThrowsError(try o.isWithin(320, -1)) { XCTAssertEqual($0 as? OntologyLookupError, .unknownID(-1)) }
    }

    func testLowestCommonAncestor() throws {
        let o = try allen()
        XCTAssertEqual(try o.lowestCommonAncestor(320, 656)?.acronym, "MO")        // MOp1, MOs1
        XCTAssertEqual(try o.lowestCommonAncestor(320, 382)?.acronym, "CTXpl")     // MOp1, CA1
        XCTAssertEqual(try o.lowestCommonAncestor(320, 1043)?.acronym, "root")     // MOp1, tspc
        XCTAssertEqual(try o.lowestCommonAncestor(320, 315)?.acronym, "Isocortex") // an ancestor of the other
        XCTAssertEqual(try o.lowestCommonAncestor(320, 320)?.acronym, "MOp1")
        XCTAssertEqual(try o.lowestCommonAncestor(656, 320)?.acronym, "MO")        // symmetric
    }

    func testColours() throws {
        let o = try allen()
        XCTAssertEqual(try o.structure(id: 320).color, RGBColor(red: 0x1F, green: 0x9D, blue: 0x5A))
        XCTAssertEqual(try o.structure(id: 385).color?.hexTriplet, "08858C")
        XCTAssertEqual(try o.structure(id: 997).color, RGBColor(hexTriplet: "#FFFFFF"))
        XCTAssertNil(RGBColor(hexTriplet: "12345"))
        XCTAssertNil(RGBColor(hexTriplet: "GG0000"))
    }

    /// The nested graph gives the same ontology as the table, and its id-0
    /// `universe` becomes the background.
    func testStructureGraphAgreesWithTable() throws {
        let table = try allen()
        let graph = try AllenStructureGraphJSON.load(contentsOf: OntologyFixtures.atlasFile("allen-ccf-2017/structure_graph.json"))
        XCTAssertEqual(graph.count, 1327)
        XCTAssertEqual(graph.background, Ontology.Background(value: 0, name: "universe"))
        XCTAssertEqual(Set(graph.structures), Set(table.structures))
        XCTAssertEqual(try graph.ancestors(of: 320).map(\.id), try table.ancestors(of: 320).map(\.id))
    }
}
