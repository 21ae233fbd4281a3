import Foundation
import StereotaxAtlas
import StereotaxGeometry
import StereotaxPlanning
import StereotaxRecords
import StereotaxTestSupport
import XCTest

/// Resolution and region checks for a rat, in the real Waxholm v4 atlas.
final class RatPlanningTests: XCTestCase {
    func testRatProcedureResolvesIntoWaxholmSpace() throws {
        let rat = try PlanningTestAtlas.waxholm()
        let record = try PlanningTestAtlas.record(system: "Stereotaxic_BregmaAbsolute",
                                                  details: #"{"apCoordinate": -3.0, "mlCoordinate": 2.0, "dvCoordinate": 3.0}"#,
                                                  subject: PlanningTestAtlas.ratID)
        let r = try ProcedureResolver(catalogue: AtlasCatalogue(rat: rat)).resolve(record, subject: PlanningTestAtlas.rat())
        XCTAssertEqual(r.species, .rat)
        XCTAssertEqual(r.atlasID, "whs-rat-v4-39um")
        XCTAssertNil(r.ccfTarget)
        // HERBS bregma voxel (246, 653, 440); Waxholm axes (ML right+, AP anterior+, DV dorsal+).
        let bregma = Point3<Frame.Waxholm>.waxholmV4Voxel(246, 653, 440).millimetres
        let t = try XCTUnwrap(r.waxholmTarget).millimetres
        XCTAssertEqual(t.x, bregma.x + 2.0, accuracy: 1e-12)
        XCTAssertEqual(t.y, bregma.y - 3.0, accuracy: 1e-12)
        XCTAssertEqual(t.z, bregma.z - 3.0, accuracy: 1e-12)
        XCTAssertEqual(r.volume.direction.millimetres, SIMD3(0, 0, -1))
        XCTAssertEqual(try XCTUnwrap(r.provenance.first { $0.kind == .landmarks }).values["lambdaAPMillimetres"], .number(-9.0))
        XCTAssertEqual(try XCTUnwrap(r.provenance.first { $0.kind == .preset }).values["preset"], .text("herbs-whs"))
        let entry = try XCTUnwrap(r.skull.entry)
        XCTAssertGreaterThan(entry.dv.millimetres, 0)
        XCTAssertLessThan(entry.dv.millimetres, 3.0)
    }

    /// A voxel whose label differs from that of its mirror across the Waxholm midline (ML index 244).
    private func asymmetricVoxel(_ rat: LoadedAtlas) throws -> (voxel: SIMD3<Int>, here: Int, mirror: Int) {
        let v = rat.volume
        for k in stride(from: 200, to: 400, by: 7) {
            for j in stride(from: 400, to: 800, by: 7) {
                for i in stride(from: 260, to: 330, by: 3) {
                    guard let here = v.label(atVoxel: SIMD3(i, j, k)), here != 0,
                          let there = v.label(atVoxel: SIMD3(488 - i, j, k)), there != 0, there != here,
                          rat.ontology[id: here] != nil, rat.ontology[id: there] != nil else { continue }
                    return (SIMD3(i, j, k), here, there)
                }
            }
        }
        throw TestExpectationFailure("no asymmetric voxel found")
    }

    func testWaxholmNamesMapAndMirrorsAreContralateral() throws {
        let rat = try PlanningTestAtlas.waxholm()
        let (voxel, here, mirror) = try asymmetricVoxel(rat)
        let hereName = try XCTUnwrap(rat.ontology[id: here]).name
        let mirrorName = try XCTUnwrap(rat.ontology[id: mirror]).name
        let taxonomy = BrainRegionTaxonomy(regions: try [
            BrainRegion(parsing: #"{"id": "r-here", "name": "\#(hereName.lowercased())", "atlas": "PW1997"}"#),
            BrainRegion(parsing: #"{"id": "r-mirror", "name": "\#(mirrorName)", "atlas": "PW1997"}"#),
            BrainRegion(parsing: #"{"id": "r-paxinos", "acronym": "CA1", "name": "Field CA1 of the hippocampus", "atlas": "PW1997"}"#),
            BrainRegion(parsing: #"{"id": "r-mouse", "acronym": "CA1", "name": "Field CA1", "atlas": "AIA"}"#),
        ])
        let checker = RegionChecker(atlas: rat, taxonomy: taxonomy)
        let target = Point3<Frame.AtlasVolume>(millimetres: rat.volume.centreMillimetres(ofVoxel: voxel))
        XCTAssertEqual(checker.check(target, declaredRegionID: "r-here").outcome, .match)
        XCTAssertEqual(checker.check(target, declaredRegionID: "r-mirror").outcome, .contralateral(foundID: here))
        XCTAssertEqual(checker.check(target, declaredRegionID: "r-paxinos").outcome, .notCheckable(.noWaxholmStructure(
            regionID: "r-paxinos", code: "PW1997", name: "Field CA1 of the hippocampus")))
        XCTAssertEqual(checker.check(target, declaredRegionID: "r-mouse").outcome, .notCheckable(.otherSpecies(
            regionID: "r-mouse", code: "AIA", codeSpecies: "mouse", atlasID: "whs-rat-v4-39um")))
        guard case let .mapped(d) = checker.declaredRegion(id: "r-here") else { return XCTFail("not mapped") }
        XCTAssertTrue(d.mappedBy.contains("Waxholm"), d.mappedBy)
    }
}
