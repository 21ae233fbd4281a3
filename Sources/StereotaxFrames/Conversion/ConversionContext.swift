import StereotaxGeometry

/// Everything a conversion between coordinate systems may depend on, each
/// piece a named choice: the subject's landmarks, the stereotaxic frame's
/// calibration, an external rig's registration, the atlas transform, the
/// brain surface and the order in which the two tilt angles apply.
///
/// Pieces a conversion does not use may be absent; a conversion that needs
/// an absent piece fails with ``ConversionError/missingContext(system:needs:)``.
public struct ConversionContext: Sendable {
    /// Bregma and lambda (bregma–lambda conversions).
    public var landmarks: SkullLandmarks
    /// Stereotaxic-frame readings → bregma (`Stereotaxic_XYZ_Absolute`, `Stereotaxic_XY_Surface`).
    public var calibration: FrameCalibration?
    /// External rig → bregma (`External_XYZ_Absolute`).
    public var externalRegistration: FrameTransform<Frame.External, Frame.Bregma>?
    /// Which way the external rig's axes point, for reading its angle fields.
    public var externalAxes: ManipulatorAxes
    /// Bregma → Allen CCF (`CCF_XYZ_Absolute`): an atlas preset.
    public var atlasTransform: FrameTransform<Frame.Bregma, Frame.CCF>?
    /// The brain surface (the brain-surface systems).
    public var surface: (any BrainSurfaceProvider)?
    /// The order of the AP and ML tilts.
    public var angleOrder: BrainstemAngleOrder

    public init(
        landmarks: SkullLandmarks,
        calibration: FrameCalibration? = nil,
        externalRegistration: FrameTransform<Frame.External, Frame.Bregma>? = nil,
        externalAxes: ManipulatorAxes = .standard,
        atlasTransform: FrameTransform<Frame.Bregma, Frame.CCF>? = nil,
        surface: (any BrainSurfaceProvider)? = nil,
        angleOrder: BrainstemAngleOrder = .apThenML
    ) {
        self.landmarks = landmarks
        self.calibration = calibration
        self.externalRegistration = externalRegistration
        self.externalAxes = externalAxes
        self.atlasTransform = atlasTransform
        self.surface = surface
        self.angleOrder = angleOrder
    }

    /// The frames this context connects, with every transform registered once.
    public var transformGraph: TransformGraph {
        var graph = TransformGraph()
        graph.register(landmarks.bregmaToLambda)
        if let calibration { graph.register(calibration.transform) }
        if let externalRegistration { graph.register(externalRegistration) }
        if let atlasTransform { graph.register(atlasTransform) }
        return graph
    }

    /// The manipulator axes the calibration assumes (standard when there is none).
    var manipulatorAxes: ManipulatorAxes { calibration?.axes ?? .standard }
}
