import StereotaxTestSupport
import Testing
import StereotaxGeometry
import StereotaxLinearAlgebra

@Suite struct BatchTransformTests {
    /// Sizes around every case the kernel distinguishes: empty, a single
    /// (odd) point, one pair, odd counts, and both sides of chunk boundaries.
    static let sizes: [Int] = {
        let c = AffineBatchKernel.chunkPointCount
        return [0, 1, 2, 3, 4, 5, 7, 13, c - 1, c, c + 1, 2 * c + 3]
    }()

    func randomTransform(_ rng: inout SplitMix64) -> AffineTransform3 {
        var a = rng.rotation() * 1.3
        a[0, 1] += 0.2 // shear: not just a similarity
        a[2, 0] -= 0.35
        return AffineTransform3(linear: a, translation: rng.point(in: -6...6))
    }

    func randomPoints<F>(_ n: Int, _ rng: inout SplitMix64) -> PointBuffer<F> {
        PointBuffer((0..<n).map { _ in Point3<F>(millimetres: rng.point()) })
    }

    func maxDifference<F>(_ batch: PointBuffer<F>, _ single: [Point3<F>]) -> Double {
        zip(batch, single).reduce(0) { max($0, ($1.0.millimetres - $1.1.millimetres).maxMagnitude) }
    }

    @Test(arguments: sizes) func inPlaceEqualsPerPoint(n: Int) {
        var rng = SplitMix64(seed: UInt64(n) + 1)
        let t = randomTransform(&rng)
        let points: PointBuffer<Frame.Bregma> = randomPoints(n, &rng)
        var mapped = points
        t.apply(to: &mapped)
        #expect(mapped.count == n)
        #expect(maxDifference(mapped, points.map { Point3(millimetres: t.apply($0.millimetres)) }) <= 1e-12)
    }

    @Test(arguments: sizes) func intoFreshAndReusedOutputEqualsPerPoint(n: Int) {
        var rng = SplitMix64(seed: UInt64(n) + 100)
        let t = randomTransform(&rng)
        let points: PointBuffer<Frame.Bregma> = randomPoints(n, &rng)
        let expected = points.map { Point3<Frame.Bregma>(millimetres: t.apply($0.millimetres)) }
        var fresh = PointBuffer<Frame.Bregma>([.origin, .origin]) // wrong count: replaced
        t.apply(points, into: &fresh)
        #expect(fresh.count == n && maxDifference(fresh, expected) <= 1e-12)
        var reused = PointBuffer<Frame.Bregma>(repeating: Point3(mm: 9, 9, 9), count: n)
        t.apply(points, into: &reused)
        #expect(reused.count == n && maxDifference(reused, expected) <= 1e-12)
        #expect(reused == fresh)
    }

    @Test(arguments: sizes) func frameTransformMapsBetweenFrames(n: Int) {
        var rng = SplitMix64(seed: UInt64(n) + 200)
        let t = FrameTransform<Frame.Bregma, Frame.CCF>(randomTransform(&rng), choices: ["test map"])
        let points: PointBuffer<Frame.Bregma> = randomPoints(n, &rng)
        let mapped: PointBuffer<Frame.CCF> = t.apply(toPoints: points)
        #expect(maxDifference(mapped, points.map(t.apply)) <= 1e-12)
        var into = PointBuffer<Frame.CCF>()
        t.apply(points, into: &into)
        #expect(into == mapped)
    }

    @Test func knownMapOnKnownPoints() {
        // Swap x and y, double z, then shift by (1, 2, 3).
        let t = AffineTransform3(linear: Matrix3(rows: SIMD3(0, 1, 0), SIMD3(1, 0, 0), SIMD3(0, 0, 2)), translation: SIMD3(1, 2, 3))
        var points: PointBuffer<Frame.Lambda> = [Point3(mm: 1, 2, 3), Point3(mm: -4, 5, 0.5), Point3(mm: 0, 0, 0)]
        t.apply(to: &points)
        #expect(Array(points) == [Point3(mm: 3, 3, 9), Point3(mm: 6, -2, 4), Point3(mm: 1, 2, 3)])
    }

    @Test func nonFiniteValuesStayPutAndDoNotSpreadToNeighbours() {
        var rng = SplitMix64(seed: 7)
        let t = randomTransform(&rng)
        let n = AffineBatchKernel.chunkPointCount + 5
        var points: PointBuffer<Frame.Bregma> = randomPoints(n, &rng)
        points[2] = Point3(mm: .infinity, 0, 0)   // pair partner of point 3
        points[n - 2] = Point3(mm: 0, .nan, 0)    // in the last, odd-sized chunk
        var mapped = points
        t.apply(to: &mapped)
        let expected = points.map { Point3<Frame.Bregma>(millimetres: t.apply($0.millimetres)) }
        for i in [2, n - 2] {
            #expect(!mapped[i].isFinite && !expected[i].isFinite)
        }
        let finite = (0..<n).filter { expected[$0].isFinite }
        #expect(finite.count == n - 2)
        #expect(finite.allSatisfy { (mapped[$0].millimetres - expected[$0].millimetres).maxMagnitude <= 1e-12 })
        // Neighbours in the same chunk keep their exact per-point values.
        #expect(mapped[3].isFinite && mapped[n - 1].isFinite)
    }
}

@Suite struct PointBufferTests {
    @Test func interleavedLayoutAndCollectionAccess() throws {
        var b: PointBuffer<Frame.Bregma> = [Point3(mm: 1, 2, 3)]
        b.append(Point3(ap: .mm(4), ml: .mm(5), dv: .mm(6)))
        #expect(b.interleavedMillimetres == [1, 2, 3, 4, 5, 6])
        #expect(b.count == 2 && b[1].ml == .mm(5))
        b[0] = Point3(mm: -1, -2, -3)
        #expect(b.interleavedMillimetres == [-1, -2, -3, 4, 5, 6])
        #expect(try PointBuffer<Frame.Bregma>(interleavedMillimetres: [-1, -2, -3, 4, 5, 6]) == b)
        #expect(PointBuffer<Frame.CCF>().isEmpty)
        #expect(PointBuffer(repeating: Point3<Frame.CCF>(mm: 1, 1, 1), count: 3).count == 3)
    }

    @Test func rawCoordinatesAreValidated() {
        #expect(throws: PointBufferError.incompletePoint(valueCount: 4)) {
            try PointBuffer<Frame.Bregma>(interleavedMillimetres: [1, 2, 3, 4])
        }
        #expect(throws: PointBufferError.nonFinite(point: 1, axis: "DV", value: .nan)) {
            try PointBuffer<Frame.CCF>(interleavedMillimetres: [0, 0, 0, 1, .nan, 1])
        }
        #expect(throws: PointBufferError.nonFinite(point: 0, axis: "ML", value: -.infinity)) {
            try PointBuffer<Frame.Bregma>(interleavedMillimetres: [0, -.infinity, 0])
        }
        #expect(PointBufferError.nonFinite(point: 1, axis: "DV", value: .nan).description
            == "point 1: DV is nan, expected a finite number of millimetres")
    }
}
