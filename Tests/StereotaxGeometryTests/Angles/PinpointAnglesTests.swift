import StereotaxTestSupport
import Foundation
import Testing
@testable import StereotaxGeometry

@Suite struct PinpointAnglesTests {
    @Test func defaultInsertionIsTheVerticalProbe() throws {
        let p = try PinpointAngles(yaw: .zero, pitch: .degrees(90))
        #expect(p.orientation == .vertical)
        #expect(p.orientation == (try BrainstemAngles(apAngle: .zero, mlAngle: .zero)).orientation())
    }

    // Yaw 0 heads the tip anterior; pitch is the elevation below horizontal.
    @Test func yawZeroHeadsTheTipAnterior() throws {
        let d = try PinpointAngles(yaw: .zero, pitch: .degrees(60)).direction
        #expect(maxDifference(d, SIMD3(cosD(60), 0, sinD(60))) < 1e-15)
        let flat = try PinpointAngles(yaw: .zero, pitch: .zero).direction
        #expect(flat.millimetres == SIMD3(1, 0, 0))
        // The same probe in BrainSTEM terms: upper end leans posterior, a negative AP angle.
        let b = BrainstemAngles(try PinpointAngles(yaw: .zero, pitch: .degrees(60)))
        #expect(abs(b.apAngle.degrees + 30) < 1e-12 && abs(b.mlAngle.degrees) < 1e-12)
    }

    // Positive yaw turns the heading from anterior toward the right: clockwise seen from above.
    @Test func positiveYawTurnsTheHeadingRight() throws {
        let d = try PinpointAngles(yaw: .degrees(90), pitch: .degrees(60)).direction
        #expect(maxDifference(d, SIMD3(0, cosD(60), sinD(60))) < 1e-15)
        let small = try PinpointAngles(yaw: .degrees(10), pitch: .degrees(45)).direction
        #expect(small.millimetres.x > 0 && small.millimetres.y > 0)
    }

    @Test func rollTurnsAboutTheShaftClockwiseFromAbove() throws {
        let p = try PinpointAngles(yaw: .zero, pitch: .degrees(90), roll: .degrees(90))
        #expect(p.orientation == (try BrainstemAngles(apAngle: .zero, mlAngle: .zero, rotation: .degrees(90))).orientation())
        let tilted = try PinpointAngles(yaw: .degrees(30), pitch: .degrees(50), roll: .degrees(40))
        let plain = try PinpointAngles(yaw: .degrees(30), pitch: .degrees(50))
        #expect(maxDifference(tilted.direction, plain.direction.millimetres) < 1e-15)
        // Roll 0: width horizontal and perpendicular to the heading.
        #expect(abs(plain.orientation.widthAxis.millimetres.z) < 1e-15)
        #expect(abs(plain.orientation.widthAxis.dot(Vector3(mm: cosD(30), sinD(30), 0))) < 1e-15)
    }

    // Pinpoint issue #781: at pitch 90 yaw and roll do the same thing; read back, yaw is 0.
    @Test func verticalProbeHasZeroYawAndTheTurnInRoll() throws {
        let p = try PinpointAngles(yaw: .degrees(40), pitch: .degrees(90), roll: .degrees(10))
        let same = try PinpointAngles(yaw: .zero, pitch: .degrees(90), roll: .degrees(50))
        #expect(p.orientation.maxAbsDifference(same.orientation) < 1e-15)
        let back = PinpointAngles(orientation: p.orientation)
        #expect(back.yaw == .zero && back.pitch.degrees == 90 && abs(back.roll.degrees - 50) < 1e-12)
        let up = PinpointAngles(orientation: try PinpointAngles(yaw: .degrees(-70), pitch: .degrees(-90), roll: .degrees(3)).orientation)
        #expect(up.yaw == .zero && up.pitch.degrees == -90)
        #expect(try PinpointAngles(direction: Vector3(mm: 0, 0, 5)) == (try PinpointAngles(yaw: .zero, pitch: .degrees(90))))
    }

    @Test func directionOnlyAnglesHaveNoRoll() throws {
        var rng = SplitMix64(seed: 20)
        for _ in 0..<300 {
            let o = try randomOrientation(&rng)
            let p = try PinpointAngles(direction: o.shaftDirection)
            #expect(p.roll == .zero)
            #expect(maxDifference(p.direction, o.shaftDirection.millimetres) < 1e-12)
            #expect((-90...90).contains(p.pitch.degrees))
        }
        #expect(throws: AngleConventionError.invalidDirection(field: "Pinpoint direction")) {
            try PinpointAngles(direction: Vector3(mm: 0, 0, 0))
        }
    }

    @Test func outOfRangeAndNonFiniteAnglesAreRejected() {
        #expect(throws: AngleConventionError.outOfRange(field: "Pinpoint pitch", degrees: 91, allowedDegrees: -90...90)) {
            try PinpointAngles(yaw: .zero, pitch: .degrees(91))
        }
        #expect(throws: AngleConventionError.outOfRange(field: "Pinpoint yaw", degrees: 720, allowedDegrees: -360...360)) {
            try PinpointAngles(yaw: .degrees(720), pitch: .zero)
        }
        #expect(throws: AngleConventionError.outOfRange(field: "Pinpoint roll", degrees: -361, allowedDegrees: -360...360)) {
            try PinpointAngles(yaw: .zero, pitch: .zero, roll: .degrees(-361))
        }
        #expect(throws: AngleConventionError.notFinite(field: "Pinpoint yaw")) { try PinpointAngles(yaw: .degrees(.nan), pitch: .zero) }
        #expect(throws: AngleConventionError.notFinite(field: "Pinpoint pitch")) { try PinpointAngles(yaw: .zero, pitch: .degrees(.nan)) }
        #expect(throws: AngleConventionError.notFinite(field: "Pinpoint roll")) {
            try PinpointAngles(yaw: .zero, pitch: .zero, roll: .degrees(.nan))
        }
    }
}
