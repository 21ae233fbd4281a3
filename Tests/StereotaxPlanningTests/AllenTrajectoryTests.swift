import StereotaxAtlas
import StereotaxGeometry
import StereotaxPlanning
import XCTest

/// Plans on the real Allen 25 µm volume (ibl-allen preset).
final class AllenTrajectoryTests: XCTestCase {
    /// A vertical insertion's regions are the volume's own column at that AP/ML,
    /// read voxel by voxel: same labels in the same order, boundaries on the voxel faces.
    func testVerticalInsertionEqualsAtlasColumn() throws {
        let planner = try PlanningFixture.planner()
        let atlas = planner.atlas
        for (ap, ml) in [(-2.0, 1.5), (1.0, -0.8), (-3.3, 2.6)] {
            let plan = try planner.forward(entryAP: .mm(ap), entryML: .mm(ml), angles: try PlanningFixture.angles(0, 0), depth: .mm(3))
            // The column straight from the volume (ibl-allen: CCF AP = 5.4 − AP, ML = 5.739 + ML, DV = 0.332 + DV).
            let i = Int(((5.4 - ap) / 0.025 + 0.5).rounded(.down)), k = Int(((5.739 + ml) / 0.025 + 0.5).rounded(.down))
            let volume = atlas.volume
            var j0 = 0
            while volume.label(atVoxel: SIMD3(i, j0, k)) == 0 { j0 += 1 }
            let entryCCF = (Double(j0) - 0.5) * 0.025
            XCTAssertEqual(plan.entry.millimetres.z + 0.332, entryCCF, accuracy: 1e-9)
            let tipCCF = entryCCF + 3
            var expected: [(label: Int, start: Double)] = []
            var j = j0
            while (Double(j) - 0.5) * 0.025 < tipCCF - 1e-9 {
                let label = try XCTUnwrap(volume.label(atVoxel: SIMD3(i, j, k)))
                if expected.last?.label != label { expected.append((label, (Double(j) - 0.5) * 0.025 - entryCCF)) }
                j += 1
            }
            XCTAssertEqual(plan.segments.map { $0.region.structureID ?? 0 }, expected.map(\.label), "column AP \(ap), ML \(ml)")
            for (segment, e) in zip(plan.segments, expected) {
                XCTAssertEqual(segment.start.millimetres, max(0, e.start), accuracy: 1e-4)
            }
            XCTAssertEqual(plan.segments.last?.end.millimetres, 3)
            XCTAssertGreaterThan(plan.segments.count, 4)
            let hemisphere: Hemisphere = ml > -0.0515 ? .right : .left
            XCTAssertTrue(plan.structures.allSatisfy { $0.region.hemisphere == hemisphere })
        }
    }

    /// Inverse, then forward from the inverse's entry and depth: the target again, to 1e-6 mm.
    func testInverseThenForwardReturnsTheTarget() throws {
        let planner = try PlanningFixture.planner()
        let targets: [(Point3<Frame.Bregma>, BrainstemAngles)] = [
            (Point3(ap: .mm(-1.9), ml: .mm(-1.2), dv: .mm(1.3)), try PlanningFixture.angles(10, -15, 30)),
            (Point3(ap: .mm(-3.2), ml: .mm(0.5), dv: .mm(4.3)), try PlanningFixture.angles(0, 10)),
            (Point3(ap: .mm(1.0), ml: .mm(1.5), dv: .mm(3.0)), try PlanningFixture.angles(-20, 5)),
            (Point3(ap: .mm(-2.0), ml: .mm(1.0), dv: .mm(2.0)), try PlanningFixture.angles(0, 0)),
        ]
        for (target, angles) in targets {
            let inverse = try planner.inverse(target: target, angles: angles, skullThickness: .mm(0.3))
            let forward = try planner.forward(entry: inverse.brainEntry, angles: angles, depth: inverse.depth)
            XCTAssertLessThan(forward.tip.distance(to: target).millimetres, 1e-6)
            XCTAssertGreaterThan(inverse.depthFromSkull, inverse.depth)
            XCTAssertEqual(inverse.depthFromSkull.millimetres - inverse.depth.millimetres, inverse.skullEntry.distance(to: inverse.brainEntry).millimetres, accuracy: 1e-9)
            // Entry + target → the angles back (rotation aside).
            let back = try planner.angles(from: inverse.brainEntry, to: target)
            XCTAssertEqual(back.apAngle.degrees, angles.apAngle.degrees, accuracy: 1e-6)
            XCTAssertEqual(back.mlAngle.degrees, angles.mlAngle.degrees, accuracy: 1e-6)
        }
        // Vertical: the brain entry is a column top, so the brain-surface (AP, ML) form round-trips too.
        let (target, angles) = targets[3]
        let inverse = try planner.inverse(target: target, angles: angles, skullThickness: .mm(0.3))
        let forward = try planner.forward(entryAP: inverse.brainEntry.ap, entryML: inverse.brainEntry.ml, angles: angles, depth: inverse.depth)
        XCTAssertLessThan(forward.tip.distance(to: target).millimetres, 1e-6)
    }

    /// A Neuropixels 1.0 into dorsal CA1: sites near the tip sit in the hippocampus,
    /// sites 1.5 mm up in cortex; every site has a region.
    func testProbeSitesOnRealAtlas() throws {
        let planner = try PlanningFixture.planner()
        let probe = try ProbeLibrary(directory: PlanningFixture.probeDirectory).probe(named: "neuropixels-1.0")
        let plan = try planner.forward(entryAP: .mm(-2.0), entryML: .mm(1.5), angles: try PlanningFixture.angles(0, 0), depth: .mm(1.6), probe: probe)
        XCTAssertEqual(plan.sites.count, 960)
        let ontology = planner.atlas.ontology
        let hippocampus = try ontology.structure(acronym: "HPF").structure.id
        let isocortex = try ontology.structure(acronym: "Isocortex").structure.id
        let nearTip = try XCTUnwrap(plan.sites.first?.region.structureID)
        XCTAssertTrue(try ontology.isWithin(nearTip, hippocampus), "\(plan.sites[0].region)")
        let up = try XCTUnwrap(plan.sites.first { $0.site.heightMicrometres >= 1500 }?.region.structureID)
        XCTAssertTrue(try ontology.isWithin(up, isocortex), "\(up)")
        XCTAssertTrue(plan.sites.suffix(100).allSatisfy { $0.region == .unlabelled || $0.region == .outsideAtlas })  // above the brain
        XCTAssertEqual(plan.probeName, "neuropixels-1.0")
    }
}
