import StereotaxTestSupport
import Foundation
import Testing
@testable import StereotaxGeometry

@Suite struct IBLAnglesTests {
    /// iblatlas `Insertion.tip`: entry + sph2cart(−depth, θ, φ) in (x ML right, y AP
    /// anterior, z DV dorsal), re-expressed as a bregma-frame displacement.
    private func iblatlasTipDisplacement(theta: Double, phi: Double, depth: Double) -> SIMD3<Double> {
        let r = -depth
        let (x, y, z) = (r * cosD(phi) * sinD(theta), r * sinD(phi) * sinD(theta), r * cosD(theta))
        return SIMD3(y, x, -z)   // (AP, ML, DV ventral)
    }

    @Test func shaftMatchesIblatlasTipFormula() throws {
        var rng = SplitMix64(seed: 10)
        for _ in 0..<500 {
            let theta = rng.uniform(0...180), phi = rng.uniform(-180...180), depth = rng.uniform(0.1...6)
            let ibl = try IBLAngles(theta: .degrees(theta), phi: .degrees(phi), roll: .degrees(rng.uniform(-180...180)))
            let expected = iblatlasTipDisplacement(theta: theta, phi: phi, depth: depth)
            #expect(maxDifference(ibl.direction * Length.mm(depth), expected) < 1e-12)
            #expect(maxDifference(ibl.orientation.shaftDirection, ibl.direction.millimetres) == 0)
        }
    }

    // A typical IBL insertion, θ 15° φ 180°: the upper end leans left (−x), the tip travels right.
    @Test func workedExampleTheta15Phi180() throws {
        let ibl = try IBLAngles(theta: .degrees(15), phi: .degrees(180))
        #expect(maxDifference(ibl.direction, SIMD3(0, sinD(15), cosD(15))) < 1e-15)
        let b = BrainstemAngles(ibl, order: .apThenML)
        #expect(abs(b.apAngle.degrees) < 1e-12 && abs(b.mlAngle.degrees + 15) < 1e-12)
        let p = PinpointAngles(ibl)
        #expect(abs(p.yaw.degrees - 90) < 1e-12 && abs(p.pitch.degrees - 75) < 1e-12)
        let back = IBLAngles(orientation: ibl.orientation)
        #expect(abs(back.theta.degrees - 15) < 1e-12 && angularDistance(back.phi, .degrees(180)) < 1e-12)
    }

    // iblatlas' cart2sph gives φ = 0 for a vertical vector: all of the turn goes to roll.
    @Test func verticalProbeHasZeroPhiAndTheTurnInRoll() throws {
        #expect(IBLAngles(orientation: .vertical) == (try IBLAngles(theta: .zero, phi: .zero, roll: .degrees(90))))
        // All zero in IBL: vertical with the features sagittal, BrainSTEM rotation −90°.
        let zero = try IBLAngles(theta: .zero, phi: .zero).orientation
        #expect(zero.maxAbsDifference(try BrainstemAngles(apAngle: .zero, mlAngle: .zero, rotation: .degrees(-90)).orientation()) < 1e-15)
        #expect(zero.widthAxis.millimetres == SIMD3(1, 0, 0))
        for r in stride(from: -180.0, through: 180, by: 30) {
            let b = try BrainstemAngles(apAngle: .zero, mlAngle: .zero, rotation: .degrees(r))
            let ibl = IBLAngles(b)
            #expect(ibl.theta == .zero && ibl.phi == .zero)
            #expect(angularDistance(ibl.roll, .degrees(r + 90)) < 1e-12)
            // Vertical, only roll − φ matters: φ 40° with 40° more roll is the same probe.
            let other = try IBLAngles(theta: .zero, phi: .degrees(40), roll: .degrees(r + 130))
            #expect(other.orientation.maxAbsDifference(ibl.orientation) < 1e-12)
            #expect(IBLAngles(orientation: other.orientation).phi == .zero)
        }
        let up = IBLAngles(orientation: try IBLAngles(theta: .degrees(180), phi: .degrees(70), roll: .degrees(5)).orientation)
        #expect(up.theta.degrees == 180 && up.phi == .zero)
        #expect(try IBLAngles(direction: Vector3(mm: 0, 0, 2)) == (try IBLAngles(theta: .zero, phi: .zero)))
    }

    // Pinpoint's own IBL convention class: φ = −yaw − 90°, θ = 90° − pitch, roll unchanged.
    @Test func agreesWithPinpointsIBLMapping() throws {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<500 {
            let yaw = rng.uniform(-180...180), pitch = rng.uniform(-89...89), roll = rng.uniform(-180...180)
            let ibl = IBLAngles(try PinpointAngles(yaw: .degrees(yaw), pitch: .degrees(pitch), roll: .degrees(roll)))
            #expect(angularDistance(ibl.phi, .degrees(-yaw - 90)) < 1e-9)
            #expect(abs(ibl.theta.degrees - (90 - pitch)) < 1e-9)
            #expect(angularDistance(ibl.roll, .degrees(roll)) < 1e-9)
        }
    }

    @Test func directionOnlyAnglesHaveNoRoll() throws {
        var rng = SplitMix64(seed: 12)
        for _ in 0..<300 {
            let o = try randomOrientation(&rng)
            let ibl = try IBLAngles(direction: o.shaftDirection * 3)
            #expect(ibl.roll == .zero)
            #expect(maxDifference(ibl.direction, o.shaftDirection.millimetres) < 1e-12)
            #expect((0...180).contains(ibl.theta.degrees) && ibl.phi.degrees > -180 && ibl.phi.degrees <= 180)
        }
        #expect(throws: AngleConventionError.invalidDirection(field: "IBL direction")) {
            try IBLAngles(direction: Vector3(mm: .nan, 0, 0))
        }
    }

    @Test func outOfRangeAndNonFiniteAnglesAreRejected() {
        #expect(throws: AngleConventionError.outOfRange(field: "IBL theta", degrees: -1, allowedDegrees: 0...180)) {
            try IBLAngles(theta: .degrees(-1), phi: .zero)
        }
        #expect(throws: AngleConventionError.outOfRange(field: "IBL theta", degrees: 181, allowedDegrees: 0...180)) {
            try IBLAngles(theta: .degrees(181), phi: .zero)
        }
        #expect(throws: AngleConventionError.outOfRange(field: "IBL phi", degrees: 361, allowedDegrees: -360...360)) {
            try IBLAngles(theta: .zero, phi: .degrees(361))
        }
        #expect(throws: AngleConventionError.outOfRange(field: "IBL roll", degrees: -400, allowedDegrees: -360...360)) {
            try IBLAngles(theta: .zero, phi: .zero, roll: .degrees(-400))
        }
        #expect(throws: AngleConventionError.notFinite(field: "IBL theta")) { try IBLAngles(theta: .degrees(.nan), phi: .zero) }
        #expect(throws: AngleConventionError.notFinite(field: "IBL phi")) { try IBLAngles(theta: .zero, phi: .degrees(.nan)) }
        #expect(throws: AngleConventionError.notFinite(field: "IBL roll")) {
            try IBLAngles(theta: .zero, phi: .zero, roll: .degrees(.infinity))
        }
        #expect(throws: Never.self) { try IBLAngles(theta: .degrees(180), phi: .degrees(360), roll: .degrees(-360)) }
    }
}
