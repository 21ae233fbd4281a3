import Foundation
import Testing
@testable import StereotaxGeometry

/// The worked example of docs/angles.md, checked against closed forms.
@Suite struct WorkedExampleTests {
    let a = 10.0, m = 20.0, r = 30.0

    @Test func brainstemToTheOtherConventions() throws {
        let b = try BrainstemAngles(apAngle: .degrees(a), mlAngle: .degrees(m), rotation: .degrees(r))
        let d = SIMD3(-sinD(a), -cosD(a) * sinD(m), cosD(a) * cosD(m))
        #expect(maxDifference(b.direction(), d) < 1e-15)
        // A tip 3 mm down the shaft from bregma: posterior, left, below.
        let tip = Point3<Frame.Bregma>.origin + b.direction() * Length.mm(3)
        #expect(tip.ap.millimetres < 0 && tip.ml.millimetres < 0 && tip.dv.millimetres > 0)

        let ibl = IBLAngles(b, order: .apThenML)
        #expect(abs(ibl.theta.degrees - acos(d.z) * 180 / .pi) < 1e-12)
        #expect(abs(ibl.phi.degrees - atan2(-d.x, -d.y) * 180 / .pi) < 1e-12)   // the upper end's azimuth from +ML
        #expect(abs(ibl.phi.degrees - 27.2732) < 1e-4 && abs(ibl.theta.degrees - 22.2687) < 1e-4)
        #expect(abs(ibl.roll.degrees - 145.5056) < 1e-4)

        let pinpoint = PinpointAngles(b, order: .apThenML)
        #expect(abs(pinpoint.yaw.degrees - atan2(d.y, d.x) * 180 / .pi) < 1e-12)
        #expect(abs(pinpoint.pitch.degrees - (90 - ibl.theta.degrees)) < 1e-12)
        #expect(abs(pinpoint.roll.degrees - ibl.roll.degrees) < 1e-12)

        let nte = TrajectoryExplorerAngles(b)
        #expect(abs(nte.azimuth.degrees - (pinpoint.yaw.degrees + 360)) < 1e-12)

        let back = BrainstemAngles(ibl, order: .apThenML)
        #expect(abs(back.apAngle.degrees - a) < 1e-12 && abs(back.mlAngle.degrees - m) < 1e-12 && abs(back.rotation.degrees - r) < 1e-12)
    }

    @Test func theSameProbeReadInTheOtherOrder() throws {
        let b = try BrainstemAngles(apAngle: .degrees(a), mlAngle: .degrees(m), rotation: .degrees(r))
        let other = BrainstemAngles(orientation: b.orientation(order: .apThenML), order: .mlThenAP)
        #expect(abs(other.apAngle.degrees - 10.6276) < 1e-4)
        #expect(abs(other.mlAngle.degrees - 19.6835) < 1e-4)
        #expect(abs(other.rotation.degrees - 26.3836) < 1e-4)
        // ML then AP, the shaft is (−sin a·cos m, −sin m, cos a·cos m) in the new angles.
        let (a2, m2) = (other.apAngle.degrees, other.mlAngle.degrees)
        #expect(maxDifference(b.direction(order: .apThenML), SIMD3(-sinD(a2) * cosD(m2), -sinD(m2), cosD(a2) * cosD(m2))) < 1e-12)
        // The numbers 10/20 read in the other order: a shaft 0.67° away.
        let cosine = b.direction(order: .apThenML).dot(b.direction(order: .mlThenAP))
        #expect(abs(acos(cosine) * 180 / .pi - 0.6698) < 1e-4)
    }
}
