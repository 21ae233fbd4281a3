import StereotaxTestSupport
import Foundation
import Testing
@testable import StereotaxGeometry

@Suite struct ConversionRoundTripTests {
    /// Random orientations plus the ones where conventions lock: vertical (down
    /// and up, turned), and horizontal along AP and along ML.
    private func sampleOrientations() throws -> [ProbeOrientation] {
        var rng = SplitMix64(seed: 30)
        var all = try (0..<600).map { _ in try randomOrientation(&rng) }
        for turn in stride(from: -180.0, through: 180, by: 45) {
            let t = Angle.degrees(turn)
            all.append(ProbeOrientation(trusted: .rotationAboutDV(t)))
            all.append(ProbeOrientation(trusted: .rotationAboutML(.degrees(180)) * .rotationAboutDV(t)))
            all.append(ProbeOrientation(trusted: .rotationAboutML(.degrees(90)) * .rotationAboutDV(t)))
            all.append(ProbeOrientation(trusted: .rotationAboutML(.degrees(-90)) * .rotationAboutDV(t)))
            all.append(ProbeOrientation(trusted: .rotationAboutAP(.degrees(90)) * .rotationAboutDV(t)))
            all.append(ProbeOrientation(trusted: .rotationAboutAP(.degrees(-90)) * .rotationAboutDV(t)))
        }
        return all
    }

    @Test func everyConventionReproducesTheOrientation() throws {
        for o in try sampleOrientations() {
            for order in BrainstemAngleOrder.allCases {
                let b = BrainstemAngles(orientation: o, order: order)
                #expect(b.orientation(order: order).maxAbsDifference(o) < 1e-12)
                // What comes out is valid input.
                #expect(throws: Never.self) { try BrainstemAngles(apAngle: b.apAngle, mlAngle: b.mlAngle, rotation: b.rotation) }
            }
            let ibl = IBLAngles(orientation: o)
            #expect(ibl.orientation.maxAbsDifference(o) < 1e-12)
            #expect(throws: Never.self) { try IBLAngles(theta: ibl.theta, phi: ibl.phi, roll: ibl.roll) }
            let pinpoint = PinpointAngles(orientation: o)
            #expect(pinpoint.orientation.maxAbsDifference(o) < 1e-12)
            #expect(throws: Never.self) { try PinpointAngles(yaw: pinpoint.yaw, pitch: pinpoint.pitch, roll: pinpoint.roll) }
        }
    }

    @Test func conversionsBetweenConventionsRoundTrip() throws {
        for o in try sampleOrientations() {
            for order in BrainstemAngleOrder.allCases {
                let b = BrainstemAngles(orientation: o, order: order)
                let viaIBL = BrainstemAngles(IBLAngles(b, order: order), order: order)
                let viaPinpoint = BrainstemAngles(PinpointAngles(b, order: order), order: order)
                #expect(viaIBL.orientation(order: order).maxAbsDifference(o) < 1e-12)
                #expect(viaPinpoint.orientation(order: order).maxAbsDifference(o) < 1e-12)
                // One full circle: BrainSTEM → IBL → Pinpoint → BrainSTEM.
                let circle = BrainstemAngles(PinpointAngles(IBLAngles(b, order: order)), order: order)
                #expect(circle.orientation(order: order).maxAbsDifference(o) < 1e-12)
            }
            let ibl = IBLAngles(orientation: o)
            #expect(IBLAngles(PinpointAngles(ibl)).orientation.maxAbsDifference(o) < 1e-12)
            let pinpoint = PinpointAngles(orientation: o)
            #expect(PinpointAngles(IBLAngles(pinpoint)).orientation.maxAbsDifference(o) < 1e-12)
        }
    }

    @Test func noAngleIsReadBackAsNegativeZero() throws {
        func isNegativeZero(_ a: Angle) -> Bool { a.degrees == 0 && a.degrees.sign == .minus }
        var orientations = try sampleOrientations()
        for t in [-30.0, 0, 30] {   // single tilts and their mirror images, where zeros are common
            orientations.append(try BrainstemAngles(apAngle: .degrees(t), mlAngle: .zero).orientation())
            orientations.append(try BrainstemAngles(apAngle: .zero, mlAngle: .degrees(t)).orientation())
        }
        for o in orientations {
            var angles: [Angle] = []
            for order in BrainstemAngleOrder.allCases {
                let b = BrainstemAngles(orientation: o, order: order)
                let d = try BrainstemAngles(direction: o.shaftDirection, order: order)
                angles += [b.apAngle, b.mlAngle, b.rotation, d.apAngle, d.mlAngle]
            }
            let (ibl, pinpoint, nte) = (IBLAngles(orientation: o), PinpointAngles(orientation: o), TrajectoryExplorerAngles(orientation: o))
            angles += [ibl.theta, ibl.phi, ibl.roll, pinpoint.yaw, pinpoint.pitch, pinpoint.roll, nte.azimuth, nte.elevation]
            #expect(!angles.contains(where: isNegativeZero))
        }
    }

    @Test func conversionsKeepTheShaft() throws {
        var rng = SplitMix64(seed: 31)
        for _ in 0..<300 {
            let b = try BrainstemAngles(apAngle: .degrees(rng.uniform(-60...60)), mlAngle: .degrees(rng.uniform(-60...60)),
                                        rotation: .degrees(rng.uniform(-180...180)))
            let d = b.direction().millimetres
            #expect(maxDifference(IBLAngles(b).direction, d) < 1e-12)
            #expect(maxDifference(PinpointAngles(b).direction, d) < 1e-12)
        }
    }
}
