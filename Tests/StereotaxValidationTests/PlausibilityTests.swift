import StereotaxAtlas
import StereotaxCoordinates
import StereotaxJSON
import StereotaxRecords
import StereotaxValidation
import XCTest

/// `plausibility.*` and `region.*` on the real Allen atlas (ibl-allen preset).
final class PlausibilityTests: XCTestCase {
    private func validator(taxonomy: BrainRegionTaxonomy? = nil, fixing: Bool = false) throws -> RecordValidator {
        RecordValidator(taxonomy: taxonomy, locator: try Fixture.locator(), appliesFixes: fixing)
    }

    private func location(ap: Double, ml: Double, dv: Double) throws -> TargetLocation {
        try Fixture.locator().locate(.stereotaxicBregmaAbsolute(BregmaAbsoluteCoordinates(
            apCoordinate: .mm(ap), mlCoordinate: .mm(ml), dvCoordinate: .mm(dv))))
    }

    private func plausibilityCodes(_ report: RecordReport) -> [FindingCode] {
        report.codes.filter { if case .plausibility = $0 { return true } else { return false } }
    }

    func testATargetInTheBrainOnItsDeclaredSideDrawsNothing() throws {
        let placed = try location(ap: -2.0, ml: 1.5, dv: 1.3)
        guard case .placed(let target, _, .structure(_, let hemisphere)) = placed else { return XCTFail("\(placed)") }
        XCTAssertEqual(target.millimetres, SIMD3(-2.0, 1.5, 1.3))
        XCTAssertEqual(hemisphere, .right, "ML +1.5 mm is the animal's right")
        let report = Fixture.report(Fixture.procedure(), validator: try validator())
        XCTAssertEqual(report.findings, [])
        XCTAssertEqual(report.verdict, .ok)
    }

    func testNegativeDVIsASignSlipWhenItsNegationLandsInTheBrain() throws {
        let report = Fixture.report(Fixture.procedure(dv: -1.3), validator: try validator(fixing: true))
        XCTAssertTrue(report.codes.contains(.schema(.dvSign)))
        let slip = try XCTUnwrap(report.findings(.plausibility(.dvSign)).first)
        XCTAssertEqual(slip.severity, .error)
        XCTAssertEqual(slip.path, "$.coordinates_details.dvCoordinate")
        XCTAssertEqual(slip.suggestedFix?.replacement, Fixture.number(1.3))
        XCTAssertTrue(slip.fixIsSafe)
        XCTAssertFalse(plausibilityCodes(report).contains(.plausibility(.outsideSkull)))
        XCTAssertEqual(report.appliedFixes.map(\.path), ["$.coordinates_details.dvCoordinate"])
        let fixed = try JSONValue.parse(try XCTUnwrap(report.outputBytes))
        XCTAssertEqual(fixed, Fixture.procedure(dv: 1.3))
    }

    func testMicrometresAsMillimetresIsAUnitSlipWithTheValueDividedBy1000() throws {
        let report = Fixture.report(Fixture.procedure(dv: 1312.4), validator: try validator())
        let slip = try XCTUnwrap(report.findings(.plausibility(.unitSlip)).first)
        XCTAssertEqual(slip.path, "$.coordinates_details.dvCoordinate")
        XCTAssertEqual(slip.suggestedFix?.replacement, Fixture.number(1.3124), "the decimal point moves; no rounding error")
        XCTAssertTrue(slip.fixIsSafe)
        XCTAssertTrue(report.codes.contains(.schema(.unit)), "the schema check sees the size too")
    }

    func testOutsideTheVolumeIsOutsideTheSkull() throws {
        // 8 mm anterior of bregma: in front of the CCF volume (bregma at CCF AP 5.4 mm).
        guard case .placed(_, _, .outside) = try location(ap: 8, ml: 1.5, dv: 1.3) else { return XCTFail("premise") }
        let report = Fixture.report(Fixture.procedure(ap: 8), validator: try validator())
        XCTAssertEqual(plausibilityCodes(report), [.plausibility(.outsideSkull)])
        XCTAssertEqual(report.verdict, .error)
    }

    func testInsideTheVolumeButInNoStructureIsOutsideTheBrain() throws {
        // CCF (1, 0.1, 1) mm: the volume's front-top-left corner, in front of the bulb.
        let ccf = Coordinates.ccfXYZAbsolute(CCFXYZAbsoluteCoordinates(x: .mm(1), y: .mm(0.1), z: .mm(1)))
        guard case .placed(_, _, .unlabelled) = try Fixture.locator().locate(ccf) else { return XCTFail("premise") }
        let record = Fixture.procedure(notes: "", extra: ["coordinates_system": "CCF_XYZ_Absolute", "coordinates_details": ["x": 1.0, "y": 0.1, "z": 1.0]])
        let report = Fixture.report(record, validator: try validator())
        XCTAssertEqual(plausibilityCodes(report), [.plausibility(.outsideBrain)])
        XCTAssertEqual(report.verdict, .error)
    }

    func testHugeCoordinatesThatNoSingleDivisionRescuesAreAbsurd() throws {
        let report = Fixture.report(Fixture.procedure(ap: 900, ml: 800), validator: try validator())
        XCTAssertEqual(plausibilityCodes(report), [.plausibility(.absurdMagnitude)])
        XCTAssertNil(report.findings(.plausibility(.absurdMagnitude))[0].suggestedFix)
    }

    func testNotesNamingTheOtherHemisphereAreContralateralWithAFixForReview() throws {
        let report = Fixture.report(Fixture.procedure(notes: "Left CA1, vertical"), validator: try validator(fixing: true))
        let finding = try XCTUnwrap(report.findings(.plausibility(.contralateral)).first)
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertEqual(finding.suggestedFix?.replacement, Fixture.number(-1.5))
        XCTAssertFalse(finding.fixIsSafe, "the notes may be the ones wrong")
        XCTAssertEqual(report.appliedFixes, [])
        XCTAssertTrue(Fixture.report(Fixture.procedure(notes: "left and right CA1"), validator: try validator()).findings.isEmpty)
        XCTAssertTrue(Fixture.report(Fixture.procedure(ml: -1.5, notes: "left CA1"), validator: try validator()).findings.isEmpty)
    }

    func testFrameCoordinatesWithoutCalibrationAreUnplaced() throws {
        let record = Fixture.procedure(extra: [
            "coordinates_system": "Stereotaxic_XYZ_Absolute",
            "coordinates_details": ["x": 51.5, "y": 18.0, "z": 11.3],
        ])
        let report = Fixture.report(record, validator: try validator())
        XCTAssertEqual(report.codes, [.plausibility(.unplaced)])
        XCTAssertEqual(report.verdict, .ok)
    }

    func testGeneratedSlipsAreFoundExactlyWhenUndoingThemLandsInTheBrain() throws {
        let validator = try validator()
        let generator = try ExportGenerator(seed: 5, faultRate: 1, format: .ndjson, faultKinds: [.dvSignFlip, .unitSlip, .contralateral])
        let (bytes, manifest) = generator.export(count: 120)
        let items = Fixture.items(String(decoding: bytes, as: UTF8.self), format: .ndjson)
        var slipsFound = 0
        for fault in manifest.faults {
            let item = items[fault.recordIndex]
            let report = validator.validate(item)
            let record = try XCTUnwrap(item.value)
            guard case .number(let written)? = record.value(at: fault.path) else { return XCTFail("no number at \(fault.path)") }
            switch fault.kind {
            case .dvSignFlip, .unitSlip:
                let original = fault.kind == .dvSignFlip ? -written.value : written.value / 1000
                let undone = validator.validate(Fixture.items(try record.replacing(fault.path, with: Fixture.number(original)).serialized())[0])
                let unplaced: [FindingCode] = [.plausibility(.outsideBrain), .plausibility(.outsideSkull), .plausibility(.unplaced), .plausibility(.absurdMagnitude)]
                let undoneLands = !plausibilityCodes(undone).contains(where: unplaced.contains)
                let code = FindingCode.plausibility(fault.kind == .dvSignFlip ? .dvSign : .unitSlip)
                if undoneLands {
                    let slip = try XCTUnwrap(report.findings(code).first, "record \(fault.recordIndex): \(report.codes)")
                    XCTAssertEqual(slip.path, fault.path)
                    XCTAssertEqual(try XCTUnwrap(slip.suggestedFix?.replacement.doubleValue), original, accuracy: 1e-12)
                    slipsFound += 1
                } else {
                    XCTAssertTrue(report.findings(code).isEmpty, "record \(fault.recordIndex): undoing does not help, so no slip")
                }
            case .contralateral:
                XCTAssertEqual(report.findings(.plausibility(.contralateral)).count, 1, "record \(fault.recordIndex): \(report.codes)")
            default:
                XCTFail("unexpected fault \(fault.kind)")
            }
        }
        XCTAssertGreaterThan(slipsFound, 40)
    }

    // MARK: Regions

    private let otherID = "3d4c5b6a-7980-4a1b-8c2d-3e4f5a6b7c8d"

    func testTheDeclaredRegionIsCheckedAgainstTheAtlas() throws {
        let locator = try Fixture.locator()
        let placed = try location(ap: -2.0, ml: 1.5, dv: 1.3)
        let hippocampus = try XCTUnwrap(locator.structureID(acronym: "HPF"))
        let cerebellum = try XCTUnwrap(locator.structureID(acronym: "CB"))
        let here = try XCTUnwrap(placed.structureID)
        XCTAssertTrue(locator.isStructure(here, within: hippocampus), locator.structureName(here))
        XCTAssertFalse(locator.isStructure(here, within: cerebellum))

        let taxonomy = Fixture.taxonomy([(Fixture.regionID, "HPF", "AIA"), (otherID, "CB", "AIA")])
        let inside = Fixture.report(Fixture.procedure(extra: ["brain_region": .string(Fixture.regionID)]), validator: try validator(taxonomy: taxonomy))
        XCTAssertEqual(inside.findings, [])
        let elsewhere = Fixture.report(Fixture.procedure(extra: ["brain_region": .string(otherID)]), validator: try validator(taxonomy: taxonomy))
        let mismatch = try XCTUnwrap(elsewhere.findings(.region(.mismatch)).first)
        XCTAssertEqual(mismatch.path, "$.brain_region")
        XCTAssertTrue(mismatch.message.contains("CB"), mismatch.message)
    }

    func testASignSlipIsJudgedAgainstTheDeclaredRegion() throws {
        let taxonomy = Fixture.taxonomy([(Fixture.regionID, "HPF", "AIA")])
        let report = Fixture.report(Fixture.procedure(dv: -1.3, extra: ["brain_region": .string(Fixture.regionID)]),
                                    validator: try validator(taxonomy: taxonomy))
        let slip = try XCTUnwrap(report.findings(.plausibility(.dvSign)).first)
        XCTAssertTrue(slip.message.contains("declared HPF"), slip.message)
    }

    func testUnknownAndUncheckableRegions() throws {
        let taxonomy = Fixture.taxonomy([(Fixture.regionID, "CA1", "PW1997"), (otherID, "NotAStructure", "AIA")])
        let validator = try validator(taxonomy: taxonomy)
        let unknown = Fixture.report(Fixture.procedure(extra: ["brain_region": "11111111-2222-4333-8444-555555555555"]), validator: validator)
        XCTAssertEqual(unknown.codes, [.region(.unknownRegion)])
        XCTAssertEqual(unknown.verdict, .warning)
        let rat = Fixture.report(Fixture.procedure(extra: ["brain_region": .string(Fixture.regionID)]), validator: validator)
        XCTAssertEqual(rat.codes, [.region(.notInAtlas)])
        let missing = Fixture.report(Fixture.procedure(extra: ["brain_region": .string(otherID)]), validator: validator)
        XCTAssertEqual(missing.codes, [.region(.notInAtlas)])
        XCTAssertEqual(missing.verdict, .ok)
    }
}
