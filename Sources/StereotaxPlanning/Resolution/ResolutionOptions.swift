import StereotaxAtlas
import StereotaxFrames
import StereotaxGeometry

/// The choices a procedure's resolution depends on; each is named in the
/// result's provenance.
public struct ResolutionOptions: Sendable {
    /// Measured landmarks by subject id; a subject without an entry gets its
    /// species' defaults (lambda at the species' bregma–lambda distance, flat skull).
    public var landmarksBySubject: [String: SkullLandmarks]
    /// When set, the atlas is scaled per subject by its measured bregma–lambda
    /// distance over the preset's reference, in this mode. Subjects on species
    /// defaults are never scaled.
    public var scaling: BregmaLambdaScaling.Mode?
    /// The mouse preset (Allen CCF ↔ bregma); default `ibl-allen`.
    public var allenPreset: AllenStereotaxicPreset
    /// The rat preset (Waxholm ↔ bregma); default `herbs-whs`.
    public var waxholmPreset: WaxholmStereotaxicPreset
    /// The stereotaxic frame's calibration (`Stereotaxic_XYZ_Absolute`, `Stereotaxic_XY_Surface`).
    public var calibration: FrameCalibration?
    /// The external rig's registration (`External_XYZ_Absolute`).
    public var externalRegistration: FrameTransform<Frame.External, Frame.Bregma>?
    /// The order of the AP and ML tilts; default AP, then ML (BrainSTEM's order).
    public var angleOrder: BrainstemAngleOrder

    public init(
        landmarksBySubject: [String: SkullLandmarks] = [:],
        scaling: BregmaLambdaScaling.Mode? = nil,
        allenPreset: AllenStereotaxicPreset = .default,
        waxholmPreset: WaxholmStereotaxicPreset = .herbs,
        calibration: FrameCalibration? = nil,
        externalRegistration: FrameTransform<Frame.External, Frame.Bregma>? = nil,
        angleOrder: BrainstemAngleOrder = .projectDefault
    ) {
        self.landmarksBySubject = landmarksBySubject
        self.scaling = scaling
        self.allenPreset = allenPreset
        self.waxholmPreset = waxholmPreset
        self.calibration = calibration
        self.externalRegistration = externalRegistration
        self.angleOrder = angleOrder
    }
}
