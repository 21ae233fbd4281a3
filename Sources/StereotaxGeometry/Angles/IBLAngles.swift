/// The International Brain Laboratory's probe angles (iblatlas `Insertion`),
/// in degrees.
///
/// iblatlas works in x = ML right+, y = AP anterior+, z = DV dorsal+ and
/// places the tip at `entry + sph2cart(−depth, theta, phi)`, so
/// `(sin θ·cos φ, sin θ·sin φ, cos θ)` points from the tip up to the entry:
/// - ``theta``: polar angle of the shaft from vertical, 0°…180° (0 = straight down);
/// - ``phi``: azimuth of the probe's *upper end*, from the right (+ML) toward
///   anterior, counter-clockwise seen from above; the tip travels the other way;
/// - ``roll``: the turn about the shaft (iblatlas' `beta`), which iblatlas
///   stores without geometry. Here it follows Pinpoint's IBL mapping, which
///   passes roll unchanged: roll 0 keeps the width axis horizontal and
///   perpendicular to the plane of the tilt, positive is clockwise seen from above.
///
/// In the bregma frame the shaft (entry → tip) is `(−sin θ·sin φ, −sin θ·cos φ, cos θ)`
/// and the orientation `R = R_DV(−φ − 90°) · R_ML(θ) · R_DV(roll)`.
///
/// A vertical probe has no azimuth: angles read from a vertical orientation
/// have ``phi`` 0 (what iblatlas' `cart2sph` gives) and all of the turn in ``roll``.
public struct IBLAngles: Hashable, Sendable {
    public let theta: Angle
    public let phi: Angle
    public let roll: Angle

    /// Allowed ``theta``, degrees.
    public static let thetaDegrees: ClosedRange<Double> = 0...180
    /// Allowed ``phi`` and ``roll``, degrees: one turn either way, so both
    /// iblatlas' (−180°, 180°] and azimuth tables' [0°, 360°) are accepted.
    public static let turnDegrees: ClosedRange<Double> = -360...360

    /// Validates each angle: finite and within its range.
    public init(theta: Angle, phi: Angle, roll: Angle = .zero) throws(AngleConventionError) {
        self.theta = try theta.validated("IBL theta", in: Self.thetaDegrees)
        self.phi = try phi.validated("IBL phi", in: Self.turnDegrees)
        self.roll = try roll.validated("IBL roll", in: Self.turnDegrees)
    }

    private init(polar p: PolarAngles) {
        theta = p.polar
        phi = (-p.azimuth - .degrees(90)).normalized
        roll = p.spin
    }

    private var polar: PolarAngles { PolarAngles(azimuth: -phi - .degrees(90), polar: theta, spin: roll) }

    /// Unit vector from entry toward the tip: `(−sin θ·sin φ, −sin θ·cos φ, cos θ)`.
    public var direction: Vector3<Frame.Bregma> {
        Vector3(millimetres: PolarAngles.direction(azimuth: polar.azimuth, polar: theta))
    }

    /// The full orientation, `R_DV(−φ − 90°) · R_ML(θ) · R_DV(roll)`.
    public var orientation: ProbeOrientation { ProbeOrientation(trusted: polar.matrix) }

    /// θ and φ of `direction` (φ = 0 when vertical), roll 0; φ in (−180°, 180°].
    public init(direction: Vector3<Frame.Bregma>) throws(AngleConventionError) {
        let d = try direction.unitDirection("IBL direction")
        self.init(polar: PolarAngles(direction: d, azimuthWhenVertical: .degrees(-90)))
    }

    /// The angles of `orientation`; φ and roll in (−180°, 180°]. A vertical
    /// shaft gets φ = 0 and all of its turn in roll.
    public init(orientation: ProbeOrientation) {
        self.init(polar: PolarAngles(orientation: orientation.matrix, azimuthWhenVertical: .degrees(-90)))
    }
}
