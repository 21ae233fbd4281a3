import Testing
import StereotaxGeometry

@Suite struct LineFitTests {
    let origin = SIMD3(1.0, -2.0, 3.5)
    let unit = SIMD3(2.0, -1.0, 2.0) / 3 // |(2, −1, 2)| = 3

    @Test func exactTrackGivesItsAxisOrientedFirstToLast() throws {
        let points = [0.0, 0.5, 1.5, 4].map { Point3<Frame.Bregma>(millimetres: origin + unit * $0) }
        let fit = try LineFit(points)
        #expect((fit.direction.millimetres - unit).maxMagnitude < 1e-14)
        #expect(fit.rootMeanSquareDistance.millimetres < 1e-14)
        #expect((fit.point.millimetres - (origin + unit * 1.5)).maxMagnitude < 1e-14) // the centroid
        // Reversed order reverses the direction.
        let reversed = try LineFit(points.reversed())
        #expect((reversed.direction.millimetres + unit).maxMagnitude < 1e-14)
        #expect((fit.point(at: .mm(2.5)).millimetres - (origin + unit * 4)).maxMagnitude < 1e-14)
    }

    @Test func perpendicularOffsetsGiveTheirRMS() throws {
        // Offsets ±δ along a direction perpendicular to the track, in
        // symmetric pairs, leave the axis unchanged.
        let perpendicular = SIMD3(1.0, 2.0, 0.0) / 5.0.squareRoot()
        #expect(abs((perpendicular * unit).sum()) < 1e-15)
        let delta = 0.02
        let points = (0..<10).map { k -> Point3<Frame.CCF> in
            let s = Double(k / 2)
            return Point3(millimetres: origin + unit * s + perpendicular * (k % 2 == 0 ? delta : -delta))
        }
        let fit = try LineFit(points)
        #expect(abs(fit.rootMeanSquareDistance.millimetres - delta) < 1e-14)
        #expect(fit.distances.allSatisfy { abs($0.millimetres - delta) < 1e-14 })
        #expect((fit.direction.millimetres - unit).maxMagnitude < 1e-13)
        #expect(abs(fit.distance(to: Point3(millimetres: origin + perpendicular * 0.3)).millimetres - 0.3) < 1e-13)
    }

    @Test func degenerateTracksAreRefused() {
        let p = Point3<Frame.Bregma>(mm: 1, 2, 3)
        #expect(throws: FitError.tooFewPoints(set: "points", count: 1, required: 2)) { try LineFit([p]) }
        #expect(throws: FitError.coincident(set: "points")) { try LineFit([p, p, p]) }
        #expect(throws: FitError.nonFinite(set: "points", index: 1)) { try LineFit([p, Point3(mm: .nan, 0, 0)]) }
    }
}

@Suite struct PlaneFitTests {
    /// z = 0.1 x − 0.2 y + 3: normal ∝ (−0.1, 0.2, 1).
    func onPlane(_ x: Double, _ y: Double) -> SIMD3<Double> { SIMD3(x, y, 0.1 * x - 0.2 * y + 3) }
    var unitNormal: SIMD3<Double> { SIMD3(-0.1, 0.2, 1) / (0.01 + 0.04 + 1).squareRoot() }

    @Test func exactPlaneGivesItsNormalPointingAlongPositiveThirdAxis() throws {
        let points = [(0.0, 0.0), (4, 0), (0, 3), (-2, 5), (1, -1)].map { Point3<Frame.Bregma>(millimetres: onPlane($0.0, $0.1)) }
        let fit = try PlaneFit(points)
        #expect((fit.normal.millimetres - unitNormal).maxMagnitude < 1e-14)
        #expect(fit.rootMeanSquareDistance.millimetres < 1e-14)
        #expect(abs(fit.signedDistance(to: Point3(millimetres: onPlane(7, 7) + unitNormal * 0.4)).millimetres - 0.4) < 1e-13)
        // The same plane from points in another order has the same normal.
        #expect((try PlaneFit(points.reversed()).normal.millimetres - unitNormal).maxMagnitude < 1e-14)
    }

    @Test func offsetsAlongTheNormalGiveTheirRMS() throws {
        let delta = 0.05
        let grid = [(0.0, 0.0), (1, 0), (0, 1), (1, 1), (2, 0), (0, 2), (2, 2), (2, 1)]
        // Alternate ±δ so that the best plane is the original one.
        var points: [Point3<Frame.Lambda>] = []
        for (k, xy) in grid.enumerated() {
            points.append(Point3(millimetres: onPlane(xy.0, xy.1) + unitNormal * (k % 2 == 0 ? delta : -delta)))
            points.append(Point3(millimetres: onPlane(xy.0, xy.1) + unitNormal * (k % 2 == 0 ? -delta : delta)))
        }
        let fit = try PlaneFit(points)
        #expect(abs(fit.rootMeanSquareDistance.millimetres - delta) < 1e-14)
        #expect(fit.signedDistances.allSatisfy { abs(abs($0.millimetres) - delta) < 1e-14 })
        #expect((fit.normal.millimetres - unitNormal).maxMagnitude < 1e-13)
    }

    @Test func verticalPlaneOrientationFallsBackToTheSecondAxis() throws {
        // The plane y = x contains the third axis: normal ±(−1, 1, 0)/√2, chosen with y > 0.
        let points = [(0.0, 0.0), (1, 0), (0, 1), (2, 3)].map { Point3<Frame.Bregma>(mm: $0.0, $0.0, $0.1) }
        let fit = try PlaneFit(points)
        #expect((fit.normal.millimetres - SIMD3(-1, 1, 0) / 2.0.squareRoot()).maxMagnitude < 1e-14)
    }

    @Test func degeneratePlanesAreRefused() {
        let a = Point3<Frame.Bregma>(mm: 0, 0, 0), b = Point3<Frame.Bregma>(mm: 1, 1, 1)
        #expect(throws: FitError.tooFewPoints(set: "points", count: 2, required: 3)) { try PlaneFit([a, b]) }
        #expect(throws: FitError.collinear(set: "points", required: 3)) { try PlaneFit([a, b, Point3(mm: 3, 3, 3)]) }
        #expect(throws: FitError.coincident(set: "points")) { try PlaneFit([b, b, b, b]) }
        #expect(throws: FitError.nonFinite(set: "points", index: 0)) { try PlaneFit([Point3(mm: 0, .infinity, 0), a, b]) }
    }
}
