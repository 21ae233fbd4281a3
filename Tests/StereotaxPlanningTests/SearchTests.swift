import StereotaxAtlas
import StereotaxGeometry
@testable import StereotaxPlanning
import XCTest

final class SearchTests: XCTestCase {
    /// The distance transform equals brute force on a random grid with unequal voxel sizes.
    func testDistanceTransformMatchesBruteForce() {
        var rng = SystemRandomNumberGenerator()
        let sizes = SIMD3(9, 7, 11)
        let spacing = SIMD3(0.025, 0.05, 0.01)
        var marked = [Bool](repeating: false, count: 9 * 7 * 11)
        var points: [SIMD3<Int>] = []
        for _ in 0..<6 {
            let p = SIMD3(Int.random(in: 0..<9, using: &rng), Int.random(in: 0..<7, using: &rng), Int.random(in: 0..<11, using: &rng))
            marked[p.x + 9 * (p.y + 7 * p.z)] = true
            points.append(p)
        }
        let field = DistanceTransform(marked: marked, sizes: sizes, spacing: spacing)
        for k in 0..<11 { for j in 0..<7 { for i in 0..<9 {
            let v = SIMD3(i, j, k)
            let brute = points.map { (SIMD3<Double>(v &- $0) * spacing) }.map { ($0 * $0).sum().squareRoot() }.min()!
            XCTAssertEqual(field.distance(at: v), brute, accuracy: 1e-6)
        } } }
        XCTAssertEqual(DistanceTransform(marked: [false, false], sizes: SIMD3(2, 1, 1), spacing: SIMD3(1, 1, 1)).distance(at: .zero), .infinity)
    }

    /// A pillar of structure 30 to the right of and above the target: a vertical shaft
    /// passes 6 voxels (0.15 mm) from it; leaning the upper end left (negative ML angle)
    /// moves away from it and ranks first.
    func testPillarAboveRightOfTarget() throws {
        var labels: [Int] = []
        for k in 0..<40 { for j in 0..<40 { for _ in 0..<40 {
            labels.append(j < 4 ? 0 : (k >= 26 && k <= 29 && j <= 15) ? 30 : 10)
        } } }
        let volume = try LabelVolume(sizes: SIMD3(40, 40, 40), voxelSizeMicrometres: SIMD3(25, 25, 25), orientation: .allenPIR, labels: labels)
        let ontology = try Ontology(structures: [
            BrainStructure(id: 1, acronym: "root", name: "root", parentID: nil, color: nil),
            BrainStructure(id: 10, acronym: "AA", name: "tissue", parentID: 1, color: nil),
            BrainStructure(id: 30, acronym: "PP", name: "pillar", parentID: 1, color: nil),
        ], origin: "synthetic pillar")
        let linear = Matrix3(columns: SIMD3(-1, 0, 0), SIMD3(0, 0, 1), SIMD3(0, 1, 0))
        let atlas = try PlanningAtlas(volume: volume, ontology: ontology,
                                      bregmaToCCF: FrameTransform(AffineTransform3(linear: linear, translation: SIMD3(0.5, 0, 0.5)), choices: []),
                                      presetName: "synthetic", atlasName: "pillar cube")
        let planner = TrajectoryPlanner(atlas: atlas)
        let target = Point3<Frame.Bregma>(ap: .zero, ml: .zero, dv: .mm(0.6))     // voxel (20, 24, 20)
        let result = try planner.search(AngleSearch(target: target, apAngles: Angle.zero...Angle.zero, mlAngles: Angle.degrees(-20)...Angle.degrees(20),
                                                    step: .degrees(10), avoid: [.structure("PP")], clearanceCap: .mm(0.5), keep: 5))
        XCTAssertEqual(result.pairsSearched, 5)
        XCTAssertEqual(result.candidates.map(\.angles.mlAngle.degrees), [-20, -10, 0, 10, 20])
        let vertical = try XCTUnwrap(result.candidates.first { $0.angles.mlAngle == .zero })
        XCTAssertEqual(vertical.clearance.millimetres, 0.15, accuracy: 1e-6)
        XCTAssertGreaterThan(result.candidates[0].clearance, vertical.clearance)
        XCTAssertEqual(result.candidates.last?.clearance, .zero)                     // +20° runs through the pillar
        XCTAssertTrue(result.candidates.last!.plan.segments.contains { $0.region.acronym == "PP" })
        XCTAssertEqual(result.avoided, ["PP (30) and 0 descendants"])

        XCTAssertThrowsError(try planner.search(AngleSearch(target: target, apAngles: Angle.zero...Angle.zero, mlAngles: Angle.zero...Angle.zero,
                                                            step: .degrees(1), avoid: [.structure("XX")]))) {
            XCTAssertEqual($0 as? PlanningError, .unknownStructure("XX"))
        }
        XCTAssertThrowsError(try planner.search(AngleSearch(target: target, apAngles: Angle.zero...Angle.zero, mlAngles: Angle.zero...Angle.zero,
                                                            step: .zero, avoid: [])))
        XCTAssertThrowsError(try planner.search(AngleSearch(target: target, apAngles: Angle.zero...Angle.degrees(95), mlAngles: Angle.zero...Angle.zero,
                                                            step: .degrees(5), avoid: [])))
    }

    /// On the Allen volume: avoiding the ventricles around a target beside the lateral
    /// ventricle, the best approach keeps clear of VS and is no worse than vertical.
    func testAvoidVentriclesOnAllen() throws {
        let planner = try PlanningFixture.planner()
        let target = Point3<Frame.Bregma>(ap: .mm(-0.3), ml: .mm(1.6), dv: .mm(3.0))
        let result = try planner.search(AngleSearch(target: target, apAngles: Angle.degrees(-10)...Angle.degrees(10),
                                                    mlAngles: Angle.degrees(-20)...Angle.degrees(20), step: .degrees(5),
                                                    avoid: [.ventricles, .hemisphere(.left)], clearanceCap: .mm(0.4), keep: 45))
        XCTAssertEqual(result.pairsSearched, 45)
        XCTAssertTrue(result.avoided[0].hasPrefix("VS (73) and"), result.avoided[0])
        let clearances = result.candidates.map(\.clearance.millimetres)
        XCTAssertEqual(clearances, clearances.sorted(by: >))
        let vertical = try XCTUnwrap(result.candidates.first { $0.angles.apAngle == .zero && $0.angles.mlAngle == .zero })
        XCTAssertGreaterThanOrEqual(result.candidates[0].clearance, vertical.clearance)
        let ventricles = try planner.atlas.ontology.structure(acronym: "VS").structure.id
        let best = result.candidates[0]
        XCTAssertGreaterThan(best.clearance.millimetres, 0.025)
        for segment in best.plan.structures {
            XCTAssertFalse(try planner.atlas.ontology.isWithin(segment.region.structureID!, ventricles), "\(segment.region)")
            XCTAssertEqual(segment.region.hemisphere, .right)
        }
    }
}
