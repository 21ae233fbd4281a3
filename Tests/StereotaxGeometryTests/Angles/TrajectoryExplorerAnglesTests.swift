import StereotaxTestSupport
import Foundation
import Testing
@testable import StereotaxGeometry

@Suite struct TrajectoryExplorerAnglesTests {
    @Test func azimuthZeroHeadsAnteriorAndTurnsClockwiseFromAbove() throws {
        let ahead = try TrajectoryExplorerAngles(azimuth: .zero, elevation: .degrees(50)).direction
        #expect(maxDifference(ahead, SIMD3(cosD(50), 0, sinD(50))) < 1e-15)
        let right = try TrajectoryExplorerAngles(azimuth: .degrees(90), elevation: .degrees(50)).direction
        #expect(maxDifference(right, SIMD3(0, cosD(50), sinD(50))) < 1e-15)
        let left = try TrajectoryExplorerAngles(azimuth: .degrees(270), elevation: .degrees(50)).direction
        #expect(maxDifference(left, SIMD3(0, -cosD(50), sinD(50))) < 1e-15)
        let down = try TrajectoryExplorerAngles(azimuth: .degrees(123), elevation: .degrees(90)).direction
        #expect(down.millimetres == SIMD3(0, 0, 1))
    }

    @Test func readsAzimuthInZeroTo360AndZeroWhenVertical() throws {
        let left = try TrajectoryExplorerAngles(direction: Vector3(mm: 0, -1, 1))
        #expect(abs(left.azimuth.degrees - 270) < 1e-12 && abs(left.elevation.degrees - 45) < 1e-12)
        let back = try TrajectoryExplorerAngles(direction: Vector3(mm: -1, 0, 1))
        #expect(abs(back.azimuth.degrees - 180) < 1e-12)
        let vertical = try TrajectoryExplorerAngles(direction: Vector3(mm: 0, 0, 3))
        #expect(vertical.azimuth == .zero && vertical.elevation.degrees == 90)
        var rng = SplitMix64(seed: 40)
        for _ in 0..<300 {
            let o = try randomOrientation(&rng)
            let nte = TrajectoryExplorerAngles(orientation: o)
            #expect(nte.azimuth.degrees >= 0 && nte.azimuth.degrees < 360)
            #expect(maxDifference(nte.direction, o.shaftDirection.millimetres) < 1e-12)
            #expect(maxDifference(try TrajectoryExplorerAngles(direction: o.shaftDirection).direction, o.shaftDirection.millimetres) < 1e-12)
        }
    }

    @Test func isPinpointsYawAndPitch() throws {
        var rng = SplitMix64(seed: 41)
        for _ in 0..<300 {
            let nte = try TrajectoryExplorerAngles(azimuth: .degrees(rng.uniform(0...360)), elevation: .degrees(rng.uniform(-90...90)))
            let roll = Angle.degrees(rng.uniform(-180...180))
            let p = try PinpointAngles(nte, roll: roll)
            #expect(maxDifference(p.direction, nte.direction.millimetres) < 1e-12)
            #expect(p.roll == roll)
            let back = TrajectoryExplorerAngles(p)
            #expect(maxDifference(back.direction, nte.direction.millimetres) < 1e-12)
        }
    }

    @Test func conversionsKeepTheShaft() throws {
        let b = try BrainstemAngles(apAngle: .degrees(10), mlAngle: .degrees(-20), rotation: .degrees(45))
        for order in BrainstemAngleOrder.allCases {
            #expect(maxDifference(TrajectoryExplorerAngles(b, order: order).direction, b.direction(order: order).millimetres) < 1e-12)
        }
        let ibl = try IBLAngles(theta: .degrees(15), phi: .degrees(180), roll: .degrees(30))
        let nte = TrajectoryExplorerAngles(ibl)
        #expect(abs(nte.azimuth.degrees - 90) < 1e-12 && abs(nte.elevation.degrees - 75) < 1e-12)
    }

    @Test func outOfRangeAndNonFiniteAnglesAreRejected() {
        #expect(throws: AngleConventionError.outOfRange(field: "Trajectory Explorer elevation", degrees: 95, allowedDegrees: -90...90)) {
            try TrajectoryExplorerAngles(azimuth: .zero, elevation: .degrees(95))
        }
        #expect(throws: AngleConventionError.outOfRange(field: "Trajectory Explorer azimuth", degrees: 400, allowedDegrees: -360...360)) {
            try TrajectoryExplorerAngles(azimuth: .degrees(400), elevation: .zero)
        }
        #expect(throws: AngleConventionError.notFinite(field: "Trajectory Explorer azimuth")) {
            try TrajectoryExplorerAngles(azimuth: .degrees(.nan), elevation: .zero)
        }
        #expect(throws: AngleConventionError.notFinite(field: "Trajectory Explorer elevation")) {
            try TrajectoryExplorerAngles(azimuth: .zero, elevation: .degrees(.nan))
        }
        #expect(throws: AngleConventionError.invalidDirection(field: "Trajectory Explorer direction")) {
            try TrajectoryExplorerAngles(direction: Vector3(mm: 0, 0, 0))
        }
        #expect(throws: AngleConventionError.notFinite(field: "Pinpoint roll")) {
            try PinpointAngles(try TrajectoryExplorerAngles(azimuth: .zero, elevation: .degrees(90)), roll: .degrees(.nan))
        }
    }
}
