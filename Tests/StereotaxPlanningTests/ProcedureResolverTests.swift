import Foundation
import StereotaxAtlas
import StereotaxFrames
import StereotaxGeometry
import StereotaxPlanning
import StereotaxRecords
import XCTest

final class ProcedureResolverTests: XCTestCase {
    private func resolver(_ options: ResolutionOptions = ResolutionOptions()) throws -> ProcedureResolver {
        try ProcedureResolver(catalogue: AtlasCatalogue(mouse: PlanningTestAtlas.allen()), options: options)
    }

    private func values(_ r: ResolvedProcedure, _ kind: ProvenanceStep.Kind) throws -> [String: ProvenanceStep.Value] {
        try XCTUnwrap(r.provenance.first { $0.kind == kind }, "no \(kind) step").values
    }

    func testBregmaAbsoluteLandsAtThePresetsCCFPoint() throws {
        let record = try PlanningTestAtlas.record(system: "Stereotaxic_BregmaAbsolute",
                                                  details: #"{"apCoordinate": -2.0, "mlCoordinate": 1.5, "dvCoordinate": 3.0}"#)
        let r = try resolver().resolve(record, subject: PlanningTestAtlas.mouse())
        // ibl-allen: CCF = bregma(5.4, 0.332, 5.739) + (−AP, DV, ML).
        let ccf = try XCTUnwrap(r.ccfTarget).millimetres
        XCTAssertEqual(ccf.x, 7.4, accuracy: 1e-12)
        XCTAssertEqual(ccf.y, 3.332, accuracy: 1e-12)
        XCTAssertEqual(ccf.z, 7.239, accuracy: 1e-12)
        XCTAssertEqual(r.volume.target.millimetres, ccf)
        XCTAssertNil(r.waxholmTarget)
        XCTAssertEqual(r.atlasID, "allen-ccf-2017-25um")
        XCTAssertEqual(r.species, .mouse)
        XCTAssertFalse(r.landmarksMeasured)
        // Vertical: straight down in both frames.
        XCTAssertEqual(r.skull.direction.millimetres, SIMD3(0, 0, 1))
        XCTAssertEqual(r.volume.direction.millimetres, SIMD3(0, 1, 0))
        // Every step is named, in order.
        XCTAssertEqual(r.provenance.map(\.kind), [.record, .coordinateEncoding, .species, .atlas, .landmarks, .preset, .scaling,
                                                  .angleOrder, .conversion, .surface, .atlasMapping])
        XCTAssertEqual(try values(r, .preset)["preset"], .text("ibl-allen"))
        XCTAssertEqual(try values(r, .coordinateEncoding)["schemaVersion"], .text("0.0.0"))
        XCTAssertEqual(try values(r, .landmarks)["lambdaAPMillimetres"], .number(-4.2))
        XCTAssertEqual(try values(r, .landmarks)["measured"], .flag(false))
        XCTAssertEqual(try values(r, .scaling)["factor"], .number(1))
        XCTAssertEqual(try values(r, .angleOrder)["order"], .text("apThenML"))
        XCTAssertEqual(try values(r, .atlasMapping)["targetAPMillimetres"], .number(ccf.x))
        XCTAssertEqual(try values(r, .species)["from"], .text("species"))

        // Machine-readable: each step encodes as {kind, summary, values} with JSON scalars.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let landmarks = try XCTUnwrap(r.provenance.first { $0.kind == .landmarks })
        let json = try XCTUnwrap(String(data: encoder.encode(landmarks), encoding: .utf8))
        XCTAssertTrue(json.hasPrefix(#"{"kind":"landmarks","summary":"lambda 4.2 mm posterior of bregma"#), json)
        XCTAssertTrue(json.contains(#""lambdaAPMillimetres":-4.2"#), json)
        XCTAssertTrue(json.contains(#""measured":false"#), json)
    }

    func testVerticalEntryIsTheSurfaceAboveTheTarget() throws {
        let atlas = try PlanningTestAtlas.allen()
        let record = try PlanningTestAtlas.record(system: "Stereotaxic_BregmaAbsolute",
                                                  details: #"{"apCoordinate": -2.0, "mlCoordinate": 1.5, "dvCoordinate": 3.0}"#)
        let r = try resolver().resolve(record, subject: PlanningTestAtlas.mouse())
        let entry = try XCTUnwrap(r.skull.entry)
        XCTAssertEqual(entry.ap.millimetres, -2.0, accuracy: 1e-9)
        XCTAssertEqual(entry.ml.millimetres, 1.5, accuracy: 1e-9)
        // The first labelled voxel of the target's column (AP index 296, ML index 290), entered through its top face.
        let column = try XCTUnwrap(atlas.volume.nearestVoxel(toMillimetres: r.volume.target.millimetres))
        XCTAssertEqual(column, SIMD3(296, 133, 290))
        let j = try XCTUnwrap((0..<320).first { atlas.volume.labelIndex(atVoxel: SIMD3(296, $0, 290)) != 0 })
        XCTAssertEqual(entry.dv.millimetres, (Double(j) - 0.5) * 0.025 - 0.332, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(r.skull.depth).millimetres, 3.0 - entry.dv.millimetres, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(r.volume.depth).millimetres, 3.0 - entry.dv.millimetres, accuracy: 1e-9)
        XCTAssertEqual(try values(r, .surface)["entrySource"], .text("atlas surface"))
    }

    func testAPAngleTiltsTheShaftPosteriorInBothFrames() throws {
        let record = try PlanningTestAtlas.record(system: "Stereotaxic_BregmaAbsolute",
                                                  details: #"{"apCoordinate": -2.0, "mlCoordinate": 1.5, "dvCoordinate": 3.0, "apAngle": 20, "mlAngle": 0}"#)
        let r = try resolver().resolve(record, subject: PlanningTestAtlas.mouse())
        let a = 20.0 * .pi / 180
        let skull = r.skull.direction.millimetres
        XCTAssertEqual(skull.x, -sin(a), accuracy: 1e-12)   // tip moves posterior
        XCTAssertEqual(skull.y, 0, accuracy: 1e-12)
        XCTAssertEqual(skull.z, cos(a), accuracy: 1e-12)
        let ccf = r.volume.direction.millimetres            // CCF: AP posterior+, DV ventral+, ML right+
        XCTAssertEqual(ccf.x, sin(a), accuracy: 1e-12)
        XCTAssertEqual(ccf.y, cos(a), accuracy: 1e-12)
        XCTAssertEqual(ccf.z, 0, accuracy: 1e-12)
        // The entry lies up the shaft: anterior and dorsal of the target, on the line.
        let entry = try XCTUnwrap(r.skull.entry)
        let depth = try XCTUnwrap(r.skull.depth).millimetres
        XCTAssertGreaterThan(depth, 0)
        let back = r.skull.target.millimetres - skull * depth
        XCTAssertEqual(entry.millimetres.x, back.x, accuracy: 1e-9)
        XCTAssertEqual(entry.millimetres.z, back.z, accuracy: 1e-9)
        XCTAssertEqual(try values(r, .angleOrder)["anglesGiven"], .flag(true))
    }

    func testMeasuredLambdaScalesTheAtlas() throws {
        let landmarks = SkullLandmarks(lambda: .measured(Point3(ap: .mm(-4.62), ml: .zero, dv: .zero)))
        let options = ResolutionOptions(landmarksBySubject: [PlanningTestAtlas.mouseID: landmarks], scaling: .anteroposterior)
        let record = try PlanningTestAtlas.record(system: "Stereotaxic_BregmaAbsolute",
                                                  details: #"{"apCoordinate": -2.2, "mlCoordinate": 1.5, "dvCoordinate": 3.0}"#)
        let r = try resolver(options).resolve(record, subject: PlanningTestAtlas.mouse())
        // 4.62 / 4.2 = 1.1: 2.2 mm behind bregma in this animal is 2.0 mm in the atlas.
        XCTAssertEqual(try XCTUnwrap(r.ccfTarget).millimetres.x, 7.4, accuracy: 1e-12)
        XCTAssertTrue(r.landmarksMeasured)
        guard case let .number(factor)? = try values(r, .scaling)["factor"] else { return XCTFail("no factor") }
        XCTAssertEqual(factor, 1.1, accuracy: 1e-12)
        XCTAssertEqual(try values(r, .landmarks)["lambdaAPMillimetres"], .number(-4.62))
        XCTAssertTrue(r.transform.choices.contains { $0.contains("bregma-lambda scaling") })

        // Without the option the same landmarks leave the atlas unscaled.
        let plain = try resolver(ResolutionOptions(landmarksBySubject: [PlanningTestAtlas.mouseID: landmarks]))
            .resolve(record, subject: PlanningTestAtlas.mouse())
        XCTAssertEqual(try XCTUnwrap(plain.ccfTarget).millimetres.x, 7.6, accuracy: 1e-12)
    }

    func testLambdaRelativeRecordUsesTheSubjectsLambda() throws {
        let landmarks = SkullLandmarks(lambda: .measured(Point3(ap: .mm(-4.0), ml: .mm(0.1), dv: .mm(0.2))))
        let options = ResolutionOptions(landmarksBySubject: [PlanningTestAtlas.mouseID: landmarks])
        let record = try PlanningTestAtlas.record(system: "Stereotaxic_LambdaAbsolute",
                                                  details: #"{"apCoordinate": 1.0, "mlCoordinate": 1.0, "dvCoordinate": 2.0}"#)
        let r = try resolver(options).resolve(record, subject: PlanningTestAtlas.mouse())
        XCTAssertEqual(r.skull.target.ap.millimetres, -3.0, accuracy: 1e-12)
        XCTAssertEqual(r.skull.target.ml.millimetres, 1.1, accuracy: 1e-12)
        XCTAssertEqual(r.skull.target.dv.millimetres, 2.2, accuracy: 1e-12)
    }

    func testSchema110InMicrometresGivesTheSameTarget() throws {
        let record = try PlanningTestAtlas.record(
            system: "Stereotaxic_BregmaAbsolute",
            details: #"{"apCoordinate": {"value": -2000, "unit": "µm"}, "mlCoordinate": {"value": 1.5, "unit": "mm"}, "dvCoordinate": {"value": 3000, "unit": "µm"}}"#,
            version: "1.1.0")
        let r = try resolver().resolve(record, subject: PlanningTestAtlas.mouse())
        let ccf = try XCTUnwrap(r.ccfTarget).millimetres
        XCTAssertEqual(ccf.x, 7.4, accuracy: 1e-12)
        XCTAssertEqual(ccf.y, 3.332, accuracy: 1e-12)
        XCTAssertEqual(try values(r, .coordinateEncoding)["schemaVersion"], .text("1.1.0"))
    }

    func testBrainSurfaceRecordKeepsItsDepth() throws {
        let record = try PlanningTestAtlas.record(system: "Stereotaxic_BregmaBrainSurface",
                                                  details: #"{"apCoordinate": -2.0, "mlCoordinate": 1.5, "depth": 1.25}"#)
        let r = try resolver().resolve(record, subject: PlanningTestAtlas.mouse())
        let entry = try XCTUnwrap(r.skull.entry)
        XCTAssertEqual(try XCTUnwrap(r.skull.depth).millimetres, 1.25, accuracy: 1e-12)
        XCTAssertEqual(r.skull.target.dv.millimetres, entry.dv.millimetres + 1.25, accuracy: 1e-9)
        XCTAssertEqual(try values(r, .surface)["entrySource"], .text("record"))
    }

    func testCCFRecordMapsBackToItself() throws {
        let record = try PlanningTestAtlas.record(system: "CCF_XYZ_Absolute", details: #"{"x": 7.1, "y": 4.2, "z": 3.3}"#)
        let r = try resolver().resolve(record, subject: PlanningTestAtlas.mouse())
        let ccf = try XCTUnwrap(r.ccfTarget).millimetres
        XCTAssertEqual(ccf.x, 7.1, accuracy: 1e-12)
        XCTAssertEqual(ccf.y, 4.2, accuracy: 1e-12)
        XCTAssertEqual(ccf.z, 3.3, accuracy: 1e-12)
    }

    func testAnotherPresetMovesTheTargetAndIsNamed() throws {
        let record = try PlanningTestAtlas.record(system: "Stereotaxic_BregmaAbsolute",
                                                  details: #"{"apCoordinate": -2.0, "mlCoordinate": 1.5, "dvCoordinate": 3.0}"#)
        let r = try resolver(ResolutionOptions(allenPreset: .iblNeedles)).resolve(record, subject: PlanningTestAtlas.mouse())
        // Needles: AP ×1.087 and DV ×0.952 stereotaxic per CCF mm, same bregma.
        let ccf = try XCTUnwrap(r.ccfTarget).millimetres
        XCTAssertEqual(ccf.x, 5.4 + 2.0 / 1.087, accuracy: 1e-9)
        XCTAssertEqual(ccf.y, 0.332 + 3.0 / 0.952, accuracy: 1e-9)
        XCTAssertEqual(ccf.z, 5.739 + 1.5, accuracy: 1e-9)
        XCTAssertEqual(try values(r, .preset)["preset"], .text("ibl-needles"))
        XCTAssertTrue(try XCTUnwrap(r.provenance.first { $0.kind == .surface }).summary.contains("ibl-needles"))
    }

    func testCatalogueOpensTheSpeciesAtlasThroughTheChosenPreset() throws {
        XCTAssertEqual(AtlasCatalogue.atlasID(for: .mouse), "allen-ccf-2017-25um")
        XCTAssertEqual(AtlasCatalogue.atlasID(for: .rat), "whs-rat-v4-39um")
        let catalogue = try AtlasCatalogue.open(species: [.mouse], allenPreset: .iblNeedles)
        XCTAssertEqual(catalogue.atlas(for: .mouse)?.transform, .allen(.iblNeedles))
        XCTAssertEqual(catalogue.mouse?.manifest.id, "allen-ccf-2017-25um")
        XCTAssertNil(catalogue.atlas(for: .rat))
    }

    func testUnknownSpeciesIsReported() throws {
        let fish = try Subject(parsing: #"{"id": "\#(PlanningTestAtlas.mouseID)", "strain": "AB wild type", "species": "Danio rerio"}"#)
        let record = try PlanningTestAtlas.record(system: "Stereotaxic_BregmaAbsolute",
                                                  details: #"{"apCoordinate": -2.0, "mlCoordinate": 1.5, "dvCoordinate": 3.0}"#)
        XCTAssertThrowsError(try resolver().resolve(record, subject: fish)) { error in
            XCTAssertEqual(error as? ResolutionError, .unknownSpecies(procedure: "11111111-2222-4333-8444-555555555555",
                                                                     subject: PlanningTestAtlas.mouseID, species: "Danio rerio",
                                                                     strain: "AB wild type"))
        }
    }

    func testRatWithoutItsAtlasIsReported() throws {
        let record = try PlanningTestAtlas.record(system: "Stereotaxic_BregmaAbsolute",
                                                  details: #"{"apCoordinate": -3.0, "mlCoordinate": 2.0, "dvCoordinate": 3.0}"#,
                                                  subject: PlanningTestAtlas.ratID)
        XCTAssertThrowsError(try resolver().resolve(record, subject: PlanningTestAtlas.rat())) { error in
            XCTAssertEqual(error as? ResolutionError, .noAtlas(procedure: "11111111-2222-4333-8444-555555555555",
                                                              species: "rat", atlasID: "whs-rat-v4-39um"))
        }
    }

    func testMissingOrMismatchedSubjectAndBadCoordinatesAreErrors() throws {
        let record = try PlanningTestAtlas.record(system: "Stereotaxic_BregmaAbsolute",
                                                  details: #"{"apCoordinate": -2.0, "mlCoordinate": 1.5, "dvCoordinate": 3.0}"#)
        XCTAssertThrowsError(try resolver().resolve(record, subject: nil)) { error in
            XCTAssertEqual(error as? ResolutionError, .missingSubject(procedure: record.id, subject: PlanningTestAtlas.mouseID))
        }
        XCTAssertThrowsError(try resolver().resolve(record, subject: PlanningTestAtlas.rat())) { error in
            XCTAssertEqual(error as? ResolutionError, .subjectMismatch(procedure: record.id, expected: PlanningTestAtlas.mouseID,
                                                                      given: PlanningTestAtlas.ratID))
        }
        let broken = try PlanningTestAtlas.record(system: "Stereotaxic_BregmaAbsolute",
                                                  details: #"{"apCoordinate": "left", "mlCoordinate": 1.5, "dvCoordinate": 3.0}"#)
        XCTAssertThrowsError(try resolver().resolve(broken, subject: PlanningTestAtlas.mouse())) { error in
            guard case let .coordinatesNotDecoded(_, issues)? = error as? ResolutionError else { return XCTFail("\(error)") }
            XCTAssertTrue(issues.contains { $0.path.contains("apCoordinate") }, "\(issues)")
        }
        let partial = try PlanningTestAtlas.record(system: "Stereotaxic_BregmaAbsolute", details: #"{"apCoordinate": -2.0}"#)
        XCTAssertThrowsError(try resolver().resolve(partial, subject: PlanningTestAtlas.mouse())) { error in
            guard case .conversion? = error as? ResolutionError else { return XCTFail("\(error)") }
        }
    }
}
