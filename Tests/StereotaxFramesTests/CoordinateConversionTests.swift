import StereotaxTestSupport
import Foundation
import Testing
import StereotaxCoordinates
import StereotaxGeometry
import StereotaxJSON
@testable import StereotaxFrames

/// Conversions between the eight BrainSTEM systems through the bregma frame.
@Suite struct CoordinateConversionTests {
    /// IBL's plain Allen placement of bregma (AP 5400, ML 5739, DV 332 µm), no scaling.
    static let iblPlain: FrameTransform<Frame.Bregma, Frame.CCF> = {
        let swap = Matrix3(rows: SIMD3(-1, 0, 0), SIMD3(0, 0, 1), SIMD3(0, 1, 0))
        return FrameTransform(AffineTransform3(linear: swap, translation: SIMD3(5.4, 0.332, 5.739)), choices: ["atlas transform: test plain"])
    }()

    /// A Pinpoint-like preset: −5° pitch about ML, then anisotropic scaling, then the CCF axes.
    static let tiltedScaled: FrameTransform<Frame.Bregma, Frame.CCF> = {
        let swap = Matrix3(rows: SIMD3(-1, 0, 0), SIMD3(0, 0, 1), SIMD3(0, 1, 0))
        let pitch = Matrix3.rotation(about: SIMD3(0, 1, 0), by: .degrees(-5))
        let scale = Matrix3(diagonal: SIMD3(1 / 1.031, 1 / 0.952, 1 / 0.885))
        return FrameTransform(AffineTransform3(linear: swap * scale * pitch, translation: SIMD3(5.2, 0.332, 5.7)),
                              choices: ["atlas transform: test tilted"])
    }()

    static func context(surface: (any BrainSurfaceProvider)? = PlanarBrainSurface.horizontal(atDV: .mm(0.4)),
                        atlas: FrameTransform<Frame.Bregma, Frame.CCF> = iblPlain,
                        lambda: LambdaPlacement = .speciesDefault(.mouse),
                        order: BrainstemAngleOrder = .apThenML) -> ConversionContext {
        ConversionContext(
            landmarks: SkullLandmarks(lambda: lambda),
            calibration: .axisAligned(bregmaReading: Point3(mm: 10, 20, 5)),
            externalRegistration: FrameTransform(AffineTransform3(linear: .identity, translation: SIMD3(-100, -200, -300)),
                                                 choices: ["external registration: test"]),
            atlasTransform: atlas, surface: surface, angleOrder: order)
    }

    // MARK: Hand-computed values

    @Test func bregmaToLambdaMovesOnlyAP() throws {
        let converter = CoordinateConverter(context: Self.context())
        let bregma = Coordinates.stereotaxicBregmaAbsolute(.init(apCoordinate: .mm(-2), mlCoordinate: .mm(1.5), dvCoordinate: .mm(1.3)))
        let result = try converter.convert(bregma, to: .stereotaxicLambdaAbsolute)
        guard case .stereotaxicLambdaAbsolute(let l) = result.coordinates else { Issue.record("wrong system"); return }
        #expect(abs(l.apCoordinate!.millimetres - 2.2) < 1e-12)
        #expect(l.mlCoordinate == .mm(1.5))
        #expect(l.dvCoordinate == .mm(1.3))
        #expect(l.apAngle == nil && l.mlAngle == nil, "absent angles stay absent")
        #expect(result.choices.contains { $0.contains("mouse default") }, "the lambda placement is named")
    }

    @Test func verticalBrainSurfaceDepthAddsToTheSurfaceDV() throws {
        let converter = CoordinateConverter(context: Self.context())
        let surface = Coordinates.stereotaxicBregmaBrainSurface(.init(apCoordinate: .mm(-2), mlCoordinate: .mm(1.5), depth: .mm(1)))
        let result = try converter.convert(surface, to: .stereotaxicBregmaAbsolute)
        guard case .stereotaxicBregmaAbsolute(let b) = result.coordinates else { Issue.record("wrong system"); return }
        #expect(abs(b.dvCoordinate!.millimetres - 1.4) < 1e-9)
        #expect(abs(b.apCoordinate!.millimetres + 2) < 1e-9)
        #expect(result.choices.contains { $0.hasPrefix("brain surface:") })
    }

    @Test func positiveAPAngleSendsTheTipPosterior() throws {
        let converter = CoordinateConverter(context: Self.context(surface: PlanarBrainSurface.horizontal(atDV: .zero)))
        let surface = Coordinates.stereotaxicBregmaBrainSurface(.init(apCoordinate: .mm(-2), mlCoordinate: .mm(1.5), depth: .mm(2),
                                                                      apAngle: .degrees(30), mlAngle: .zero))
        let r = try converter.resolve(surface)
        #expect(r.target.distance(to: Point3(mm: -3, 1.5, 3.0.squareRoot())).millimetres < 1e-9)
        let ml = Coordinates.stereotaxicBregmaBrainSurface(.init(apCoordinate: .zero, mlCoordinate: .zero, depth: .mm(2),
                                                                 apAngle: .zero, mlAngle: .degrees(30)))
        #expect(try converter.resolve(ml).target.ml.millimetres < -0.99, "a positive ML angle sends the tip to the left")
    }

    @Test func ccfFromBregmaWithThePlainPreset() throws {
        let converter = CoordinateConverter(context: Self.context())
        let bregma = Coordinates.stereotaxicBregmaAbsolute(.init(apCoordinate: .mm(-2), mlCoordinate: .mm(1), dvCoordinate: .mm(3)))
        let result = try converter.convert(bregma, to: .ccfXYZAbsolute)
        guard case .ccfXYZAbsolute(let c) = result.coordinates else { Issue.record("wrong system"); return }
        #expect(abs(c.x!.millimetres - 7.4) < 1e-12)
        #expect(abs(c.y!.millimetres - 3.332) < 1e-12)
        #expect(abs(c.z!.millimetres - 6.739) < 1e-12)
        #expect(result.choices.contains("atlas transform: test plain"))
    }

    @Test func frameReadingsThroughTheStandardAxes() throws {
        let converter = CoordinateConverter(context: Self.context())
        // x moves right, y anterior, z dorsal; bregma read at (10, 20, 5).
        let xyz = Coordinates.stereotaxicXYZAbsolute(.init(x: .mm(11), y: .mm(18), z: .mm(3), xAngle: .degrees(10), yAngle: .zero, zAngle: .degrees(45)))
        let result = try converter.convert(xyz, to: .stereotaxicBregmaAbsolute)
        guard case .stereotaxicBregmaAbsolute(let b) = result.coordinates else { Issue.record("wrong system"); return }
        #expect(b.apCoordinate == .mm(-2) && b.mlCoordinate == .mm(1) && b.dvCoordinate == .mm(2))
        #expect(abs(b.apAngle!.degrees - 10) < 1e-9, "xAngle (about the ML-running x axis) is the AP angle")
        #expect(abs(b.mlAngle!.degrees) < 1e-9)
        #expect(b.dvAngle == .degrees(45), "zAngle is the rotation")
        #expect(result.choices.contains { $0.contains("xAngle = AP angle") })
    }

    // MARK: Errors

    @Test func missingFieldsAndContextAreNamed() {
        let converter = CoordinateConverter(context: ConversionContext(landmarks: .defaults(for: .mouse)))
        #expect(throws: ConversionError.missingField(system: .stereotaxicBregmaAbsolute, field: "dvCoordinate")) {
            try converter.resolve(.stereotaxicBregmaAbsolute(.init(apCoordinate: .mm(1), mlCoordinate: .mm(1))))
        }
        #expect(throws: ConversionError.self) {
            try converter.resolve(.stereotaxicBregmaBrainSurface(.init(apCoordinate: .mm(1), mlCoordinate: .mm(1), depth: .mm(1))))
        }
        #expect(throws: ConversionError.missingContext(system: .ccfXYZAbsolute, needs: "an atlas transform (a bregma → CCF preset)")) {
            try converter.resolve(.ccfXYZAbsolute(.init(x: .mm(1), y: .mm(1), z: .mm(1))))
        }
        let withSurface = CoordinateConverter(context: Self.context())
        #expect(throws: ConversionError.self) {
            try withSurface.resolve(.stereotaxicBregmaBrainSurface(.init(apCoordinate: .mm(1), mlCoordinate: .mm(1), depth: .mm(-1))))
        }
    }

    @Test func aTipAboveTheSurfaceHasNoBrainSurfaceCoordinates() {
        let converter = CoordinateConverter(context: Self.context(surface: PlanarBrainSurface.horizontal(atDV: .mm(2))))
        #expect(throws: ConversionError.self) {
            try converter.convert(.stereotaxicBregmaAbsolute(.init(apCoordinate: .zero, mlCoordinate: .zero, dvCoordinate: .mm(1))),
                                  to: .stereotaxicBregmaBrainSurface)
        }
    }

    // MARK: Every system through every other

    static func randomTarget(_ rng: inout SplitMix64, angles: Bool) -> Coordinates {
        .stereotaxicBregmaAbsolute(.init(
            apCoordinate: .mm(rng.uniform(-4...3)), mlCoordinate: .mm(rng.uniform(-3...3)), dvCoordinate: .mm(rng.uniform(1...6)),
            apAngle: angles ? .degrees(rng.uniform(-30...30)) : nil, mlAngle: angles ? .degrees(rng.uniform(-30...30)) : nil,
            dvAngle: angles ? .degrees(rng.uniform(-180...180)) : nil))
    }

    @Test(arguments: [BrainstemAngleOrder.apThenML, .mlThenAP])
    func everySystemRoundTripsThroughEveryOther(order: BrainstemAngleOrder) throws {
        var rng = SplitMix64(seed: 2026)
        for trial in 0..<12 {
            let normal = Vector3<Frame.Bregma>(mm: rng.uniform(-0.2...0.2), rng.uniform(-0.2...0.2), 1)
            let surface = try #require(PlanarBrainSurface(point: Point3(mm: 0, 0, rng.uniform(-0.5...0.5)), normal: normal))
            let lambda = LambdaPlacement.measured(Point3(mm: -rng.uniform(3.8...4.5), rng.uniform(-0.1...0.1), rng.uniform(-0.2...0.2)))
            let atlas = trial.isMultiple(of: 2) ? Self.iblPlain : Self.tiltedScaled
            let converter = CoordinateConverter(context: Self.context(surface: surface, atlas: atlas, lambda: lambda, order: order))
            let start = try converter.convert(Self.randomTarget(&rng, angles: trial % 3 != 0), to: .stereotaxicBregmaAbsolute)
            for a in CoordinateSystemName.allCases {
                let inA = try converter.express(start.resolved, in: a)
                for b in CoordinateSystemName.allCases {
                    let inB = try converter.convert(inA.coordinates, to: b)
                    let back = try converter.convert(inB.coordinates, to: a)
                    try expectSame(back.coordinates, inA.coordinates, "\(a) → \(b) → \(a)")
                    let tip = try converter.resolve(inB.coordinates).target
                    #expect(tip.distance(to: start.resolved.target).millimetres < 1e-9, "\(a) → \(b): target moved")
                }
            }
        }
    }

    /// Field-by-field equality to 1e-9 mm and 1e-9°.
    func expectSame(_ x: Coordinates, _ y: Coordinates, _ label: String) throws {
        #expect(x.systemName == y.systemName, "\(label)")
        let xs = try x.encoded(as: .schema1_1_0), ys = try y.encoded(as: .schema1_1_0)
        let xv = Self.values(xs), yv = Self.values(ys)
        #expect(Set(xv.keys) == Set(yv.keys), "\(label): fields differ: \(xv.keys.sorted()) vs \(yv.keys.sorted())")
        for (k, v) in xv {
            guard let w = yv[k] else { continue }
            var d = abs(v - w)
            if k.hasSuffix("Angle") || k == "rotation" { d = min(d, abs(abs(v - w) - 360)) }
            #expect(d < 1e-9, "\(label): \(k) \(v) vs \(w)")
        }
    }

    /// `{"field": {"value": v, "unit": "mm"|"°"}}` → field → v.
    static func values(_ details: JSONValue) -> [String: Double] {
        var out: [String: Double] = [:]
        for member in details.objectValue ?? JSONObject() {
            if let v = member.value["value"]?.doubleValue { out[member.key] = v }
        }
        return out
    }
}
