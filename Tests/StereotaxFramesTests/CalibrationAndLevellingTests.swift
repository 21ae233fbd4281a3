import StereotaxTestSupport
import Foundation
import Testing
import StereotaxGeometry
@testable import StereotaxFrames

@Suite struct CalibrationAndLevellingTests {
    /// Landmarks in the bregma frame a surgeon would touch.
    static let landmarks: [(String, Point3<Frame.Bregma>)] = [
        ("bregma", .origin), ("lambda", Point3(mm: -4.2, 0, 0.1)),
        ("left ridge", Point3(mm: -2, -2.5, 0.6)), ("right ridge", Point3(mm: -2, 2.5, 0.55)),
    ]

    @Test func fittedCalibrationRecoversAKnownMountingExactly() throws {
        // The skull sits 3° yawed and 2° rolled in a standard frame; bregma read at (10, 20, 5).
        let mount = Matrix3.rotation(about: SIMD3(0, 0, 1), by: .degrees(3)) * Matrix3.rotation(about: SIMD3(1, 0, 0), by: .degrees(2))
        let axes = ManipulatorAxes.standard.matrix
        let bregmaReading = SIMD3(10.0, 20, 5)
        // reading = bregmaReading + Aᵀ · Mᵀ · p  ⇔  p = M · A · (reading − bregmaReading)
        let touches = Self.landmarks.map { name, p in
            LandmarkTouch(name: name, reading: Point3(millimetres: bregmaReading + axes.transposed * (mount.transposed * p.millimetres)), position: p)
        }
        let calibration = try FrameCalibration.fitted(to: touches)
        #expect(calibration.rms.millimetres < 1e-12)
        #expect(calibration.residuals.count == 4)
        let target = Point3<Frame.Bregma>(mm: -2, 1.5, 1.3)
        let reading = Point3<Frame.Manipulator>(millimetres: bregmaReading + axes.transposed * (mount.transposed * target.millimetres))
        #expect(calibration.transform.apply(reading).distance(to: target).millimetres < 1e-12)
        #expect(calibration.transform.choices[0].contains("rigid fit of 4 touched landmarks"))
    }

    @Test func fittedCalibrationUnderNoiseHasTheExpectedResidual() throws {
        var rng = SplitMix64(seed: 7)
        let sigma = 0.01  // 10 µm of touch error per axis
        var points: [(String, Point3<Frame.Bregma>)] = Self.landmarks
        for i in 0..<16 { points.append(("skull \(i)", Point3(mm: rng.uniform(-5...2), rng.uniform(-3...3), rng.uniform(0...1)))) }
        let bregmaReading = SIMD3(10.0, 20, 5)
        let touches = points.map { name, p in
            let noise = SIMD3(rng.gaussian(), rng.gaussian(), rng.gaussian()) * sigma
            return LandmarkTouch(name: name, reading: Point3(millimetres: bregmaReading + ManipulatorAxes.standard.matrix.transposed * p.millimetres + noise), position: p)
        }
        let calibration = try FrameCalibration.fitted(to: touches)
        // E|residual|² = 3σ²·(n − 6)/n for a rigid fit of n points: RMS close to σ√3.
        let expected = sigma * (3.0 * Double(touches.count - 6) / Double(touches.count)).squareRoot()
        #expect(abs(calibration.rms.millimetres - expected) < 0.5 * expected, "RMS \(calibration.rms.millimetres) vs \(expected)")
        let axisAligned = FrameCalibration.axisAligned(bregmaReading: Point3(millimetres: bregmaReading))
        #expect(calibration.transform.affine.maxAbsDifference(axisAligned.transform.affine) < 0.05)
    }

    @Test func bregmaAndLambdaAloneCannotFixAFrame() {
        let touches = Self.landmarks.prefix(2).map { LandmarkTouch(name: $0.0, reading: Point3(millimetres: $0.1.millimetres), position: $0.1) }
        #expect(throws: FitError.self) { try FrameCalibration.fitted(to: Array(touches)) }
    }

    @Test func levellingSignsAndRotation() throws {
        // Lambda 0.1 mm ventral of bregma: positive pitch, no roll, and levelling brings lambda to bregma's DV.
        let pitched = SkullLandmarks(lambda: .measured(Point3(mm: -4.2, 0, 0.1)))
        let l = try pitched.levelling()
        #expect(abs(l.pitch.degrees - atan2(0.1, 4.2) * 180 / .pi) < 1e-12)
        #expect(l.roll == .zero)
        #expect(abs(l.levelled(pitched.lambda).dv.millimetres) < 1e-12)
        #expect(abs(l.levelled(pitched.lambda).distance(to: .origin).millimetres - pitched.lambda.distance(to: .origin).millimetres) < 1e-12)

        // The right side 0.2 mm ventral of the left over 4 mm: roll atan(0.05), positive.
        let rolled = SkullLandmarks(lambda: .measured(Point3(mm: -4.2, 0, 0)),
                                    extraSkullPoints: [Point3(mm: -2, -2, -0.1), Point3(mm: -2, 2, 0.1)])
        let r = try rolled.levelling()
        #expect(abs(r.roll.degrees - atan(0.05) * 180 / .pi) < 1e-9)
        #expect(abs(r.pitch.degrees) < 1e-9)
        #expect(abs(r.levelled(Point3(mm: -2, 2, 0.1)).dv.millimetres) < 1e-12)
        #expect(r.rootMeanSquareDistance.millimetres < 1e-12)
    }

    @Test func aFlatSkullNeedsNoLevelling() throws {
        let l = try SkullLandmarks.defaults(for: .mouse).levelling()
        #expect(l.rotation == .identity && l.pitch == .zero && l.roll == .zero)
    }
}
