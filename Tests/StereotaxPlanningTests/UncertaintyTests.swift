import StereotaxCoordinates
import StereotaxFrames
import StereotaxGeometry
import StereotaxPlanning
import XCTest

final class UncertaintyTests: XCTestCase {
    func testIsotropicCovarianceIsASphere() throws {
        let e = try ErrorEllipsoid(Covariance3.isotropic(.µm(50)))
        XCTAssertEqual(e.axes.count, 3)
        for axis in e.axes {
            XCTAssertEqual(axis.oneSigma.millimetres, 0.05, accuracy: 1e-12)
            XCTAssertEqual(axis.ninetyFivePercent.millimetres, 0.05 * 7.814727903251178.squareRoot(), accuracy: 1e-12)
            XCTAssertEqual((axis.direction * axis.direction).sum(), 1, accuracy: 1e-12)
        }
    }

    /// Diagonal (AP 0.01, ML 0.04, DV 0.0025 mm²): axes along ML, AP, DV with 1σ 0.2, 0.1, 0.05 mm.
    func testDiagonalCovarianceGivesItsAxes() throws {
        let e = try ErrorEllipsoid(Covariance3(Matrix3(diagonal: SIMD3(0.01, 0.04, 0.0025))))
        XCTAssertEqual(e.axes.map(\.oneSigma.millimetres), [0.2, 0.1, 0.05].map { $0 }, accuracy: 1e-12)
        XCTAssertEqual(abs(e.axes[0].direction.y), 1, accuracy: 1e-12)
        XCTAssertEqual(abs(e.axes[1].direction.x), 1, accuracy: 1e-12)
        XCTAssertEqual(abs(e.axes[2].direction.z), 1, accuracy: 1e-12)
        XCTAssertEqual(e.axes[0].ninetyFivePercent.millimetres, 0.2 * 2.795483482915108, accuracy: 1e-9)
    }

    func testInvalidCovariances() {
        XCTAssertThrowsError(try Covariance3(Matrix3(rows: SIMD3(1, 0.5, 0), SIMD3(0, 1, 0), SIMD3(0, 0, 1)))) {
            XCTAssertEqual($0 as? UncertaintyError, .notSymmetric(field: "covariance"))
        }
        XCTAssertThrowsError(try Covariance3(Matrix3(diagonal: SIMD3(1, -1, 1)))) {
            XCTAssertEqual($0 as? UncertaintyError, .negativeVariance(field: "covariance", axis: 1, value: -1))
        }
        XCTAssertThrowsError(try Covariance3(Matrix3(diagonal: SIMD3(1, .nan, 1))))
        // Symmetric with a positive diagonal but an eigenvalue of −1: not a covariance.
        XCTAssertThrowsError(try ErrorEllipsoid(Covariance3(Matrix3(rows: SIMD3(1, 2, 0), SIMD3(2, 1, 0), SIMD3(0, 0, 1))))) {
            guard case .notPositiveSemidefinite(_, let v)? = $0 as? UncertaintyError else { return XCTFail("\($0)") }
            XCTAssertEqual(v, -1, accuracy: 1e-12)
        }
        XCTAssertThrowsError(try TipUncertainty.jacobian(at: .zero, step: .zero) { $0 })
    }

    /// J Σ Jᵀ with a known J: a 90° turn about DV swaps the AP and ML variances.
    func testPropagationThroughAJacobian() throws {
        let sigma = try Covariance3(Matrix3(diagonal: SIMD3(0.04, 0.01, 0.09)))
        let turn = Matrix3(rows: SIMD3(0, -1, 0), SIMD3(1, 0, 0), SIMD3(0, 0, 1))
        let j = try TipUncertainty.jacobian(at: SIMD3(1, 2, 3)) { turn * $0 + SIMD3(5, 5, 5) }
        XCTAssertLessThan(j.maxAbsDifference(turn), 1e-9)
        let u = try TipUncertainty(sources: [UncertaintySource(name: "x", covariance: sigma, jacobian: j)])
        XCTAssertEqual(u.covariance.matrix[0, 0], 0.01, accuracy: 1e-9)
        XCTAssertEqual(u.covariance.matrix[1, 1], 0.04, accuracy: 1e-9)
        XCTAssertEqual(u.covariance.matrix[2, 2], 0.09, accuracy: 1e-9)
    }

    /// A lambda-relative absolute record: tip = lambda + position, so both Jacobians are the
    /// identity and the tip covariance is the sum of the two inputs.
    func testLambdaAbsoluteRecordAddsTheCovariances() throws {
        let planner = TrajectoryPlanner(atlas: try SyntheticAtlas.atlas())
        let record = Coordinates.stereotaxicLambdaAbsolute(LambdaAbsoluteCoordinates(apCoordinate: .mm(4.3), mlCoordinate: .mm(0.1), dvCoordinate: .mm(0.3)))
        let landmark = try Covariance3(standardDeviations: SIMD3(0.1, 0.05, 0.05))
        let placement = try Covariance3(standardDeviations: SIMD3(0.02, 0.02, 0.03))
        let u = try planner.tipUncertainty(of: record, landmarks: SkullLandmarks(lambda: .distance(.mm(4.2))), landmark: landmark, placement: placement)
        for s in u.sources { XCTAssertLessThan(s.jacobian.maxAbsDifference(.identity), 1e-9, s.name) }
        XCTAssertEqual(u.covariance.matrix[0, 0], 0.01 + 0.0004, accuracy: 1e-9)
        XCTAssertEqual(u.ellipsoid.axes[0].oneSigma.millimetres, (0.0104).squareRoot(), accuracy: 1e-9)
    }

    /// A brain-surface record on the flat synthetic surface with a 30° ML angle: a depth
    /// error moves the tip along the shaft, (0, −sin 30°, cos 30°) per mm.
    func testBrainSurfaceDepthErrorRunsAlongTheShaft() throws {
        let planner = TrajectoryPlanner(atlas: try SyntheticAtlas.atlas())
        let record = Coordinates.stereotaxicBregmaBrainSurface(BregmaBrainSurfaceCoordinates(
            apCoordinate: .mm(0.05), mlCoordinate: .mm(0.1), depth: .mm(0.4), mlAngle: .degrees(30)))
        let depthOnly = try Covariance3(standardDeviations: SIMD3(0, 0, 0.1))
        let u = try planner.tipUncertainty(of: record, landmarks: .defaults(for: .mouse), landmark: .zero, placement: depthOnly)
        let axis = u.ellipsoid.axes[0]
        XCTAssertEqual(axis.oneSigma.millimetres, 0.1, accuracy: 1e-9)
        XCTAssertEqual(abs(axis.direction.y), 0.5, accuracy: 1e-9)
        XCTAssertEqual(abs(axis.direction.z), (3.0).squareRoot() / 2, accuracy: 1e-9)
        XCTAssertEqual(u.ellipsoid.axes[1].oneSigma.millimetres, 0, accuracy: 1e-9)
        // On a flat surface, a bregma error in AP/ML moves the tip by the same amount; DV has no effect.
        let j = u.sources[0].jacobian
        XCTAssertEqual(j[0, 0], 1, accuracy: 1e-9); XCTAssertEqual(j[1, 1], 1, accuracy: 1e-9); XCTAssertEqual(j[2, 2], 0, accuracy: 1e-9)
    }
}

private func XCTAssertEqual(_ a: [Double], _ b: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, file: file, line: line)
    for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: accuracy, file: file, line: line) }
}
