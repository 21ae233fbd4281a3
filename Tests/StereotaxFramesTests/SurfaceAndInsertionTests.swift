import StereotaxTestSupport
import Foundation
import Testing
import StereotaxGeometry
@testable import StereotaxFrames

@Suite struct SurfaceAndInsertionTests {
    @Test func planarEntryAlongVerticalAndTiltedRays() throws {
        let s = PlanarBrainSurface.horizontal(atDV: .mm(0.5))
        let down = try #require(Ray3(origin: Point3<Frame.Bregma>(mm: 1, 2, -3), direction: Vector3(mm: 0, 0, 1)))
        #expect(s.entry(along: down) == Point3(mm: 1, 2, 0.5))
        let up = try #require(Ray3(origin: Point3<Frame.Bregma>(mm: 1, 2, -3), direction: Vector3(mm: 0, 0, -1)))
        #expect(s.entry(along: up) == nil)
        let inside = try #require(Ray3(origin: Point3<Frame.Bregma>(mm: 0, 0, 2), direction: Vector3(mm: 0, 0, -1)))
        #expect(s.entry(along: inside) == Point3(mm: 0, 0, 2))
        // 45° in the AP–DV plane: from DV −0.5 reaches DV 0.5 after 1 mm of AP.
        let tilted = try #require(Ray3(origin: Point3<Frame.Bregma>(mm: 0, 0, -0.5), direction: Vector3(mm: -1, 0, 1)))
        let e = try #require(s.entry(along: tilted))
        #expect(e.distance(to: Point3(mm: -1, 0, 0.5)).millimetres < 1e-12)
    }

    @Test func verticalPlaneIsRejected() {
        #expect(PlanarBrainSurface(point: .origin, normal: Vector3(mm: 1, 0, 0)) == nil)
        #expect(PlanarBrainSurface(point: .origin, normal: Vector3(mm: 0, 0, 0)) == nil)
    }

    @Test func verticalInsertionHandComputed() throws {
        let s = PlanarBrainSurface.horizontal(atDV: .mm(0.3))
        let ins = try Insertion.fromSurfaceEntry(ap: .mm(-2), ml: .mm(1.5), depth: .mm(1.2), direction: Vector3(mm: 0, 0, 1), surface: s)
        #expect(ins.entry.distance(to: Point3(mm: -2, 1.5, 0.3)).millimetres < 1e-12)
        #expect(ins.tip.distance(to: Point3(mm: -2, 1.5, 1.5)).millimetres < 1e-12)
        let back = try Insertion.fromTip(ins.tip, direction: ins.direction, surface: s)
        #expect(abs(back.depth.millimetres - 1.2) < 1e-9)
        #expect(back.entry.distance(to: ins.entry).millimetres < 1e-9)
    }

    @Test func angledInsertionOnASlopedSurfaceRoundTrips() throws {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<200 {
            let n = Vector3<Frame.Bregma>(mm: rng.uniform(-0.3...0.3), rng.uniform(-0.3...0.3), 1)
            let s = try #require(PlanarBrainSurface(point: Point3(mm: 0, 0, rng.uniform(0...1)), normal: n))
            let a = rng.uniform(-0.5...0.5), m = rng.uniform(-0.5...0.5)
            let dir = Vector3<Frame.Bregma>(mm: -sin(a), -cos(a) * sin(m), cos(a) * cos(m))
            let depth = Length.mm(rng.uniform(0...6))
            let fwd = try Insertion.fromSurfaceEntry(ap: .mm(rng.uniform(-4...3)), ml: .mm(rng.uniform(-3...3)),
                                                     depth: depth, direction: dir, surface: s)
            #expect(abs(s.depthBelowSurface(fwd.entry)) < 1e-9)
            let inv = try Insertion.fromTip(fwd.tip, direction: dir, surface: s)
            #expect(inv.entry.distance(to: fwd.entry).millimetres < 1e-9)
            #expect(abs(inv.depth.millimetres - depth.millimetres) < 1e-9)
        }
    }

    @Test func tipAboveTheSurfaceIsAnError() {
        let s = PlanarBrainSurface.horizontal(atDV: .mm(1))
        #expect(throws: InsertionError.self) {
            try Insertion.fromTip(Point3(mm: 0, 0, 0.5), direction: Vector3(mm: 0, 0, 1), surface: s)
        }
    }

    @Test func heightFieldMatchesAPlaneItSamples() throws {
        // A tilted plane DV = 0.2 + 0.1·AP − 0.05·ML sampled on a grid is reproduced exactly by bilinear interpolation.
        let (na, nm) = (21, 17)
        var h = [Double]()
        for i in 0..<na { for j in 0..<nm { h.append(0.2 + 0.1 * (-5 + 0.5 * Double(i)) - 0.05 * (-4 + 0.5 * Double(j))) } }
        let field = HeightFieldBrainSurface(apOrigin: .mm(-5), mlOrigin: .mm(-4), spacing: .mm(0.5), apCount: na, mlCount: nm,
                                            heights: h, name: "test field")
        let plane = try #require(PlanarBrainSurface(point: Point3(mm: 0, 0, 0.2), normal: Vector3(mm: -0.1, 0.05, 1)))
        var rng = SplitMix64(seed: 3)
        for _ in 0..<100 {
            let dir = Vector3<Frame.Bregma>(mm: rng.uniform(-0.4...0.4), rng.uniform(-0.4...0.4), 1)
            let tip = Point3<Frame.Bregma>(mm: rng.uniform(-3...3), rng.uniform(-2...2), rng.uniform(1...3))
            let a = try Insertion.fromTip(tip, direction: dir, surface: field)
            let b = try Insertion.fromTip(tip, direction: dir, surface: plane)
            #expect(a.entry.distance(to: b.entry).millimetres < 1e-8)
        }
        #expect(field.surfaceDV(ap: 100, ml: 0) == nil)
    }
}
