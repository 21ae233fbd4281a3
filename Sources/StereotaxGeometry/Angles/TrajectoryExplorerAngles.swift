/// The Neuropixels Trajectory Explorer's probe angles, in degrees: where the
/// shaft points, without a turn about it.
///
/// The Explorer reads them off the shaft from entry toward the tip:
/// - ``azimuth``: its horizontal heading "relative to lambda → bregma",
///   0 = the tip travels anterior, increasing clockwise seen from above
///   (90 = toward the right); the Explorer shows 0…360;
/// - ``elevation``: its angle below horizontal, 90 = straight down; the
///   Explorer shows 0…90.
///
/// So the pair is Pinpoint's (yaw, pitch) with the azimuth in [0°, 360°);
/// shaft `(cos e·cos a, cos e·sin a, sin e)`. A vertical shaft reads azimuth 0.
public struct TrajectoryExplorerAngles: Hashable, Sendable {
    public let azimuth: Angle
    public let elevation: Angle

    /// Allowed ``azimuth``, degrees (one turn either way).
    public static let azimuthDegrees: ClosedRange<Double> = -360...360
    /// Allowed ``elevation``, degrees (negative: the tip points up).
    public static let elevationDegrees: ClosedRange<Double> = -90...90

    /// Validates each angle: finite and within its range.
    public init(azimuth: Angle, elevation: Angle) throws(AngleConventionError) {
        self.azimuth = try azimuth.validated("Trajectory Explorer azimuth", in: Self.azimuthDegrees)
        self.elevation = try elevation.validated("Trajectory Explorer elevation", in: Self.elevationDegrees)
    }

    private init(shaftOf p: PinpointAngles) {
        azimuth = p.yaw.degrees < 0 ? p.yaw + .degrees(360) : p.yaw
        elevation = p.pitch
    }

    /// Unit vector from entry toward the tip: `(cos e·cos a, cos e·sin a, sin e)`.
    public var direction: Vector3<Frame.Bregma> {
        Vector3(millimetres: SIMD3(elevation.cosine * azimuth.cosine, elevation.cosine * azimuth.sine, elevation.sine))
    }

    /// Azimuth (in [0°, 360°), 0 when vertical) and elevation of `direction`.
    public init(direction: Vector3<Frame.Bregma>) throws(AngleConventionError) {
        let d = try direction.unitDirection("Trajectory Explorer direction")
        self.init(shaftOf: PinpointAngles(polar: PolarAngles(direction: d, azimuthWhenVertical: .zero)))
    }

    /// The shaft of `orientation`; its turn about the shaft is dropped.
    public init(orientation: ProbeOrientation) {
        self.init(shaftOf: PinpointAngles(orientation: orientation))
    }
}

extension PinpointAngles {
    /// Pinpoint angles with the Explorer's shaft and the given roll:
    /// yaw = azimuth, pitch = elevation.
    public init(_ explorer: TrajectoryExplorerAngles, roll: Angle = .zero) throws(AngleConventionError) {
        try self.init(yaw: explorer.azimuth, pitch: explorer.elevation, roll: roll)
    }
}

extension TrajectoryExplorerAngles {
    /// The Explorer's angles of the shaft `pinpoint` describes (its roll is dropped).
    public init(_ pinpoint: PinpointAngles) { self.init(orientation: pinpoint.orientation) }

    /// The Explorer's angles of the shaft `ibl` describes (its roll is dropped).
    public init(_ ibl: IBLAngles) { self.init(orientation: ibl.orientation) }

    /// The Explorer's angles of the shaft `brainstem` describes when read in `order`
    /// (its rotation is dropped).
    public init(_ brainstem: BrainstemAngles, order: BrainstemAngleOrder = .projectDefault) {
        self.init(orientation: brainstem.orientation(order: order))
    }
}
