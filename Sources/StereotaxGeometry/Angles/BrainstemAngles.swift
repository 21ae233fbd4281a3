/// BrainSTEM's probe angles: two tilts from vertical and a turn about the
/// shaft, in degrees, each in −180°…180° (the data model's range).
///
/// Signs, as BrainSTEM's figures draw them:
/// - ``apAngle``: tilt in the sagittal plane; positive leans the probe's
///   upper end anterior, so the tip travels posterior as it goes down.
/// - ``mlAngle``: tilt in the coronal plane; positive leans the upper end to
///   the animal's right (clockwise seen from behind), so the tip travels left.
/// - ``rotation`` (`dvAngle` in the absolute systems): about the probe's own
///   shaft; 0 puts the features in the coronal plane, positive is clockwise
///   seen from above.
///
/// How the two tilts combine is a choice (``BrainstemAngleOrder``); every
/// method that turns angles into geometry, or back, takes it.
public struct BrainstemAngles: Hashable, Sendable {
    public let apAngle: Angle
    public let mlAngle: Angle
    public let rotation: Angle

    /// The range the data model allows for each angle, in degrees.
    public static let allowedDegrees: ClosedRange<Double> = -180...180

    /// Validates each angle: finite and within ``allowedDegrees``.
    public init(apAngle: Angle, mlAngle: Angle, rotation: Angle = .zero) throws(AngleConventionError) {
        self.apAngle = try apAngle.validated("BrainSTEM apAngle", in: Self.allowedDegrees)
        self.mlAngle = try mlAngle.validated("BrainSTEM mlAngle", in: Self.allowedDegrees)
        self.rotation = try rotation.validated("BrainSTEM rotation", in: Self.allowedDegrees)
    }

    init(trusted apAngle: Angle, _ mlAngle: Angle, _ rotation: Angle) {
        (self.apAngle, self.mlAngle, self.rotation) = (apAngle, mlAngle, rotation)
    }

    /// Unit vector from entry toward the tip: `(−sin a, −cos a·sin m, cos a·cos m)`
    /// for ``BrainstemAngleOrder/apThenML``, `(−sin a·cos m, −sin m, cos a·cos m)`
    /// for ``BrainstemAngleOrder/mlThenAP``.
    public func direction(order: BrainstemAngleOrder = .projectDefault) -> Vector3<Frame.Bregma> {
        orientation(order: order).shaftDirection
    }

    /// The full orientation; the shaft turn is applied last, about the tilted shaft.
    public func orientation(order: BrainstemAngleOrder = .projectDefault) -> ProbeOrientation {
        let apTilt = Matrix3.rotationAboutML(-apAngle)
        let mlTilt = Matrix3.rotationAboutAP(mlAngle)
        let tilt = order == .apThenML ? mlTilt * apTilt : apTilt * mlTilt
        return ProbeOrientation(trusted: tilt * .rotationAboutDV(rotation))
    }

    /// The tilts that point the shaft along `direction`, with ``rotation`` 0.
    ///
    /// The first tilt of `order` comes out in −90°…90° and the second in
    /// −180°…180°. When the shaft lies along the second tilt's axis (horizontal
    /// along AP for `.apThenML`, along ML for `.mlThenAP`) the second tilt is 0.
    public init(direction: Vector3<Frame.Bregma>, order: BrainstemAngleOrder = .projectDefault) throws(AngleConventionError) {
        let d = try direction.unitDirection("BrainSTEM direction")
        let lock = ProbeOrientation.gimbalLockTolerance
        switch order {
        case .apThenML:
            let rest = (d.y * d.y + d.z * d.z).squareRoot()
            self.init(trusted: .atan2(-d.x, rest), rest > lock ? .atan2(-d.y, d.z) : .zero, .zero)
        case .mlThenAP:
            let rest = (d.x * d.x + d.z * d.z).squareRoot()
            self.init(trusted: rest > lock ? .atan2(-d.x, d.z) : .zero, .atan2(-d.y, rest), .zero)
        }
    }

    /// The angles of `orientation` read in `order`.
    ///
    /// The first tilt of `order` comes out in −90°…90°, the second tilt and
    /// the rotation in −180°…180°. When the shaft lies along the second tilt's
    /// axis the second tilt is 0 and the rotation carries the whole turn.
    public init(orientation: ProbeOrientation, order: BrainstemAngleOrder = .projectDefault) {
        let r = orientation.matrix
        let lock = ProbeOrientation.gimbalLockTolerance
        switch order {
        case .apThenML:
            // R = R_AP(m)·R_ML(−a)·R_DV(γ): undo R_AP(m), then read a and γ.
            let rest = (r[1, 2] * r[1, 2] + r[2, 2] * r[2, 2]).squareRoot()
            let m: Angle = rest > lock ? .atan2(-r[1, 2], r[2, 2]) : .zero
            let q = Matrix3.rotationAboutAP(-m) * r
            self.init(trusted: .atan2(-q[0, 2], max(q[2, 2], 0)), m, .atan2(q[1, 0], q[1, 1]))
        case .mlThenAP:
            // R = R_ML(−a)·R_AP(m)·R_DV(γ): undo R_ML(−a), then read m and γ.
            let rest = (r[0, 2] * r[0, 2] + r[2, 2] * r[2, 2]).squareRoot()
            let a: Angle = rest > lock ? .atan2(-r[0, 2], r[2, 2]) : .zero
            let q = Matrix3.rotationAboutML(a) * r
            self.init(trusted: a, .atan2(-q[1, 2], max(q[2, 2], 0)), .atan2(-q[0, 1], q[0, 0]))
        }
    }
}
