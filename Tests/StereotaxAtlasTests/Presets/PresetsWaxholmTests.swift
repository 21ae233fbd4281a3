import XCTest
import StereotaxGeometry
@testable import StereotaxAtlas

final class PresetsWaxholmTests: XCTestCase {
    private func assertClose<F>(_ a: Point3<F>, _ b: Point3<F>, _ tolerance: Double,
                                file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertLessThanOrEqual((a.millimetres - b.millimetres).maxMagnitude, tolerance, "\(a) vs \(b)", file: file, line: line)
    }

    func testFrame() {
        XCTAssertEqual(Frame.Waxholm.frameID, "waxholm")
        XCTAssertEqual(Frame.Waxholm.axisNames, ["ML", "AP", "DV"])
        assertClose(Point3<Frame.Waxholm>.waxholmV4Voxel(244, 623, 248), .origin, 0)
        assertClose(Point3<Frame.Waxholm>.waxholmV4Voxel(245, 621, 249), Point3(ml: .µm(39.0625), ap: .µm(-78.125), dvDorsal: .µm(39.0625)), 1e-15)
    }

    func testHerbsLandmarks() {
        let h = WaxholmStereotaxicPreset.herbs
        assertClose(h.bregma, Point3(ml: .mm(2 * 0.0390625), ap: .mm(30 * 0.0390625), dvDorsal: .mm(192 * 0.0390625)), 1e-12)
        assertClose(h.lambda, Point3(ml: .zero, ap: .mm(-181 * 0.0390625), dvDorsal: .mm(216 * 0.0390625)), 1e-12)
        XCTAssertEqual(h.referenceBregmaLambdaDistance.millimetres, 211 * 0.0390625, accuracy: 1e-12)
        assertClose(h.bregmaToWaxholm.apply(.origin), h.bregma, 1e-12)
        // 1 mm anterior, 2 mm right, 3 mm ventral of bregma.
        assertClose(h.bregmaToWaxholm.apply(Point3(ap: .mm(1), ml: .mm(2), dv: .mm(3))),
                    h.bregma + Vector3(mm: 2, 1, -3), 1e-12)
    }

    /// Pinpoint's bregma and lambda, read from the volume's anterior, right and
    /// dorsal faces, land on the midline, bregma within 0.03 mm of HERBS', lambda 9 mm behind.
    func testPinpointLandmarks() {
        let p = WaxholmStereotaxicPreset.pinpoint, h = WaxholmStereotaxicPreset.herbs
        let v = 0.0390625
        assertClose(p.bregma, Point3(ml: .mm(268 * v - 10.374), ap: .mm(401 * v - 14.469), dvDorsal: .mm(264 * v - 2.808)), 1e-12)
        XCTAssertLessThan((p.bregma - h.bregma).length.millimetres, 0.03)
        XCTAssertEqual(p.referenceBregmaLambdaDistance.millimetres, 9.0, accuracy: 1e-12)
        XCTAssertEqual(p.lambda.millimetres.z, p.bregma.millimetres.z)  // flat
        XCTAssertGreaterThan(h.lambda.millimetres.z - h.bregma.millimetres.z, 0.9)  // HERBS: lambda 0.94 mm dorsal
    }

    func testRoundTripsScalingAndChoices() throws {
        for preset in WaxholmStereotaxicPreset.all {
            let lapack = try preset.bregmaToWaxholm.inverse()
            XCTAssertLessThan(lapack.affine.maxAbsDifference(preset.waxholmToBregma.affine), 1e-12)
            let scaling = try preset.bregmaLambdaScaling(measured: .mm(8.6))
            for p in [Point3<Frame.Bregma>(mm: -3.5, 1.2, 6.1), Point3(mm: 2, -4, 0.5)] {
                assertClose(preset.waxholmToBregma.apply(preset.bregmaToWaxholm.apply(p)), p, 1e-9)
                assertClose(preset.waxholmToBregma(scaling: scaling).apply(preset.bregmaToWaxholm(scaling: scaling).apply(p)), p, 1e-9)
            }
            // The subject's lambda (measured distance behind bregma) lands on the source's lambda AP.
            let subjectLambda = Point3<Frame.Bregma>(ap: -scaling.measured, ml: .zero, dv: .zero)
            XCTAssertEqual(preset.bregmaToWaxholm(scaling: scaling).apply(subjectLambda).millimetres.y, preset.lambda.millimetres.y,
                           accuracy: 1e-12)
            XCTAssertTrue(preset.bregmaToWaxholm.choices[0].hasPrefix("atlas transform: \(preset.name) ("))
        }
        XCTAssertEqual(try WaxholmStereotaxicPreset.named("pinpoint-whs"), .pinpoint)
        XCTAssertThrowsError(try WaxholmStereotaxicPreset.named("paxinos-watson"))
    }
}
