import Foundation
import XCTest
import StereotaxGeometry
@testable import StereotaxAtlas

final class PresetsAllenTests: XCTestCase {
    typealias Preset = AllenStereotaxicPreset

    private func assertClose<F>(_ a: Point3<F>, _ b: Point3<F>, _ tolerance: Double,
                                file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertLessThanOrEqual((a.millimetres - b.millimetres).maxMagnitude, tolerance, "\(a) vs \(b)", file: file, line: line)
    }

    /// Reference §6: iblatlas `ccf2xyz([0, 0, 0])` = (-0.005739, 0.0054, 0.000332) m
    /// as (x ML right, y AP anterior, z DV dorsal).
    func testIblAllenReproducesCcf2xyz() {
        let xyzMetres = SIMD3(-0.005739, 0.0054, 0.000332)
        let expected = Point3<Frame.Bregma>(ap: .mm(xyzMetres.y * 1000), ml: .mm(xyzMetres.x * 1000), dv: .mm(-xyzMetres.z * 1000))
        assertClose(Preset.iblAllen.ccfToBregma.apply(Point3<Frame.CCF>.origin), expected, 1e-6)
    }

    /// Reference §6: Needles `xyz2ccf((-2, -2, -3) mm)` = (ML 3739, AP 7239.926, DV 3483.261) µm.
    func testIblNeedlesReproducesXyz2ccf() {
        let xyz = SIMD3(-2.0, -2.0, -3.0)  // ML, AP, DV dorsal (mm)
        let p = Point3<Frame.Bregma>(ap: .mm(xyz.y), ml: .mm(xyz.x), dv: .mm(-xyz.z))
        let expected = Point3<Frame.CCF>(ap: .µm(7239.926), dv: .µm(3483.261), ml: .µm(3739))
        assertClose(Preset.iblNeedles.bregmaToCCF.apply(p), expected, 1e-6)
    }

    /// iblatlas' rule, xyz = (ccf − bregma) · scale · (1, −1, −1) in (ML, AP, DV) order,
    /// written out independently for every iblatlas preset.
    func testIblPresetsFollowIblatlasRule() {
        let ccf = Point3<Frame.CCF>(ap: .mm(7.1), dv: .mm(4.2), ml: .mm(3.3))
        let cases: [(Preset, ml: Double, ap: Double, dv: Double)] = [
            (.iblAllen, 1, 1, 1), (.iblNeedles, 1, 1.087, 0.952), (.iblMRIToronto, 0.952, 1.031, 0.885),
        ]
        for (preset, sML, sAP, sDV) in cases {
            let x = (3.3 - 5.739) * sML, y = -(7.1 - 5.4) * sAP, z = -(4.2 - 0.332) * sDV
            assertClose(preset.ccfToBregma.apply(ccf), Point3(ap: .mm(y), ml: .mm(x), dv: .mm(-z)), 1e-12)
        }
    }

    /// Pinpoint: `Vector3.Scale(Quaternion.Euler(0, -5, 0) * ccf, (-1.031, 0.952, -0.885))`
    /// on (AP post, ML, DV ventral) relative to bregma (5.2, 5.7, 0.332) mm; Unity's
    /// rotation about y by θ is x′ = x cos θ + z sin θ, z′ = −x sin θ + z cos θ.
    func testPinpointRotatesThenScales() {
        let ccf = Point3<Frame.CCF>(ap: .mm(7.3), dv: .mm(3.1), ml: .mm(4.4))
        let cases: [(Preset, SIMD3<Double>)] = [
            (.pinpointQiu2018, SIMD3(-1.031, 0.952, -0.885)), (.pinpointDorr2008, SIMD3(-1.087, 1, -0.952)),
        ]
        for (preset, scale) in cases {
            let (x, y, z) = (7.3 - 5.2, 4.4 - 5.7, 3.1 - 0.332)
            let t = -5.0 * Double.pi / 180
            let rotated = SIMD3(x * cos(t) + z * sin(t), y, -x * sin(t) + z * cos(t))
            let out = rotated * scale  // (AP anterior, ML, DV dorsal)
            assertClose(preset.ccfToBregma.apply(ccf), Point3(ap: .mm(out.x), ml: .mm(out.y), dv: .mm(-out.z)), 1e-12)
        }
    }

    /// The Trajectory Explorer: `[p 1] · T·S·R` on (ML, AP, DV) in 10 µm units with
    /// bregma (570.5, 520, 44), scale (0.952, −1.031, 0.885)/100 and R the 5° rotation.
    func testTrajectoryExplorerScalesThenRotates() {
        let ccf = Point3<Frame.CCF>(ap: .mm(7.3), dv: .mm(3.1), ml: .mm(4.4))
        let v = (SIMD3(440.0, 730, 310) - SIMD3(570.5, 520, 44)) * SIMD3(0.952, -1.031, 0.885) / 100
        let (c, s) = (cos(5 * Double.pi / 180), sin(5 * Double.pi / 180))
        let out = SIMD3(v.x, v.y * c + v.z * s, -v.y * s + v.z * c)  // row vector × R
        assertClose(Preset.trajectoryExplorer.ccfToBregma.apply(ccf), Point3(ap: .mm(out.y), ml: .mm(out.x), dv: .mm(out.z)), 1e-12)
    }

    /// Same scales, same tilt, different order: a point 4.15 mm behind bregma
    /// drops 4.15 sin 5° × 0.885 under Pinpoint (rotate, then scale DV) but
    /// 4.15 × 1.031 × sin 5° under the Explorer (scale AP, then rotate).
    func testTiltOrderMatters() {
        let d = 4.15, t = 5 * Double.pi / 180
        let q = Preset.pinpointQiu2018
        let lambda = q.bregmaInCCF + Vector3(mm: d, 0, 0)
        assertClose(q.ccfToBregma.apply(lambda), Point3(ap: .mm(-d * cos(t) * 1.031), ml: .zero, dv: .mm(d * sin(t) * 0.885)), 1e-12)
        let n = Preset.trajectoryExplorer
        assertClose(n.ccfToBregma.apply(n.bregmaInCCF + Vector3(mm: d, 0, 0)),
                    Point3(ap: .mm(-d * 1.031 * cos(t)), ml: .zero, dv: .mm(d * 1.031 * sin(t))), 1e-12)
    }

    func testCortexlab() {
        let p = Point3<Frame.CCF>(ap: .mm(6.4), dv: .mm(2), ml: .mm(5.2))
        assertClose(Preset.cortexlab.ccfToBregma.apply(p), Point3(ap: .mm(-1), ml: .mm(-0.5), dv: .mm(2)), 1e-12)
        assertClose(Preset.cortexlabDV085.ccfToBregma.apply(p), Point3(ap: .mm(-1), ml: .mm(-0.5), dv: .mm(1.7)), 1e-12)
    }

    func testBregmaMapsToEachPresetsBregma() {
        for preset in Preset.all {
            assertClose(preset.bregmaToCCF.apply(.origin), preset.bregmaInCCF, 1e-12)
            assertClose(preset.ccfToBregma.apply(preset.bregmaInCCF), .origin, 1e-12)
        }
        XCTAssertEqual(Preset.all.map { $0.bregmaInCCF.millimetres * 1000 }, [
            SIMD3(5400, 332, 5739), SIMD3(5400, 332, 5739), SIMD3(5400, 332, 5739),
            SIMD3(5200, 332, 5700), SIMD3(5200, 332, 5700), SIMD3(5200, 440, 5705),
            SIMD3(5400, 0, 5700), SIMD3(5400, 0, 5700),
        ])
    }

    /// bregma → CCF → bregma to 1e-9 mm for every preset, with and without
    /// per-animal scaling; the closed-form inverse equals LAPACK's.
    func testRoundTripsAndInverse() throws {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Double {  // splitmix64 → [-6, 6) mm
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53) * 12 - 6
        }
        for preset in Preset.all {
            let lapack = try preset.ccfToBregma.inverse()
            XCTAssertLessThan(lapack.affine.maxAbsDifference(preset.bregmaToCCF.affine), 1e-12, preset.name)
            for mode in BregmaLambdaScaling.Mode.allCases {
                let scaling = try preset.bregmaLambdaScaling(measured: .mm(4.6), mode: mode)
                for _ in 0..<50 {
                    let p = Point3<Frame.Bregma>(mm: next(), next(), next())
                    assertClose(preset.ccfToBregma.apply(preset.bregmaToCCF.apply(p)), p, 1e-9)
                    assertClose(preset.ccfToBregma(scaling: scaling).apply(preset.bregmaToCCF(scaling: scaling).apply(p)), p, 1e-9)
                }
            }
        }
    }

    func testChoicesNameThePreset() throws {
        for preset in Preset.all {
            XCTAssertTrue(preset.bregmaToCCF.choices[0].hasPrefix("atlas transform: \(preset.name) ("), preset.name)
            XCTAssertTrue(preset.ccfToBregma.choices[0].hasPrefix("atlas transform: \(preset.name) ("), preset.name)
        }
        XCTAssertTrue(Preset.pinpointQiu2018.choices.contains("tilt: CCF pitched 5.0° nose-up about ML; rotate, then scale"))
        XCTAssertTrue(Preset.trajectoryExplorer.choices.contains("tilt: CCF pitched 5.0° nose-up about ML; scale, then rotate"))
        let scaled = Preset.iblNeedles.bregmaToCCF(scaling: try Preset.iblNeedles.bregmaLambdaScaling(measured: .mm(4.41)))
        XCTAssertEqual(scaled.choices.last, Preset.iblNeedles.choices.last)
        XCTAssertTrue(scaled.choices.first?.hasPrefix("bregma-lambda scaling (AP only): measured 4.41 mm / reference 4.2 mm") ?? false)
        XCTAssertEqual(try Preset.named("ibl-needles"), .iblNeedles)
        XCTAssertEqual(Preset.default, .iblAllen)
        XCTAssertThrowsError(try Preset.named("paxinos")) { error in
            XCTAssertEqual(error as? PresetError, .unknownPreset("paxinos", known: Preset.all.map(\.name)))
        }
    }

    func testBregmaLambdaScaling() throws {
        // A point 4.15 mm behind Pinpoint's bregma on the CCF's AP axis, in a
        // subject whose bregma-lambda is 4.565 mm (×1.1).
        let preset = Preset.pinpointQiu2018
        let lambda = preset.bregmaInCCF + Vector3(mm: 4.15, 0, 0)
        let unscaled = preset.ccfToBregma.apply(lambda)
        let ap = try preset.bregmaLambdaScaling(measured: .mm(4.565))
        XCTAssertEqual(ap.factor, 1.1, accuracy: 1e-15)
        let apOnly = preset.ccfToBregma(scaling: ap).apply(lambda).millimetres
        XCTAssertEqual(apOnly.x, unscaled.millimetres.x * 1.1, accuracy: 1e-12)
        XCTAssertEqual(apOnly.y, unscaled.millimetres.y, accuracy: 1e-12)
        XCTAssertEqual(apOnly.z, unscaled.millimetres.z, accuracy: 1e-12)
        let iso = try preset.bregmaLambdaScaling(measured: .mm(4.565), mode: .isotropic)
        let all = preset.ccfToBregma(scaling: iso).apply(lambda).millimetres
        XCTAssertLessThan((all - unscaled.millimetres * 1.1).maxMagnitude, 1e-12)
        // Measured equal to the reference changes nothing.
        let same = try preset.bregmaLambdaScaling(measured: .mm(4.15), mode: .isotropic)
        XCTAssertLessThan(preset.bregmaToCCF(scaling: same).affine.maxAbsDifference(preset.bregmaToCCF.affine), 1e-15)

        for bad in [0.0, -4.2, .nan, .infinity] {
            XCTAssertThrowsError(try preset.bregmaLambdaScaling(measured: .mm(bad))) { error in
                guard case .invalidBregmaLambdaDistance("measured", _)? = error as? PresetError else { return XCTFail("\(error)") }
            }
        }
        XCTAssertThrowsError(try BregmaLambdaScaling(measured: .mm(4), reference: .zero)) { error in
            guard case .invalidBregmaLambdaDistance("reference", _)? = error as? PresetError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(Preset.pinpointQiu2018.referenceBregmaLambdaDistance, .mm(4.15))
        XCTAssertEqual(Preset.trajectoryExplorer.referenceBregmaLambdaDistance, .mm(4.1))
        XCTAssertEqual(Preset.iblAllen.referenceBregmaLambdaDistance, .mm(4.2))
    }
}
