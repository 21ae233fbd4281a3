import Foundation
import StereotaxAtlas
import StereotaxGeometry
import StereotaxPlanning
import StereotaxRecords
import StereotaxTestSupport
import XCTest

/// Region checks on the real Allen atlas, with targets sampled from its own voxels.
final class RegionCheckTests: XCTestCase {
    /// Taxonomy entries: Allen (AIA), Franklin–Paxinos (PF2001) and rat (PW1997) ones.
    static let entries: [(id: String, acronym: String, name: String, atlas: String)] = [
        ("00000000-0000-4000-8000-000000000001", "CA1", "Field CA1", "AIA"),
        ("00000000-0000-4000-8000-000000000002", "VTA", "Ventral tegmental area", "AIA"),
        ("00000000-0000-4000-8000-000000000003", "MOp5", "Primary motor area, Layer 5", "AIA"),
        ("00000000-0000-4000-8000-000000000004", "MOp", "Primary motor area", "AIA"),
        ("00000000-0000-4000-8000-000000000005", "DG", "Dentate gyrus", "AIA"),
        ("00000000-0000-4000-8000-000000000006", "M1", "Primary motor cortex", "PF2001"),
        ("00000000-0000-4000-8000-000000000007", "VTA", "Ventral tegmental area", "PF2001"),
        ("00000000-0000-4000-8000-000000000008", "CA1", "Field CA1 of the hippocampus", "PW1997"),
        ("00000000-0000-4000-8000-000000000009", "XYZ", "Not a structure", "AIA"),
        ("00000000-0000-4000-8000-00000000000a", "CA1", "Field CA1", "ZZ9"),
        ("00000000-0000-4000-8000-00000000000b", "CA1sp", "Field CA1, pyramidal layer", "AIA"),
        ("00000000-0000-4000-8000-00000000000c", "Py", "Field CA1 of the hippocampus- pyramidal layer of the hippocampus", "PF2001"),
    ]

    static func taxonomy() throws -> BrainRegionTaxonomy {
        BrainRegionTaxonomy(regions: try entries.map { e in
            try BrainRegion(parsing: #"{"id": "\#(e.id)", "acronym": "\#(e.acronym)", "name": "\#(e.name)", "atlas": "\#(e.atlas)"}"#)
        })
    }

    static func id(_ acronym: String, _ atlas: String = "AIA") -> String {
        entries.first { $0.acronym == acronym && $0.atlas == atlas }!.id
    }

    nonisolated(unsafe) private static var checkerResult: Result<RegionChecker, Error>?

    private func checker(_ options: RegionCheckOptions = .outcomeOnly) throws -> RegionChecker {
        if Self.checkerResult == nil {
            Self.checkerResult = Result {
                let atlas = try PlanningTestAtlas.allen()
                return RegionChecker(atlas: atlas, taxonomy: try Self.taxonomy(), franklinPaxinos: try atlas.franklinPaxinosMapping())
            }
        }
        let base = try Self.checkerResult!.get()
        return options == .outcomeOnly ? base : try RegionChecker(atlas: base.atlas, taxonomy: try Self.taxonomy(),
                                                              franklinPaxinos: try base.atlas.franklinPaxinosMapping(), options: options)
    }

    /// A right-hemisphere voxel labelled `acronym` whose 3×3×3 neighbourhood carries the same label.
    private func voxel(of acronym: String) throws -> SIMD3<Int> {
        let atlas = try PlanningTestAtlas.allen()
        let id = try atlas.ontology.structure(acronym: acronym).structure.id
        let v = atlas.volume
        for k in stride(from: 240, to: v.sizes.z - 1, by: 2) {
            for j in stride(from: 1, to: v.sizes.y - 1, by: 2) {
                for i in stride(from: 1, to: v.sizes.x - 1, by: 2) where v.label(atVoxel: SIMD3(i, j, k)) == id {
                    let core = (-1...1).allSatisfy { dk in (-1...1).allSatisfy { dj in (-1...1).allSatisfy { di in
                        v.label(atVoxel: SIMD3(i + di, j + dj, k + dk)) == id } } }
                    if core { return SIMD3(i, j, k) }
                }
            }
        }
        throw TestExpectationFailure("no interior voxel of \(acronym)")
    }

    private func centre(_ v: SIMD3<Int>) throws -> Point3<Frame.AtlasVolume> {
        Point3(millimetres: try PlanningTestAtlas.allen().volume.centreMillimetres(ofVoxel: v))
    }

    func testTargetsInRealStructuresMatch() throws {
        let c = try checker()
        for acronym in ["CA1", "VTA", "MOp5"] {
            let result = c.check(try centre(voxel(of: acronym)), declaredRegionID: Self.id(acronym))
            XCTAssertEqual(result.outcome, .match, acronym)
            XCTAssertEqual(result.declared?.structure.acronym, acronym)
            XCTAssertEqual(result.foundID, result.declared?.structure.id)
        }
    }

    func testParentDeclaredGivesWithin() throws {
        let c = try checker()
        let mop5 = try PlanningTestAtlas.allen().ontology.structure(acronym: "MOp5").structure.id
        let result = c.check(try centre(voxel(of: "MOp5")), declaredRegionID: Self.id("MOp"))
        XCTAssertEqual(result.outcome, .within(foundID: mop5))
        XCTAssertEqual(result.declared?.structure.acronym, "MOp")
    }

    func testWrongRegionIsAMismatchWithThePlainDistance() throws {
        let c = try checker(RegionCheckOptions(nearestVoxelSearchRadius: .mm(1.5)))
        let atlas = c.atlas
        let target = try voxel(of: "CA1")
        let ca1 = try atlas.ontology.structure(acronym: "CA1").structure.id
        let result = c.check(try centre(target), declaredRegionID: Self.id("DG"))
        guard case let .mismatch(found, distance?) = result.outcome, case let .found(d) = distance else {
            return XCTFail("expected a mismatch with a distance, got \(result.outcome)")
        }
        XCTAssertEqual(found, ca1)
        // Brute force over a box: the nearest DG voxel box (DG or its labelled layers) from the target's centre.
        // A box a little larger than the distance found holds every closer voxel.
        let dg = try atlas.ontology.structure(acronym: "DG").structure.id
        let inDG = Set(try atlas.volume.labelValues.filter { try $0 != 0 && atlas.ontology.isWithin($0, dg) })
        let s = 0.025, r = Int(d.millimetres / s) + 3
        var best = Double.infinity
        for k in target.z - r...target.z + r { for j in target.y - r...target.y + r { for i in target.x - r...target.x + r {
            guard let label = atlas.volume.label(atVoxel: SIMD3(i, j, k)), inDG.contains(label) else { continue }
            let gaps = SIMD3<Double>(Double(abs(i - target.x)), Double(abs(j - target.y)), Double(abs(k - target.z))) * s - s / 2
            let g = SIMD3(max(gaps.x, 0), max(gaps.y, 0), max(gaps.z, 0))
            best = min(best, (g * g).sum().squareRoot())
        } } }
        XCTAssertEqual(d.millimetres, best, accuracy: 1e-12)
        XCTAssertGreaterThan(d.millimetres, 0)
        XCTAssertLessThan(d.millimetres, 1.5)
        let step = result.provenanceStep
        XCTAssertEqual(step.kind, .regionCheck)
        XCTAssertEqual(step.values["outcome"], .text("mismatch"))
        XCTAssertEqual(step.values["distanceToDeclaredMillimetres"], .number(d.millimetres))
        XCTAssertEqual(step.values["foundStructureID"], .number(Double(ca1)))
    }

    func testFarStructureIsBeyondTheSearchRadius() throws {
        let c = try checker(RegionCheckOptions(nearestVoxelSearchRadius: .mm(0.2)))
        let result = c.check(try centre(voxel(of: "MOp5")), declaredRegionID: Self.id("VTA"))
        guard case .mismatch(_, .beyond(let limit)?) = result.outcome else { return XCTFail("\(result.outcome)") }
        XCTAssertEqual(limit, .mm(0.2))
    }

    func testMirroredMLIsContralateralWhenTheSideIsStated() throws {
        let c = try checker()
        let right = try voxel(of: "CA1")
        let mirrored = SIMD3(right.x, right.y, 455 - right.z)   // about the midline index 227.5
        XCTAssertEqual(c.hemisphere(ofVoxel: right), .right)
        XCTAssertEqual(c.hemisphere(ofVoxel: mirrored), .left)
        XCTAssertEqual(c.check(try centre(right), declaredRegionID: Self.id("CA1"), expectedHemisphere: .right).outcome, .match)
        let ca1 = try c.atlas.ontology.structure(acronym: "CA1").structure.id
        XCTAssertEqual(c.check(try centre(mirrored), declaredRegionID: Self.id("CA1"), expectedHemisphere: .right).outcome,
                       .contralateral(foundID: ca1))
        // The mirrored voxel is CA1 as well (the Allen labels are nearly symmetric): without a stated side it matches.
        XCTAssertEqual(c.check(try centre(mirrored), declaredRegionID: Self.id("CA1")).outcome, .match)
    }

    /// Where the Allen hemispheres were drawn differently, the mirror alone decides.
    func testAsymmetricLabelsGiveContralateralWithoutAStatedSide() throws {
        let c = try checker()
        let atlas = c.atlas
        let taxonomy = BrainRegionTaxonomy(regions: try atlas.volume.labelValues.dropFirst().compactMap { id -> BrainRegion? in
            guard let s = atlas.ontology[id: id] else { return nil }
            return try BrainRegion(parsing: #"{"id": "allen-\#(id)", "acronym": "\#(s.acronym)", "name": "x", "atlas": "AIA"}"#)
        })
        let all = RegionChecker(atlas: atlas, taxonomy: taxonomy)
        var found: (SIMD3<Int>, Int, Int)?
        search: for k in stride(from: 250, to: 400, by: 5) { for j in stride(from: 40, to: 280, by: 5) { for i in stride(from: 100, to: 480, by: 5) {
            let v = SIMD3(i, j, k)
            guard let here = atlas.volume.label(atVoxel: v), here != 0,
                  let there = atlas.volume.label(atVoxel: atlas.midline.mirrored(v)), there != 0, there != here,
                  try !atlas.ontology.isWithin(here, there) else { continue }
            found = (v, here, there)
            break search
        } } }
        let (v, here, there) = try XCTUnwrap(found, "the Allen labels differ across the midline somewhere")
        XCTAssertEqual(all.check(try centre(v), declaredRegionID: "allen-\(there)").outcome, .contralateral(foundID: here))
        XCTAssertEqual(all.check(try centre(v), declaredRegionID: "allen-\(here)").outcome, .match)
    }

    func testPointsOffTheBrainAreOutside() throws {
        let c = try checker()
        // CCF DV 0.1 mm at bregma's AP/ML: above the brain (its surface there is ~0.7 mm down).
        XCTAssertEqual(c.check(Point3(mm: 5.4, 0.1, 5.7), declaredRegionID: Self.id("CA1")).outcome, .outsideBrain)
        XCTAssertEqual(c.check(Point3(mm: -1, 4, 5.7), declaredRegionID: Self.id("CA1")).outcome, .outsideBrain)
        guard case .notCheckable(.nonFiniteTarget) = c.check(Point3(mm: .nan, 4, 5.7), declaredRegionID: Self.id("CA1")).outcome else {
            return XCTFail("a NaN target is not checkable")
        }
    }

    func testFranklinPaxinosEntriesMapThroughToAllen() throws {
        let c = try checker()
        guard case let .mapped(m1) = c.declaredRegion(id: Self.id("M1", "PF2001")) else { return XCTFail("M1 not mapped") }
        XCTAssertEqual(m1.structure.acronym, "MOp")
        XCTAssertTrue(m1.mappedBy.contains("Franklin–Paxinos M1"), m1.mappedBy)
        let mop5 = try c.atlas.ontology.structure(acronym: "MOp5").structure.id
        XCTAssertEqual(c.check(try centre(voxel(of: "MOp5")), declaredRegionID: Self.id("M1", "PF2001")).outcome, .within(foundID: mop5))
        XCTAssertEqual(c.check(try centre(voxel(of: "VTA")), declaredRegionID: Self.id("VTA", "PF2001")).outcome, .match)
    }

    func testStructuresFinerThanTheLabelsAreCheckedAsTheirLabelledAncestor() throws {
        let c = try checker()
        let atlas = c.atlas
        let ca1sp = try atlas.ontology.structure(acronym: "CA1sp").structure.id
        XCTAssertFalse(atlas.volume.labelValues.contains(ca1sp), "the 2017 annotation labels CA1, not its layers")
        let target = try centre(voxel(of: "CA1"))
        for (acronym, code) in [("CA1sp", "AIA"), ("Py", "PF2001")] {
            let result = c.check(target, declaredRegionID: Self.id(acronym, code))
            XCTAssertEqual(result.outcome, .match, acronym)
            XCTAssertEqual(result.declared?.structure.acronym, "CA1sp", acronym)
            XCTAssertEqual(result.declared?.checkedStructure.acronym, "CA1", acronym)
            XCTAssertTrue(result.declared?.mappedBy.contains("checked as CA1") == true, "\(String(describing: result.declared?.mappedBy))")
        }
        XCTAssertEqual(c.check(try centre(voxel(of: "VTA")), declaredRegionID: Self.id("CA1sp")).outcome.code, "mismatch")
    }

    func testBatchEqualsOneByOne() throws {
        let c = try checker()
        // A lattice of targets through the whole volume (inside, outside, every outcome) against every entry.
        var requests: [RegionCheckRequest] = []
        let ids = Self.entries.map(\.id) + ["ffffffff-0000-4000-8000-000000000000"]
        var n = 0
        for i in stride(from: -10, to: 540, by: 23) { for j in stride(from: -10, to: 330, by: 17) { for k in stride(from: -10, to: 470, by: 19) {
            let p = Point3<Frame.AtlasVolume>(millimetres: SIMD3(Double(i), Double(j), Double(k)) * 0.025)
            requests.append(RegionCheckRequest(target: p, declared: c.declaredRegion(id: ids[n % ids.count]),
                                               expectedHemisphere: n % 3 == 0 ? .right : nil))
            n += 1
        } } }
        XCTAssertGreaterThan(requests.count, 4096, "large enough to be split across cores")
        let batch = c.check(requests)
        XCTAssertEqual(batch.count, requests.count)
        for (r, result) in zip(requests, batch) {
            XCTAssertEqual(result, c.check(r.target, against: r.declared, expectedHemisphere: r.expectedHemisphere))
        }
        XCTAssertEqual(Set(batch.map(\.outcome.code)).sorted(),
                       ["contralateral", "match", "mismatch", "not-checkable", "outside-brain", "within"])
    }

    func testUnusableOptionsAreErrors() throws {
        let atlas = try PlanningTestAtlas.allen()
        for (options, field, mm) in [
            (RegionCheckOptions(placementSigma: .mm(0)), "placementSigma", 0.0),
            (RegionCheckOptions(placementSigma: .mm(-0.1)), "placementSigma", -0.1),
            (RegionCheckOptions(nearestVoxelSearchRadius: .mm(.infinity)), "nearestVoxelSearchRadius", Double.infinity),
        ] {
            XCTAssertThrowsError(try RegionChecker(atlas: atlas, taxonomy: Self.taxonomy(), options: options)) { error in
                XCTAssertEqual(error as? RegionCheckOptionsError, .notPositive(field: field, millimetres: mm))
            }
        }
        XCTAssertThrowsError(try RegionChecker(atlas: atlas, taxonomy: Self.taxonomy(), options: RegionCheckOptions(placementSigma: .mm(.nan))))
    }

    func testUncheckableEntriesSayWhy() throws {
        let c = try checker()
        let target = try centre(voxel(of: "CA1"))
        XCTAssertEqual(c.check(target, declaredRegionID: Self.id("CA1", "PW1997")).outcome, .notCheckable(.otherSpecies(
            regionID: Self.id("CA1", "PW1997"), code: "PW1997", codeSpecies: "rat", atlasID: "allen-ccf-2017-25um")))
        XCTAssertEqual(c.check(target, declaredRegionID: nil).outcome, .notCheckable(.noDeclaredRegion))
        XCTAssertEqual(c.check(target, declaredRegionID: "ffffffff-0000-4000-8000-000000000000").outcome,
                       .notCheckable(.unknownRegionID("ffffffff-0000-4000-8000-000000000000")))
        XCTAssertEqual(c.check(target, declaredRegionID: Self.id("CA1", "ZZ9")).outcome,
                       .notCheckable(.unknownAtlasCode(regionID: Self.id("CA1", "ZZ9"), code: "ZZ9")))
        guard case .notCheckable(.notInOntology(_, "AIA", "XYZ", _, _, _)) = c.check(target, declaredRegionID: Self.id("XYZ")).outcome else {
            return XCTFail("XYZ should not be in the Allen ontology")
        }
        // Without the Franklin–Paxinos mapping, PF2001 entries cannot be checked.
        let bare = RegionChecker(atlas: c.atlas, taxonomy: try Self.taxonomy())
        XCTAssertEqual(bare.check(target, declaredRegionID: Self.id("M1", "PF2001")).outcome,
                       .notCheckable(.franklinPaxinosMappingNotLoaded(regionID: Self.id("M1", "PF2001"))))
    }

    func testPlacementProbabilityAgreesWithSampling() throws {
        let c = try checker(RegionCheckOptions(placementSigma: .mm(0.1)))
        let atlas = c.atlas
        // At a CA1 voxel's corner region the probability is well inside (0, 1).
        let target = Point3<Frame.AtlasVolume>(millimetres: atlas.volume.centreMillimetres(ofVoxel: try voxel(of: "CA1")) + 0.01)
        let result = c.check(target, declaredRegionID: Self.id("CA1"))
        let p = try XCTUnwrap(result.probability)
        XCTAssertEqual(p.sigma, .mm(0.1))
        XCTAssertEqual(result.provenanceStep.values["placementSigmaMillimetres"], .number(0.1))
        XCTAssertLessThan(p.truncatedMass, 2e-4)
        XCTAssertGreaterThan(p.probability, 0)
        XCTAssertLessThanOrEqual(p.probability, 1)
        // Seeded Monte Carlo over the nearest-voxel rule (Box–Muller, SplitMix64).
        let ca1 = try atlas.ontology.structure(acronym: "CA1").structure.id
        var state: UInt64 = 0x5EED
        func uniform() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return (Double((z ^ (z >> 31)) >> 11) + 0.5) / 9_007_199_254_740_992
        }
        let n = 20_000
        var hits = 0
        for _ in 0..<n {
            var d = SIMD3<Double>.zero
            for a in 0..<3 { d[a] = 0.1 * (-2 * log(uniform())).squareRoot() * cos(2 * .pi * uniform()) }
            if let v = atlas.volume.nearestVoxel(toMillimetres: target.millimetres + d), atlas.volume.label(atVoxel: v) == ca1 { hits += 1 }
        }
        XCTAssertEqual(p.probability, Double(hits) / Double(n), accuracy: 0.015)
        // Far above the brain the probability vanishes; a tiny σ at a voxel centre is certain.
        XCTAssertEqual(c.check(Point3(mm: 5.4, -1.0, 5.7), declaredRegionID: Self.id("CA1")).probability?.probability, 0)
        let sharp = try checker(RegionCheckOptions(placementSigma: .mm(0.001)))
        XCTAssertEqual(try XCTUnwrap(sharp.check(try centre(voxel(of: "CA1")), declaredRegionID: Self.id("CA1")).probability).probability,
                       1, accuracy: 1e-9)
    }

    func testResolvedProcedureIsCheckedAtItsTarget() throws {
        let atlas = try PlanningTestAtlas.allen()
        let c = try checker()
        let v = try voxel(of: "CA1")
        // The bregma-frame point of the voxel centre under ibl-allen: AP = 5.4 − x, ML = z − 5.739, DV = y − 0.332.
        let p = atlas.volume.centreMillimetres(ofVoxel: v)
        let record = try PlanningTestAtlas.record(
            system: "Stereotaxic_BregmaAbsolute",
            details: #"{"apCoordinate": \#(5.4 - p.x), "mlCoordinate": \#(p.z - 5.739), "dvCoordinate": \#(p.y - 0.332)}"#,
            region: Self.id("CA1"))
        let resolved = try ProcedureResolver(catalogue: AtlasCatalogue(mouse: atlas)).resolve(record, subject: PlanningTestAtlas.mouse())
        XCTAssertEqual(c.check(resolved, declaredRegionID: record.brainRegionID).outcome, .match)
    }
}
