import StereotaxAtlas
import StereotaxFrames
import StereotaxGeometry
import StereotaxPlanning
import XCTest

/// Hand-computed plans on the synthetic two-layer cube.
final class TrajectoryGeometryTests: XCTestCase {
    let cos30 = (3.0).squareRoot() / 2

    func testVerticalPlan() throws {
        let planner = TrajectoryPlanner(atlas: try SyntheticAtlas.atlas())
        let plan = try planner.forward(entryAP: .mm(0.1), entryML: .mm(-0.2), angles: try PlanningFixture.angles(0, 0), depth: .mm(0.5))
        XCTAssertEqual(plan.entry.millimetres.z, SyntheticAtlas.surfaceDV, accuracy: 1e-12)
        XCTAssertEqual(plan.tip.millimetres.x, 0.1, accuracy: 1e-12)
        XCTAssertEqual(plan.tip.millimetres.y, -0.2, accuracy: 1e-12)
        XCTAssertEqual(plan.tip.millimetres.z, SyntheticAtlas.surfaceDV + 0.5, accuracy: 1e-12)
        XCTAssertEqual(plan.segments.map(\.region.acronym), ["AA", "BB"])
        XCTAssertEqual(plan.segments[0].start.millimetres, 0)
        XCTAssertEqual(plan.segments[0].end.millimetres, 0.4, accuracy: 1e-4)       // 16 voxels of AA
        XCTAssertEqual(plan.segments[1].start, plan.segments[0].end)
        XCTAssertEqual(plan.segments[1].end.millimetres, 0.5, accuracy: 1e-15)
        XCTAssertEqual(plan.segments[0].region.hemisphere, .left)                   // ML −0.2 → CCF ML 0.3 < midline 0.4875
        XCTAssertTrue(plan.choices.contains("angle order: \(BrainstemAngleOrder.apThenML)"))
    }

    /// ML angle +30°: the tip goes left by depth·sin 30° and the boundary is 0.4 / cos 30° down the shaft.
    func testAngledPlan() throws {
        let planner = TrajectoryPlanner(atlas: try SyntheticAtlas.atlas())
        let plan = try planner.forward(entryAP: .zero, entryML: .mm(0.2), angles: try PlanningFixture.angles(0, 30), depth: .mm(0.6))
        XCTAssertEqual(plan.tip.millimetres.y, 0.2 - 0.3, accuracy: 1e-12)
        XCTAssertEqual(plan.tip.millimetres.z, SyntheticAtlas.surfaceDV + 0.6 * cos30, accuracy: 1e-12)
        // The midline (ML index 19.5) is at bregma ML −0.0125 mm: crossing it starts a new segment.
        XCTAssertEqual(plan.segments.map(\.region.acronym), ["AA", "AA", "BB"])
        XCTAssertEqual(plan.segments.map(\.region.hemisphere), [.right, .left, .left])
        XCTAssertEqual(plan.segments[0].end.millimetres, 0.2125 / 0.5, accuracy: 1e-4)
        XCTAssertEqual(plan.segments[1].end.millimetres, 0.4 / cos30, accuracy: 1e-4)
    }

    /// AP angle +20°: the tip goes posterior. Inverse gives the entries on the
    /// flat surface and on the skull 0.05 mm above it, and the depths.
    func testInverseOnFlatSurface() throws {
        let planner = TrajectoryPlanner(atlas: try SyntheticAtlas.atlas())
        let target = Point3<Frame.Bregma>(ap: .zero, ml: .mm(-0.1), dv: .mm(0.4))
        let angles = try PlanningFixture.angles(20, 0)
        let plan = try planner.inverse(target: target, angles: angles, skullThickness: .mm(0.05))
        let c = cos(20 * Double.pi / 180), s = sin(20 * Double.pi / 180)
        let depth = (0.4 - SyntheticAtlas.surfaceDV) / c
        XCTAssertEqual(plan.depth.millimetres, depth, accuracy: 1e-9)
        XCTAssertEqual(plan.brainEntry.millimetres.x, s * depth, accuracy: 1e-9)    // anterior of the target
        XCTAssertEqual(plan.brainEntry.millimetres.z, SyntheticAtlas.surfaceDV, accuracy: 1e-9)
        XCTAssertEqual(plan.depthFromSkull.millimetres, (0.4 - SyntheticAtlas.surfaceDV + 0.05) / c, accuracy: 1e-9)
        XCTAssertEqual(plan.skullEntry.millimetres.z, SyntheticAtlas.surfaceDV - 0.05, accuracy: 1e-9)
        XCTAssertNil(plan.frameReadings)

        // Frame readings: axis-aligned frame (x right, y anterior, z dorsal), bregma read at (10, 20, 5).
        let calibration = FrameCalibration.axisAligned(bregmaReading: Point3(mm: 10, 20, 5))
        let framed = try planner.inverse(target: target, angles: angles, skullThickness: .mm(0.05), calibration: calibration)
        let r = try XCTUnwrap(framed.frameReadings)
        XCTAssertEqual(r.target.millimetres.x, 10 - 0.1, accuracy: 1e-9)
        XCTAssertEqual(r.target.millimetres.y, 20, accuracy: 1e-9)
        XCTAssertEqual(r.target.millimetres.z, 5 - 0.4, accuracy: 1e-9)
        XCTAssertEqual(r.brainEntry.millimetres.z, 5 - SyntheticAtlas.surfaceDV, accuracy: 1e-9)
        XCTAssertEqual(r.skullEntry.millimetres.y, 20 + s * plan.depthFromSkull.millimetres, accuracy: 1e-9)

        // Entry + target → the same angles back.
        let back = try planner.angles(from: plan.brainEntry, to: target)
        XCTAssertEqual(back.apAngle.degrees, 20, accuracy: 1e-9)
        XCTAssertEqual(back.mlAngle.degrees, 0, accuracy: 1e-9)
        XCTAssertThrowsError(try planner.angles(from: target, to: target)) { XCTAssertEqual($0 as? PlanningError, .entryEqualsTarget) }
    }

    func testBadInputIsAnError() throws {
        let planner = TrajectoryPlanner(atlas: try SyntheticAtlas.atlas())
        let a = try PlanningFixture.angles(0, 0)
        XCTAssertThrowsError(try planner.forward(entryAP: .mm(.nan), entryML: .zero, angles: a, depth: .mm(1))) {
            guard case .invalidInput(field: "entry AP", _, _)? = $0 as? PlanningError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try planner.forward(entryAP: .zero, entryML: .zero, angles: a, depth: .mm(-1))) {
            guard case .invalidInput(field: "depth", _, _)? = $0 as? PlanningError else { return XCTFail("\($0)") }
        }
        // No brain under the entry (off the cube).
        XCTAssertThrowsError(try planner.forward(entryAP: .mm(5), entryML: .zero, angles: a, depth: .mm(1))) {
            guard case .insertion? = $0 as? PlanningError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try planner.inverse(target: Point3(ap: .zero, ml: .zero, dv: .mm(0.3)), angles: a, skullThickness: .mm(-0.1)))
        var zeroStep = planner
        zeroStep.samplingStep = .zero
        XCTAssertThrowsError(try zeroStep.forward(entryAP: .zero, entryML: .zero, angles: a, depth: .mm(0.2)))
    }

    /// A plan past the bottom of the volume ends outside the atlas.
    func testLeavingTheVolume() throws {
        let planner = TrajectoryPlanner(atlas: try SyntheticAtlas.atlas())
        let plan = try planner.forward(entryAP: .zero, entryML: .mm(0.2), angles: try PlanningFixture.angles(0, 0), depth: .mm(1.2))
        XCTAssertEqual(plan.segments.map(\.region.acronym), ["AA", "BB", "outside the atlas"])
        XCTAssertEqual(plan.segments[2].start.millimetres, 0.9875 - SyntheticAtlas.surfaceDV, accuracy: 1e-4)   // bottom face of DV voxel 39
        XCTAssertEqual(plan.structures.count, 2)
    }

    /// Entries and ML angles mirrored about the midline of a mirror-symmetric atlas
    /// cross the same structures at the same distances, on the other side. (The
    /// Allen 2017 annotation itself is not exactly symmetric: 1.2 M voxels differ
    /// from their mirror images, so this is checked on a symmetric volume.)
    func testMirroredPlansGiveMirroredResults() throws {
        let planner = TrajectoryPlanner(atlas: try SyntheticAtlas.symmetricAtlas())
        for (ap, ml, apAngle, mlAngle, rotation) in [(0.1, 0.13, 0.0, 20.0, 0.0), (-0.2, 0.31, 12.0, -25.0, 40.0), (0.05, 0.02, -8.0, 35.0, -90.0)] {
            let right = try planner.forward(entryAP: .mm(ap), entryML: .mm(ml), angles: try PlanningFixture.angles(apAngle, mlAngle, rotation), depth: .mm(0.6))
            let left = try planner.forward(entryAP: .mm(ap), entryML: .mm(-ml), angles: try PlanningFixture.angles(apAngle, -mlAngle, -rotation), depth: .mm(0.6))
            XCTAssertEqual(left.tip.millimetres.y, -right.tip.millimetres.y, accuracy: 1e-12)
            XCTAssertEqual(left.tip.millimetres.x, right.tip.millimetres.x, accuracy: 1e-12)
            XCTAssertEqual(left.tip.millimetres.z, right.tip.millimetres.z, accuracy: 1e-12)
            XCTAssertEqual(left.segments.map(\.region.structureID), right.segments.map(\.region.structureID))
            XCTAssertGreaterThan(right.segments.count, 3)
            for (l, r) in zip(left.segments, right.segments) {
                XCTAssertEqual(l.start.millimetres, r.start.millimetres, accuracy: 1e-4)
                XCTAssertEqual(l.end.millimetres, r.end.millimetres, accuracy: 1e-4)
                let mirrored: Hemisphere? = switch r.region.hemisphere { case .left: .right; case .right: .left; case let h: h }
                XCTAssertEqual(l.region.hemisphere, mirrored)
            }
        }
    }

    /// The batch (split across cores) gives each insertion's single answer; an empty batch is empty.
    func testBatchSegmentsMatchSingle() throws {
        let planner = TrajectoryPlanner(atlas: try SyntheticAtlas.symmetricAtlas())
        XCTAssertEqual(planner.segments(of: []), [])
        var insertions: [Insertion] = []
        for n in 0..<100 {
            let angles = try PlanningFixture.angles(Double(n % 7) * 5 - 15, Double(n % 11) * 4 - 20)
            insertions.append(try Insertion.fromSurfaceEntry(ap: .mm(Double(n % 5) * 0.05 - 0.1), ml: .mm(Double(n % 9) * 0.04 - 0.16),
                                                             depth: .mm(0.3 + Double(n % 4) * 0.1), direction: angles.direction(),
                                                             surface: planner.atlas.surface))
        }
        let batch = planner.segments(of: insertions)
        XCTAssertEqual(batch.count, 100)
        for (b, i) in zip(batch, insertions) {
            XCTAssertEqual(b, planner.segments(entry: i.entry, direction: i.direction, length: i.depth))
        }
    }

    /// Placing surface entries in a batch (split across cores past 256) gives, entry by entry, what
    /// placing each alone gives, errors included: a non-finite AP, a negative depth, no brain below.
    func testBatchInsertionsMatchSingle() throws {
        let planner = try PlanningFixture.planner()
        XCTAssertTrue(planner.insertions([]).isEmpty)
        var entries: [TrajectoryPlanner.SurfaceEntry] = []
        for n in 0..<300 {
            let angles = try PlanningFixture.angles(Double(n % 7) * 5 - 15, Double(n % 11) * 4 - 20)
            entries.append(.init(ap: .mm(Double(n % 13) * 0.4 - 3.5), ml: .mm(Double(n % 17) * 0.3 - 2.4), angles: angles,
                                 depth: .mm(2 + Double(n % 5) * 0.4)))
        }
        entries[7].ap = .mm(.nan)
        entries[150].depth = .mm(-1)
        entries[299].ap = .mm(40)
        let batch = planner.insertions(entries)
        XCTAssertEqual(batch.count, entries.count)
        for (result, entry) in zip(batch, entries) {
            switch (result, Result { () throws(PlanningError) -> Insertion in try planner.insertion(entry) }) {
            case let (.success(a), .success(b)): XCTAssertEqual(a, b)
            case let (.failure(a), .failure(b)): XCTAssertEqual(a.description, b.description)  // NaN ≠ NaN in the payload
            case let (a, b): XCTFail("batch \(a), single \(b)")
            }
        }
        guard case .failure(.invalidInput(field: "entry AP", _, _)) = batch[7] else { return XCTFail("NaN AP: \(batch[7])") }
        guard case .failure(.invalidInput(field: "depth", _, _)) = batch[150] else { return XCTFail("negative depth: \(batch[150])") }
        guard case .failure(.insertion) = batch[299] else { return XCTFail("no brain at AP 40 mm: \(batch[299])") }
        XCTAssertEqual(batch.filter { (try? $0.get()) != nil }.count, 297)
        let plan = try planner.forward(entryAP: entries[0].ap, entryML: entries[0].ml, angles: entries[0].angles, depth: entries[0].depth)
        XCTAssertEqual(try batch[0].get().entry, plan.entry)
    }

    /// The region table holds, shaft by shaft, exactly the segments of each shaft walked alone
    /// (``segments(entry:direction:length:)``); each region once, every one used, in key order
    /// (outside, unlabelled, then by label).
    func testRegionTableMatchesSegments() throws {
        let planner = try PlanningFixture.planner()
        let empty = planner.regionTable(of: [])
        XCTAssertEqual(empty.shaftCount, 0)
        XCTAssertTrue(empty.runs.isEmpty && empty.regions.isEmpty)
        var entries: [TrajectoryPlanner.SurfaceEntry] = []
        for n in 0..<400 {
            let angles = try PlanningFixture.angles(Double(n % 9) * 5 - 20, Double(n % 13) * 5 - 30)
            entries.append(.init(ap: .mm(Double(n % 23) * 0.2 - 3.5), ml: .mm(Double(n % 19) * 0.25 - 2.3), angles: angles,
                                 depth: .mm(1 + Double(n % 7) * 0.5)))
        }
        let insertions = try planner.insertions(entries).map { try $0.get() }
        let table = planner.regionTable(of: insertions)
        let segments = insertions.map { planner.segments(entry: $0.entry, direction: $0.direction, length: $0.depth) }
        XCTAssertEqual(table.shaftCount, insertions.count)
        for i in insertions.indices { XCTAssertEqual(table.segments(ofShaft: i), segments[i], "shaft \(i)") }
        XCTAssertEqual(planner.segments(of: insertions), segments)
        XCTAssertEqual(table.runs.count, segments.map(\.count).reduce(0, +))
        XCTAssertEqual(Set(table.runs.map(\.region)), Set(table.regions.indices), "every region is used")
        XCTAssertEqual(Set(table.regions).count, table.regions.count, "each region once")
        let labels = planner.atlas.volume.labelValues
        let keys = table.regions.map { region -> Int in
            switch region {
            case .outsideAtlas: return -1
            case .unlabelled: return 0
            case let .structure(s, h): return 4 * (labels.firstIndex(of: s.id) ?? -1) + (h == .left ? 0 : h == .right ? 1 : 2)
            case let .unknownLabel(id, h): return 4 * (labels.firstIndex(of: id) ?? -1) + (h == .left ? 0 : h == .right ? 1 : 2)
            }
        }
        XCTAssertEqual(keys, keys.sorted(), "regions in key order")
        XCTAssertGreaterThan(table.regions.count, 20)
    }
}
