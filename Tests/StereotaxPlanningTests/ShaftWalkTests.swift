import Foundation
import StereotaxAtlas
import StereotaxGeometry
import StereotaxPlanning
import XCTest

/// The ordered regions of shafts through a 6 × 6 × 6 volume of 1 mm voxels whose
/// bregma frame is the CCF frame itself, so voxel (i, j, k) covers
/// [i − ½, i + ½) × [j − ½, j + ½) × [k − ½, k + ½) mm of the shaft's own coordinates
/// and every crossing below is computed by hand from the faces at half-integers.
final class ShaftWalkTests: XCTestCase {
    /// Label 1 + i + 6j + 36k by default: every voxel its own label.
    static func distinct(_ i: Int, _ j: Int, _ k: Int) -> Int { 1 + i + 6 * j + 36 * k }

    func planner(step: Double, labels: (Int, Int, Int) -> Int = ShaftWalkTests.distinct) throws -> TrajectoryPlanner {
        var values: [Int] = []
        for k in 0..<6 { for j in 0..<6 { for i in 0..<6 { values.append(labels(i, j, k)) } } }
        let volume = try LabelVolume(sizes: SIMD3(6, 6, 6), voxelSizeMicrometres: SIMD3(1000, 1000, 1000), orientation: .allenPIR, labels: values)
        let ontology = try Ontology(structures: [BrainStructure(id: 997, acronym: "root", name: "root", parentID: nil, color: nil)], origin: "none")
        let identity = FrameTransform<Frame.Bregma, Frame.CCF>(.identity, choices: ["bregma frame = CCF frame"])
        let atlas = try PlanningAtlas(volume: volume, ontology: ontology, bregmaToCCF: identity, presetName: "identity", atlasName: "6³ of 1 mm")
        return TrajectoryPlanner(atlas: atlas, samplingStep: .mm(step))
    }

    /// Expected (label, hemisphere, start, end); the midline is ML index 2.5 (k ≤ 2 left, k ≥ 3 right).
    func check(_ planner: TrajectoryPlanner, from entry: SIMD3<Double>, along direction: SIMD3<Double>, length: Double,
               _ expected: [(label: Int, k: Int, start: Double, end: Double)], file: StaticString = #filePath, line: UInt = #line) {
        let segments = planner.segments(entry: Point3(millimetres: entry), direction: Vector3(millimetres: direction), length: .mm(length))
        XCTAssertEqual(segments.map { $0.region.structureID }, expected.map(\.label), file: file, line: line)
        XCTAssertEqual(segments.map { $0.region.hemisphere }, expected.map { $0.k < 3 ? .left : .right }, file: file, line: line)
        for (segment, e) in zip(segments, expected) {
            // Crossings lie 10⁻⁹ voxel before the face: the positive side owns the face.
            XCTAssertEqual(segment.start.millimetres, e.start, accuracy: 1e-8, file: file, line: line)
            XCTAssertEqual(segment.end.millimetres, e.end, accuracy: 1e-8, file: file, line: line)
        }
    }

    func testAxisAlignedShaftCrossesEachFace() throws {
        // x = 0.2 + t: faces x = 0.5, 1.5, 2.5 at t = 0.3, 1.3, 2.3; samples every 0.25 mm see each voxel.
        let d = Self.distinct
        check(try planner(step: 0.25), from: SIMD3(0.2, 1, 1), along: SIMD3(1, 0, 0), length: 3,
              [(d(0, 1, 1), 1, 0, 0.3), (d(1, 1, 1), 1, 0.3, 1.3), (d(2, 1, 1), 1, 1.3, 2.3), (d(3, 1, 1), 1, 2.3, 3)])
        // The same shaft backwards: x = 3.2 − t leaves voxel 3 at x = 2.5 (t = 0.7), and so on.
        check(try planner(step: 0.25), from: SIMD3(3.2, 1, 1), along: SIMD3(-1, 0, 0), length: 3,
              [(d(3, 1, 1), 1, 0, 0.7), (d(2, 1, 1), 1, 0.7, 1.7), (d(1, 1, 1), 1, 1.7, 2.7), (d(0, 1, 1), 1, 2.7, 3)])
    }

    func testDiagonalShaftVisitsVoxelsInCrossingOrder() throws {
        // (x, y) = (s, 2s)/√5 from (0, 0): y = ½ at s = √5/4, x = ½ at √5/2, y = 3/2 at 3√5/4,
        // y = 5/2 at 5√5/4, x = 3/2 at 3√5/2; 0.05 mm samples see every voxel.
        let d = Self.distinct, r = 5.0.squareRoot()
        check(try planner(step: 0.05), from: SIMD3(0, 0, 4), along: SIMD3(1, 2, 0) / r, length: 3.5,
              [(d(0, 0, 4), 4, 0, r / 4), (d(0, 1, 4), 4, r / 4, r / 2), (d(1, 1, 4), 4, r / 2, 3 * r / 4),
               (d(1, 2, 4), 4, 3 * r / 4, 5 * r / 4), (d(1, 3, 4), 4, 5 * r / 4, 3 * r / 2), (d(2, 3, 4), 4, 3 * r / 2, 3.5)])
    }

    func testShaftOnAVoxelFaceTakesThePositiveSide() throws {
        // In the plane x = ½ (between voxels 0 and 1 along x): always voxel i = 1. Samples every
        // 0.5 mm from y = ½ fall exactly on the faces y = ½, 3/2, …, which belong to the voxel above.
        let d = Self.distinct
        check(try planner(step: 0.5), from: SIMD3(0.5, 0.5, 2), along: SIMD3(0, 1, 0), length: 2.5,
              [(d(1, 1, 2), 2, 0, 1), (d(1, 2, 2), 2, 1, 2), (d(1, 3, 2), 2, 2, 2.5)])
    }

    func testMidlineSplitsOneLabel() throws {
        // One label per (i, j) column: crossing the midline plane z = 2.5 (t = 1.5) starts a right-side segment.
        let label = 1 + 2 + 6 * 3
        check(try planner(step: 0.1, labels: { i, j, _ in 1 + i + 6 * j }), from: SIMD3(2, 3, 1), along: SIMD3(0, 0, 1), length: 3,
              [(label, 2, 0, 1.5), (label, 3, 1.5, 3)])
    }

    func testVoxelClippedBetweenTwoSamplesIsSkipped() throws {
        // (x, y) = (u, 0.1 + u), u = s/√2: voxel (0, 1) holds u ∈ [0.4, 0.5), between the samples
        // at u = 0.354 and 0.530 (step 0.25 mm). It is not reported; the boundary is where the shaft
        // leaves voxel (0, 0), y = ½ at u = 0.4.
        let d = Self.distinct, r = 2.0.squareRoot()
        check(try planner(step: 0.25), from: SIMD3(0, 0.1, 1), along: SIMD3(1, 1, 0) / r, length: 1.3 * r,
              [(d(0, 0, 1), 1, 0, 0.4 * r), (d(1, 1, 1), 1, 0.4 * r, 1.3 * r)])
        // When the clipped voxel carries the first voxel's label, the first run lasts through it, to x = ½ (u = 0.5).
        let same = try planner(step: 0.25, labels: { i, j, k in (i, j, k) == (0, 1, 1) ? Self.distinct(0, 0, 1) : Self.distinct(i, j, k) })
        check(same, from: SIMD3(0, 0.1, 1), along: SIMD3(1, 1, 0) / r, length: 1.3 * r,
              [(d(0, 0, 1), 1, 0, 0.5 * r), (d(1, 1, 1), 1, 0.5 * r, 1.3 * r)])
    }

    func testShaftLeavingAndEnteringTheVolume() throws {
        // x = −1 + t: outside until x = −½ (t = ½), then voxels 0…5, outside again from x = 5.5 (t = 6.5).
        let segments = try planner(step: 0.25).segments(entry: Point3(mm: -1, 2, 2), direction: Vector3(mm: 1, 0, 0), length: .mm(7))
        XCTAssertEqual(segments.first?.region, .outsideAtlas)
        XCTAssertEqual(segments.last?.region, .outsideAtlas)
        XCTAssertEqual(segments.map { $0.region.structureID }, [nil] + (0..<6).map { Self.distinct($0, 2, 2) } + [nil])
        XCTAssertEqual(segments.map(\.start.millimetres), [0, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5], accuracy: 1e-8)
        XCTAssertEqual(segments.last?.end.millimetres, 7)
    }

    /// On the real Allen volume: the segments are exactly the runs of the 5 µm samples'
    /// nearest-voxel regions, each sample inside its own segment, each segment holding a sample.
    func testStepsLongerThanAVoxelSkipTheVoxelsBetweenSamples() throws {
        // Samples 1.3 mm apart along an oblique shaft: every axis can move more than one voxel
        // from one sample to the next. Each segment must hold the label of the samples in it,
        // and the voxels between samples are seen only where a boundary falls.
        let planner = try planner(step: 1.3)
        let raw = SIMD3(0.8, 0.5, -0.33), direction = raw / (raw * raw).sum().squareRoot()
        let entry = SIMD3(0.1, 0.3, 4.6), length = 5.9
        let segments = planner.segments(entry: Point3(millimetres: entry), direction: Vector3(millimetres: direction), length: .mm(length))
        let samples = (0...4).map { Double($0) * 1.3 } + [length]
        var segment = 0
        for t in samples {
            while segment < segments.count - 1, segments[segment].end.millimetres < t { segment += 1 }
            XCTAssertEqual(segments[segment].region, try planner.atlas.region(at: Point3(millimetres: entry + t * direction)), "sample at \(t) mm")
        }
        XCTAssertTrue(zip(segments, segments.dropFirst()).allSatisfy { $0.region != $1.region && $0.end == $1.start })
        XCTAssertEqual(segments.first?.start.millimetres, 0)
        XCTAssertEqual(segments.last?.end.millimetres, length)
        XCTAssertEqual(segments.count, 6, "six samples in six distinct voxels")
    }

    func testSegmentsAreTheRunsOfTheSamplesOnTheAllenVolume() throws {
        let planner = try PlanningFixture.planner()
        var state: UInt64 = 0x5EED
        func next(_ lo: Double, _ hi: Double) -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return lo + (hi - lo) * (Double(state >> 11) / Double(UInt64(1) << 53))
        }
        let step = planner.samplingStep.millimetres
        for _ in 0..<12 {
            let angles = try BrainstemAngles(apAngle: .degrees(next(-20, 20)), mlAngle: .degrees(next(-30, 30)))
            let direction = angles.direction(order: planner.angleOrder)
            let entry = Point3<Frame.Bregma>(ap: .mm(next(-3.5, 1.5)), ml: .mm(next(-2.5, 2.5)), dv: .mm(next(-0.5, 1)))
            let length = next(2, 4)
            let segments = planner.segments(entry: entry, direction: direction, length: .mm(length))
            let samples = (0...Int((length / step).rounded(.down))).map { Double($0) * step } + [length]
            var segment = 0, sampled = Set<Int>()
            for t in samples {
                while segment < segments.count - 1, segments[segment].end.millimetres < t { segment += 1 }
                XCTAssertEqual(segments[segment].region, try planner.atlas.region(at: entry + direction * .mm(t)), "sample at \(t) mm")
                sampled.insert(segment)
            }
            XCTAssertEqual(sampled, Set(segments.indices), "every segment holds a sample")
            XCTAssertTrue(zip(segments, segments.dropFirst()).allSatisfy { $0.region != $1.region && $0.end == $1.start })
            XCTAssertEqual(segments.first?.start.millimetres, 0)
            XCTAssertEqual(segments.last?.end.millimetres, length)
            XCTAssertGreaterThan(segments.count, 3)
        }
    }
}

private func XCTAssertEqual(_ a: [Double], _ b: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, file: file, line: line)
    for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: accuracy, file: file, line: line) }
}
