import Foundation
import StereotaxAtlas
import StereotaxGeometry
import StereotaxPlanning
import StereotaxRecords
import XCTest

/// End to end: the generator's textbook mouse targets (Paxinos & Franklin style, from
/// bregma) resolved through the Allen atlas and checked against their own regions.
final class TextbookTargetTests: XCTestCase {
    /// Through the in-vivo preset `ibl-needles` every textbook target lands in its
    /// structure or within 0.3 mm of it; a wrong sign or axis would put most of them
    /// millimetres away, in other structures or outside the brain.
    func testTextbookTargetsLandInOrNextToTheirStructures() throws {
        let atlas = try PlanningTestAtlas.allen()
        let checker = try RegionChecker(atlas: atlas, taxonomy: BrainTarget.mouseTargetTaxonomy,
                                    options: RegionCheckOptions(nearestVoxelSearchRadius: .mm(1)))
        let resolver = try ProcedureResolver(catalogue: AtlasCatalogue(mouse: atlas), options: ResolutionOptions(allenPreset: .iblNeedles))
        var inside = 0
        for target in BrainTarget.mouseTargets {
            let record = try PlanningTestAtlas.record(
                system: "Stereotaxic_BregmaAbsolute",
                details: #"{"apCoordinate": \#(target.ap.millimetres), "mlCoordinate": \#(target.ml.millimetres), "dvCoordinate": \#(target.dv.millimetres)}"#,
                region: target.regionID.description)
            let resolved = try resolver.resolve(record, subject: PlanningTestAtlas.mouse())
            let result = checker.check(resolved, declaredRegionID: record.brainRegionID)
            switch result.outcome {
            case .match, .within: inside += 1
            case let .mismatch(_, .found(d)?): XCTAssertLessThan(d.millimetres, 0.3, target.acronym)
            default: XCTFail("\(target.acronym): \(result.outcome)")
            }
            // By acronym, or by name where Allen's acronym differs (lateral habenula is Allen's `LH`).
            let declared = try XCTUnwrap(result.declared?.structure, target.acronym)
            XCTAssertTrue(declared.acronym == target.acronym || declared.name.lowercased() == target.name.lowercased(),
                          "\(target.acronym) mapped to \(declared)")
        }
        XCTAssertGreaterThanOrEqual(inside, 10, "most textbook targets lie in their structure")
        // Mirrored to the left hemisphere, CA1 is CA1 there too (the labels are nearly symmetric)...
        let left = try PlanningTestAtlas.record(system: "Stereotaxic_BregmaAbsolute",
                                                details: #"{"apCoordinate": -2.0, "mlCoordinate": -1.5, "dvCoordinate": 1.3}"#,
                                                region: BrainTarget.mouseTargets[0].regionID.description)
        let resolvedLeft = try resolver.resolve(left, subject: PlanningTestAtlas.mouse())
        XCTAssertEqual(checker.check(resolvedLeft, declaredRegionID: left.brainRegionID).outcome, .match)
        // ...unless the plan said right: then the mirrored record is contralateral.
        guard case .contralateral = checker.check(resolvedLeft, declaredRegionID: left.brainRegionID, expectedHemisphere: .right).outcome
        else { return XCTFail("expected contralateral") }
    }
}
