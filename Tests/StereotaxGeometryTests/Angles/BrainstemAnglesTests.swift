import StereotaxTestSupport
import Foundation
import Testing
@testable import StereotaxGeometry

@Suite struct BrainstemAnglesTests {
    // ap-angle.png: the upper end leans toward the nose, the tip sits behind it.
    @Test func positiveAPAngleSendsTheTipPosterior() throws {
        for order in BrainstemAngleOrder.allCases {
            let d = try BrainstemAngles(apAngle: .degrees(20), mlAngle: .zero).direction(order: order)
            #expect(maxDifference(d, SIMD3(-sinD(20), 0, cosD(20))) < 1e-15)
            let entry = Point3<Frame.Bregma>(mm: 1, 2, 0)
            let tip = entry + d * Length.mm(3)
            #expect(tip.ap.millimetres < entry.ap.millimetres)   // tip posterior of entry
            #expect(tip.dv.millimetres > entry.dv.millimetres)   // and below it
            #expect(tip.ml == entry.ml)
        }
    }

    // ml-angle.png: seen from the front the upper end leans to the viewer's
    // left, the animal's right; the tip travels to the animal's left.
    @Test func positiveMLAngleLeansTheUpperEndRight() throws {
        for order in BrainstemAngleOrder.allCases {
            let d = try BrainstemAngles(apAngle: .zero, mlAngle: .degrees(20)).direction(order: order)
            #expect(maxDifference(d, SIMD3(0, -sinD(20), cosD(20))) < 1e-15)
            #expect((-d).millimetres.y > 0)   // upper end toward +ML (right)
        }
    }

    @Test func negativeTiltsMirrorThePositiveOnes() throws {
        let ap = try BrainstemAngles(apAngle: .degrees(-12), mlAngle: .zero).direction()
        #expect(ap.millimetres.x > 0 && ap.millimetres.y == 0)
        let ml = try BrainstemAngles(apAngle: .zero, mlAngle: .degrees(-12)).direction()
        #expect(ml.millimetres.y > 0 && ml.millimetres.x == 0)
    }

    // probe-rotation.png: positive is clockwise seen from above; 0 = features coronal.
    @Test func rotationZeroIsCoronalAndPositiveIsClockwiseFromAbove() throws {
        let zero = try BrainstemAngles(apAngle: .zero, mlAngle: .zero).orientation()
        #expect(zero == .vertical)
        #expect(zero.widthAxis.millimetres == SIMD3(0, 1, 0))       // features span ML and DV
        #expect(zero.faceNormal.millimetres == SIMD3(1, 0, 0))
        let quarter = try BrainstemAngles(apAngle: .zero, mlAngle: .zero, rotation: .degrees(90)).orientation()
        // Seen from above with anterior up: right (east) turns clockwise to posterior (south).
        #expect(quarter.widthAxis.millimetres == SIMD3(-1, 0, 0))
        #expect(quarter.faceNormal.millimetres == SIMD3(0, 1, 0))
        #expect(quarter.shaftDirection.millimetres == SIMD3(0, 0, 1))
        let small = try BrainstemAngles(apAngle: .zero, mlAngle: .zero, rotation: .degrees(10)).orientation()
        #expect(small.widthAxis.millimetres.x < 0)   // the right-pointing edge swings back, not forward
    }

    @Test func rotationTurnsAboutTheTiltedShaft() throws {
        var rng = SplitMix64(seed: 1)
        for _ in 0..<200 {
            let (a, m) = (rng.uniform(-180...180), rng.uniform(-180...180))
            for order in BrainstemAngleOrder.allCases {
                let plain = try BrainstemAngles(apAngle: .degrees(a), mlAngle: .degrees(m)).orientation(order: order)
                let r = rng.uniform(-180...180)
                let turned = try BrainstemAngles(apAngle: .degrees(a), mlAngle: .degrees(m), rotation: .degrees(r)).orientation(order: order)
                #expect(maxDifference(turned.shaftDirection, plain.shaftDirection.millimetres) < 1e-14)
                let cosTurn = turned.widthAxis.dot(plain.widthAxis)
                let sinTurn = plain.widthAxis.dot(turned.faceNormal)
                #expect(angularDistance(Angle(radians: atan2(sinTurn, cosTurn)), .degrees(r)) < 1e-9)
            }
        }
    }

    // Reference §4: the two orders' shafts, and that they differ for compound angles.
    @Test func orderMattersForCompoundAngles() throws {
        let b = try BrainstemAngles(apAngle: .degrees(20), mlAngle: .degrees(30))
        let apFirst = b.direction(order: .apThenML)
        let mlFirst = b.direction(order: .mlThenAP)
        #expect(maxDifference(apFirst, SIMD3(-sinD(20), -cosD(20) * sinD(30), cosD(20) * cosD(30))) < 1e-15)
        #expect(maxDifference(mlFirst, SIMD3(-sinD(20) * cosD(30), -sinD(30), cosD(20) * cosD(30))) < 1e-15)
        #expect(maxDifference(apFirst, mlFirst.millimetres) > 0.03)
        // Read back in the other order, the same probe has other angles.
        let reread = BrainstemAngles(orientation: b.orientation(order: .apThenML), order: .mlThenAP)
        #expect(angularDistance(reread.apAngle, .degrees(20)) > 0.5)
        #expect(reread.orientation(order: .mlThenAP).maxAbsDifference(b.orientation(order: .apThenML)) < 1e-12)
    }

    @Test func orderDoesNotMatterForASingleTilt() throws {
        for step in -24...24 {
            let t = Double(step) * 7.5
            for r in [-90.0, 0, 33, 180] {
                let ap = try BrainstemAngles(apAngle: .degrees(t), mlAngle: .zero, rotation: .degrees(r))
                let ml = try BrainstemAngles(apAngle: .zero, mlAngle: .degrees(t), rotation: .degrees(r))
                #expect(ap.orientation(order: .apThenML) == ap.orientation(order: .mlThenAP))
                #expect(ml.orientation(order: .apThenML) == ml.orientation(order: .mlThenAP))
            }
        }
    }

    @Test func verticalProbeKeepsItsRotation() throws {
        for r in stride(from: -180.0, through: 180, by: 15) {
            let b = try BrainstemAngles(apAngle: .zero, mlAngle: .zero, rotation: .degrees(r))
            #expect(b.direction().millimetres == SIMD3(0, 0, 1))
            for order in BrainstemAngleOrder.allCases {
                let back = BrainstemAngles(orientation: b.orientation(order: order), order: order)
                #expect(back.apAngle.degrees == 0 && back.mlAngle.degrees == 0)
                #expect(angularDistance(back.rotation, .degrees(r)) < 1e-12)
                #expect(back.rotation.degrees > -180)
            }
        }
    }

    // A shaft along the second tilt's axis: that tilt is 0, the rotation carries the turn.
    @Test func horizontalShaftAlongTheSecondAxisPutsTheTurnInRotation() throws {
        let alongAP = try BrainstemAngles(apAngle: .degrees(90), mlAngle: .degrees(30), rotation: .degrees(10))
        let readAP = BrainstemAngles(orientation: alongAP.orientation(order: .apThenML), order: .apThenML)
        #expect(readAP.mlAngle == .zero && abs(readAP.apAngle.degrees - 90) < 1e-12)
        #expect(readAP.orientation(order: .apThenML).maxAbsDifference(alongAP.orientation(order: .apThenML)) < 1e-12)

        let alongML = try BrainstemAngles(apAngle: .degrees(-40), mlAngle: .degrees(-90), rotation: .degrees(25))
        let readML = BrainstemAngles(orientation: alongML.orientation(order: .mlThenAP), order: .mlThenAP)
        #expect(readML.apAngle == .zero && abs(readML.mlAngle.degrees + 90) < 1e-12)
        #expect(readML.orientation(order: .mlThenAP).maxAbsDifference(alongML.orientation(order: .mlThenAP)) < 1e-12)
    }

    @Test func anglesSurviveAnOrientationRoundTrip() throws {
        var rng = SplitMix64(seed: 2)
        for _ in 0..<500 {
            let first = rng.uniform(-89...89), second = rng.uniform(-179.9...179.9), r = rng.uniform(-179.9...179.9)
            for order in BrainstemAngleOrder.allCases {
                let b = order == .apThenML
                    ? try BrainstemAngles(apAngle: .degrees(first), mlAngle: .degrees(second), rotation: .degrees(r))
                    : try BrainstemAngles(apAngle: .degrees(second), mlAngle: .degrees(first), rotation: .degrees(r))
                let back = BrainstemAngles(orientation: b.orientation(order: order), order: order)
                #expect(angularDistance(back.apAngle, b.apAngle) < 1e-9)
                #expect(angularDistance(back.mlAngle, b.mlAngle) < 1e-9)
                #expect(angularDistance(back.rotation, b.rotation) < 1e-9)
            }
        }
    }

    @Test func directionOnlyAnglesPointTheShaftAndHaveNoRotation() throws {
        var rng = SplitMix64(seed: 3)
        for _ in 0..<500 {
            let o = try randomOrientation(&rng)
            let scaled = o.shaftDirection * rng.uniform(0.1...10)
            for order in BrainstemAngleOrder.allCases {
                let b = try BrainstemAngles(direction: scaled, order: order)
                #expect(b.rotation == .zero)
                #expect(maxDifference(b.direction(order: order), o.shaftDirection.millimetres) < 1e-12)
                let full = BrainstemAngles(orientation: o, order: order)
                #expect(angularDistance(b.apAngle, full.apAngle) < 1e-9 && angularDistance(b.mlAngle, full.mlAngle) < 1e-9)
            }
        }
    }

    @Test func firstTiltComesBackWithinNinetyDegrees() throws {
        var rng = SplitMix64(seed: 4)
        for _ in 0..<300 {
            let o = try randomOrientation(&rng)
            #expect(abs(BrainstemAngles(orientation: o, order: .apThenML).apAngle.degrees) <= 90)
            #expect(abs(BrainstemAngles(orientation: o, order: .mlThenAP).mlAngle.degrees) <= 90)
        }
    }

    @Test func outOfRangeAndNonFiniteAnglesAreRejected() {
        #expect(throws: AngleConventionError.outOfRange(field: "BrainSTEM apAngle", degrees: 180.5, allowedDegrees: -180...180)) {
            try BrainstemAngles(apAngle: .degrees(180.5), mlAngle: .zero)
        }
        #expect(throws: AngleConventionError.outOfRange(field: "BrainSTEM mlAngle", degrees: -181, allowedDegrees: -180...180)) {
            try BrainstemAngles(apAngle: .zero, mlAngle: .degrees(-181))
        }
        #expect(throws: AngleConventionError.outOfRange(field: "BrainSTEM rotation", degrees: 270, allowedDegrees: -180...180)) {
            try BrainstemAngles(apAngle: .zero, mlAngle: .zero, rotation: .degrees(270))
        }
        #expect(throws: AngleConventionError.notFinite(field: "BrainSTEM apAngle")) {
            try BrainstemAngles(apAngle: .degrees(.nan), mlAngle: .zero)
        }
        #expect(throws: AngleConventionError.notFinite(field: "BrainSTEM mlAngle")) {
            try BrainstemAngles(apAngle: .zero, mlAngle: .degrees(.infinity))
        }
        #expect(throws: AngleConventionError.notFinite(field: "BrainSTEM rotation")) {
            try BrainstemAngles(apAngle: .zero, mlAngle: .zero, rotation: .degrees(-.infinity))
        }
        #expect(throws: Never.self) {
            try BrainstemAngles(apAngle: .degrees(-180), mlAngle: .degrees(180), rotation: .degrees(180))
        }
        #expect(AngleConventionError.outOfRange(field: "BrainSTEM apAngle", degrees: 180.5, allowedDegrees: -180...180)
            .description == "BrainSTEM apAngle is 180.5°, expected -180.0° to 180.0°")
    }

    @Test func zeroOrNonFiniteDirectionsAreRejected() {
        for bad in [Vector3<Frame.Bregma>(mm: 0, 0, 0), Vector3(mm: .nan, 0, 1), Vector3(mm: 0, .infinity, 1)] {
            #expect(throws: AngleConventionError.invalidDirection(field: "BrainSTEM direction")) {
                try BrainstemAngles(direction: bad)
            }
        }
    }
}
