/// Pinpoint's (Virtual Brain Lab) probe angles, in degrees.
///
/// - ``yaw``: heading of the tip in the horizontal plane, an extrinsic turn
///   about the DV axis; 0 = the tip travels anterior, positive turns it toward
///   the right (clockwise seen from above).
/// - ``pitch``: elevation of the shaft below horizontal; 90 = straight down,
///   0 = horizontal. Pinpoint's controls stay in 0…90; −90…90 is accepted so
///   every orientation, tip up included, has angles.
/// - ``roll``: an intrinsic turn about the shaft, positive clockwise seen from
///   above; 0 keeps the width axis horizontal and perpendicular to the heading,
///   so yaw 0, pitch 90, roll 0 is ``ProbeOrientation/vertical`` (features in
///   the coronal plane).
///
/// Shaft (entry → tip) `(cos p·cos y, cos p·sin y, sin p)`; orientation
/// `R = R_DV(yaw) · R_ML(90° − pitch) · R_DV(roll)`. Pinpoint's own IBL
/// conversion is φ = −yaw − 90°, θ = 90° − pitch, roll unchanged.
///
/// At pitch ±90° yaw and roll turn about the same axis (Pinpoint issue #781):
/// angles read from a vertical orientation have ``yaw`` 0 and all of the
/// turn in ``roll``.
public struct PinpointAngles: Hashable, Sendable {
    public let yaw: Angle
    public let pitch: Angle
    public let roll: Angle

    /// Allowed ``pitch``, degrees.
    public static let pitchDegrees: ClosedRange<Double> = -90...90
    /// Allowed ``yaw`` and ``roll``, degrees (one turn either way).
    public static let turnDegrees: ClosedRange<Double> = -360...360

    /// Validates each angle: finite and within its range.
    public init(yaw: Angle, pitch: Angle, roll: Angle = .zero) throws(AngleConventionError) {
        self.yaw = try yaw.validated("Pinpoint yaw", in: Self.turnDegrees)
        self.pitch = try pitch.validated("Pinpoint pitch", in: Self.pitchDegrees)
        self.roll = try roll.validated("Pinpoint roll", in: Self.turnDegrees)
    }

    init(polar p: PolarAngles) {
        yaw = p.azimuth
        pitch = .degrees(90) - p.polar
        roll = p.spin
    }

    private var polar: PolarAngles { PolarAngles(azimuth: yaw, polar: .degrees(90) - pitch, spin: roll) }

    /// Unit vector from entry toward the tip: `(cos p·cos y, cos p·sin y, sin p)`.
    public var direction: Vector3<Frame.Bregma> {
        Vector3(millimetres: PolarAngles.direction(azimuth: yaw, polar: polar.polar))
    }

    /// The full orientation, `R_DV(yaw) · R_ML(90° − pitch) · R_DV(roll)`.
    public var orientation: ProbeOrientation { ProbeOrientation(trusted: polar.matrix) }

    /// Yaw and pitch of `direction` (yaw 0 when vertical), roll 0; yaw in (−180°, 180°].
    public init(direction: Vector3<Frame.Bregma>) throws(AngleConventionError) {
        let d = try direction.unitDirection("Pinpoint direction")
        self.init(polar: PolarAngles(direction: d, azimuthWhenVertical: .zero))
    }

    /// The angles of `orientation`; yaw and roll in (−180°, 180°]. A vertical
    /// shaft gets yaw 0 and all of its turn in roll.
    public init(orientation: ProbeOrientation) {
        self.init(polar: PolarAngles(orientation: orientation.matrix, azimuthWhenVertical: .zero))
    }
}
