import Foundation
import Testing
@testable import StereotaxGeometry

@Suite struct ProbeOrientationTests {
    @Test func columnsAreFaceWidthAndShaft() throws {
        let m = Matrix3(columns: SIMD3(0, 1, 0), SIMD3(0, 0, 1), SIMD3(1, 0, 0))
        let o = try ProbeOrientation(matrix: m)
        #expect(o.faceNormal.millimetres == SIMD3(0, 1, 0))
        #expect(o.widthAxis.millimetres == SIMD3(0, 0, 1))
        #expect(o.shaftDirection.millimetres == SIMD3(1, 0, 0))
        #expect(ProbeOrientation.vertical.shaftDirection.millimetres == SIMD3(0, 0, 1))
    }

    @Test func nonRotationsAreRejected() {
        let reflection = Matrix3(diagonal: SIMD3(1, 1, -1))
        #expect(throws: AngleConventionError.notARotation(deviation: 2, tolerance: 1e-9)) { try ProbeOrientation(matrix: reflection) }
        #expect(throws: AngleConventionError.self) { try ProbeOrientation(matrix: Matrix3.identity * 2) }
        let sheared = Matrix3(rows: SIMD3(1, 0.01, 0), SIMD3(0, 1, 0), SIMD3(0, 0, 1))
        #expect(throws: AngleConventionError.self) { try ProbeOrientation(matrix: sheared) }
        var withNaN = Matrix3.identity
        withNaN[1, 2] = .nan
        #expect(throws: AngleConventionError.self) { try ProbeOrientation(matrix: withNaN) }
        #expect(throws: Never.self) { try ProbeOrientation(matrix: .rotation(about: SIMD3(1, 2, 3), by: .degrees(37))) }
    }
}
