import StereotaxTestSupport
import Foundation
import Testing
import StereotaxGeometry

@Suite struct CorrespondenceFitTests {
    /// `n` points in a ±10 mm box (non-coplanar for n ≥ 4 with probability 1).
    func cloud(_ n: Int, _ rng: inout SplitMix64) -> [SIMD3<Double>] { (0..<n).map { _ in rng.point() } }

    func maxRotationDifference(_ a: Matrix3, _ b: Matrix3) -> Double { a.maxAbsDifference(b) }

    func isProperRotation(_ r: Matrix3) -> Bool {
        (r.transposed * r).maxAbsDifference(.identity) < 1e-12 && abs(r.determinant - 1) < 1e-12
    }

    // MARK: exact recovery

    @Test(arguments: [3, 4, 10, 50]) func rigidRecoversAKnownMotion(n: Int) throws {
        var rng = SplitMix64(seed: UInt64(n))
        let r = rng.rotation(), t = rng.point()
        let from = cloud(n, &rng)
        let fit = try RigidTransform3.fit(from: from, to: from.map { r * $0 + t })
        #expect(fit.transform.rotation.maxAbsDifference(r) < 1e-12)
        #expect((fit.transform.translation - t).maxMagnitude < 1e-11)
        #expect(fit.residuals.count == n && fit.residuals.allSatisfy { $0.millimetres < 1e-11 })
        #expect(fit.rootMeanSquareResidual.millimetres < 1e-11)
    }

    @Test func rigidRecoversRotationsOfCoplanarPoints() throws {
        // Planar sets give a rank-2 cross-covariance whose third singular
        // vectors have arbitrary sign: the reflection guard must pick +1.
        var rng = SplitMix64(seed: 11)
        for _ in 0..<50 {
            let r = rng.rotation(), t = rng.point()
            let from = (0..<4).map { _ in SIMD3(rng.uniform(-5...5), rng.uniform(-5...5), 0) }
            let fit = try RigidTransform3.fit(from: from, to: from.map { r * $0 + t })
            #expect(isProperRotation(fit.transform.rotation))
            #expect(fit.transform.rotation.maxAbsDifference(r) < 1e-11)
            #expect(fit.rootMeanSquareResidual.millimetres < 1e-11)
        }
    }

    @Test func similarityRecoversScaleRotationTranslation() throws {
        var rng = SplitMix64(seed: 3)
        let r = rng.rotation(), t = rng.point()
        let from = cloud(12, &rng)
        let fit = try SimilarityTransform3.fit(from: from, to: from.map { (r * $0) * 1.7 + t })
        #expect(abs(fit.transform.scale - 1.7) < 1e-13)
        #expect(fit.transform.rotation.maxAbsDifference(r) < 1e-12)
        #expect((fit.transform.translation - t).maxMagnitude < 1e-11)
        #expect(fit.rootMeanSquareResidual.millimetres < 1e-11)
        // The rigid fit of the same data cannot absorb the scale.
        #expect(try RigidTransform3.fit(from: from, to: from.map { (r * $0) * 1.7 + t }).rootMeanSquareResidual.millimetres > 1)
    }

    @Test(arguments: [4, 5, 30]) func affineRecoversAShearedMap(n: Int) throws {
        var rng = SplitMix64(seed: 40 + UInt64(n))
        let a = Matrix3(rows: SIMD3(1.1, 0.2, -0.3), SIMD3(0.05, 0.9, 0.4), SIMD3(-0.2, 0.1, 1.3))
        let t = SIMD3(5.4, -3.2, 0.33)
        let from = cloud(n, &rng)
        let fit = try AffineTransform3.fit(from: from, to: from.map { a * $0 + t })
        #expect(fit.transform.linear.maxAbsDifference(a) < 1e-12)
        #expect((fit.transform.translation - t).maxMagnitude < 1e-11)
        #expect(fit.rootMeanSquareResidual.millimetres < 1e-11)
    }

    @Test func affineAcceptsCoplanarTargets() throws {
        // Projection onto z = 0: a singular but well-defined affine map.
        var rng = SplitMix64(seed: 9)
        let from = cloud(8, &rng)
        let fit = try AffineTransform3.fit(from: from, to: from.map { SIMD3($0.x, $0.y, 0) })
        #expect(fit.transform.linear.maxAbsDifference(Matrix3(diagonal: SIMD3(1, 1, 0))) < 1e-12)
    }

    // MARK: noise

    /// Under isotropic Gaussian noise σ on the targets, E[Σ rᵢ²] = (3n − p)σ²
    /// for a fit with p parameters.
    @Test(arguments: [(PointFitKind.rigid, 6), (.similarity, 7), (.affine, 12)])
    func rmsMatchesTheNoiseLevel(kind: PointFitKind, parameters: Int) throws {
        var rng = SplitMix64(seed: 2024)
        let n = 400, sigma = 0.05
        let r = rng.rotation(), t = rng.point()
        let from = cloud(n, &rng)
        let to = from.map { r * $0 * 1.2 + t + SIMD3(rng.gaussian(), rng.gaussian(), rng.gaussian()) * sigma }
        let exact = AffineTransform3(linear: r * 1.2, translation: t)
        let fitted: AffineTransform3, rms: Double
        switch kind {
        case .rigid:
            // Rigid data for the rigid fit.
            let rigidTo = from.map { r * $0 + t + SIMD3(rng.gaussian(), rng.gaussian(), rng.gaussian()) * sigma }
            let fit = try RigidTransform3.fit(from: from, to: rigidTo)
            (fitted, rms) = (fit.transform.affine, fit.rootMeanSquareResidual.millimetres)
            #expect(fitted.linear.maxAbsDifference(r) < 1e-3 && (fitted.translation - t).maxMagnitude < 0.01)
        case .similarity:
            let fit = try SimilarityTransform3.fit(from: from, to: to)
            (fitted, rms) = (fit.transform.affine, fit.rootMeanSquareResidual.millimetres)
            #expect(abs(fit.transform.scale - 1.2) < 1e-3)
            #expect(fitted.maxAbsDifference(exact) < 0.01)
        case .affine:
            let fit = try AffineTransform3.fit(from: from, to: to)
            (fitted, rms) = (fit.transform, fit.rootMeanSquareResidual.millimetres)
            #expect(fitted.maxAbsDifference(exact) < 0.01)
        }
        let expected = sigma * (Double(3 * n - parameters) / Double(n)).squareRoot()
        #expect(abs(rms - expected) < 0.1 * expected, "RMS \(rms) vs expected \(expected)")
    }

    // MARK: reflection

    @Test func mirroredTargetsGiveTheBestProperRotationNotAReflection() throws {
        var rng = SplitMix64(seed: 5)
        let from = cloud(10, &rng)
        let mirrored = from.map { SIMD3(-$0.x, $0.y, $0.z) }
        let fit = try RigidTransform3.fit(from: from, to: mirrored)
        let r = fit.transform.rotation
        #expect(isProperRotation(r))
        #expect(fit.rootMeanSquareResidual.millimetres > 0.1)
        // Optimal: any small rotation away from it fits worse. For rotation q
        // the best translation aligns the centroids.
        func rms(_ q: Matrix3) -> Double {
            let centroidFrom = from.reduce(.zero, +) / Double(from.count)
            let centroidTo = mirrored.reduce(.zero, +) / Double(from.count)
            let sum = zip(from, mirrored).reduce(0.0) { acc, pair in
                let d = q * (pair.0 - centroidFrom) - (pair.1 - centroidTo)
                return acc + (d * d).sum()
            }
            return (sum / Double(from.count)).squareRoot()
        }
        let base = rms(r)
        #expect(abs(base - fit.rootMeanSquareResidual.millimetres) < 1e-12)
        for axis in [SIMD3<Double>(1, 0, 0), SIMD3(0, 1, 0), SIMD3(0, 0, 1)] {
            for angle in [-0.5, 0.5] {
                #expect(rms(Matrix3.rotation(about: axis, by: .degrees(angle)) * r) > base)
            }
        }
    }

    // MARK: degenerate input

    @Test func degenerateInputIsRefusedWithAReason() {
        let tri: [SIMD3<Double>] = [SIMD3(0, 0, 0), SIMD3(1, 0, 0), SIMD3(0, 1, 0)]
        let line: [SIMD3<Double>] = [SIMD3(0, 0, 0), SIMD3(1, 1, 1), SIMD3(2, 2, 2), SIMD3(-3, -3, -3)]
        let square: [SIMD3<Double>] = tri + [SIMD3(1, 1, 0)]
        let same = [SIMD3<Double>](repeating: SIMD3(2.5, -1.3, 0.7), count: 4)

        #expect(throws: FitError.mismatchedCounts(from: 3, to: 4)) { try RigidTransform3.fit(from: tri, to: square) }
        #expect(throws: FitError.tooFewPoints(set: "from", count: 2, required: 3)) {
            try RigidTransform3.fit(from: Array(tri.prefix(2)), to: Array(tri.prefix(2)))
        }
        #expect(throws: FitError.collinear(set: "from", required: 3)) { try RigidTransform3.fit(from: line, to: square) }
        #expect(throws: FitError.collinear(set: "to", required: 3)) { try SimilarityTransform3.fit(from: square, to: line) }
        #expect(throws: FitError.coincident(set: "from")) { try SimilarityTransform3.fit(from: same, to: square) }
        #expect(throws: FitError.coincident(set: "to")) { try SimilarityTransform3.fit(from: square, to: same) }
        #expect(throws: FitError.tooFewPoints(set: "from", count: 3, required: 4)) { try AffineTransform3.fit(from: tri, to: tri) }
        #expect(throws: FitError.coplanar(set: "from", required: 4)) {
            try AffineTransform3.fit(from: square + [SIMD3(3, -2, 0)], to: square + [SIMD3(0, 0, 1)])
        }
        #expect(throws: FitError.collinear(set: "from", required: 3)) { try AffineTransform3.fit(from: line, to: square) }
        var bad = square
        bad[2].y = .nan
        #expect(throws: FitError.nonFinite(set: "from", index: 2)) { try AffineTransform3.fit(from: bad, to: square) }
        bad = square
        bad[3].z = -.infinity
        #expect(throws: FitError.nonFinite(set: "to", index: 3)) { try RigidTransform3.fit(from: square, to: bad) }
        #expect(FitError.coplanar(set: "from", required: 4).description
            == "from: points are coplanar; expected at least 4 points not in one plane")
    }

    // MARK: typed frames

    @Test func typedFitBetweenFramesNamesTheChoice() throws {
        var rng = SplitMix64(seed: 77)
        let r = rng.rotation(), t = rng.point()
        let from = cloud(6, &rng)
        let fromPoints = from.map { Point3<Frame.Bregma>(millimetres: $0) }
        let toPoints = from.map { Point3<Frame.CCF>(millimetres: r * $0 + t) }
        for kind in PointFitKind.allCases {
            let fit = try FrameTransform<Frame.Bregma, Frame.CCF>.fit(kind, from: fromPoints, to: toPoints)
            #expect(fit.transform.affine.maxAbsDifference(AffineTransform3(linear: r, translation: t)) < 1e-10)
            #expect(fit.transform.choices.count == 1)
            #expect(fit.transform.choices[0].hasPrefix("\(kind) fit bregma → ccf to 6 point pairs, RMS residual"))
            let mapped = fit.transform.apply(fromPoints[0])
            #expect((mapped.millimetres - toPoints[0].millimetres).maxMagnitude < 1e-10)
        }
        #expect(throws: FitError.mismatchedCounts(from: 6, to: 5)) {
            try FrameTransform<Frame.Bregma, Frame.CCF>.fit(.rigid, from: fromPoints, to: Array(toPoints.dropLast()))
        }
    }
}
