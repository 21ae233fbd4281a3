import StereotaxGeometry
import StereotaxFrames

/// One published map between the Allen CCF and the stereotaxic (bregma) frame.
///
/// The tools that map CCF to the skull disagree on where bregma is, on how
/// much to scale each axis (the CCF brain is a single perfused brain, larger
/// in DV than in vivo), and on a tilt; each preset reproduces one tool's
/// constants exactly. With u = p − bregma (CCF, mm) turned into bregma-frame
/// axes by Pu = (−u_AP, u_ML, u_DV), the map CCF → bregma is
///
///     S · P u            (no tilt)
///     S · R · P u        (``TiltOrder/rotateThenScale``, Pinpoint)
///     R · S · P u        (``TiltOrder/scaleThenRotate``, the Trajectory Explorer)
///
/// where S = diag(s_AP, s_ML, s_DV) (stereotaxic mm per CCF mm) and R is the
/// rotation about the ML axis by ``noseUpPitch`` (positive: the CCF's anterior
/// end is raised, so a point anterior of bregma moves dorsal):
/// AP′ = AP cos θ + DV sin θ, DV′ = −AP sin θ + DV cos θ (DV ventral+).
///
/// `ibl-allen` is the default (``default``): its constants are the ones most
/// tools share (iblatlas' bregma is also Pinpoint's and IBL's default), it is
/// a pure translation and axis flip so every CCF coordinate in a record maps
/// back unchanged, and it reproduces iblatlas' `ccf2xyz`. For in-vivo
/// targeting choose a scaled preset explicitly, e.g. `ibl-needles`.
public struct AllenStereotaxicPreset: Sendable, Hashable, CustomStringConvertible {
    /// Whether the tilt is applied before or after the per-axis scaling.
    public enum TiltOrder: String, Sendable, Hashable {
        case rotateThenScale = "rotate, then scale"
        case scaleThenRotate = "scale, then rotate"
    }

    /// The preset's name, e.g. `ibl-needles`; what the manifest lists and what
    /// every converted coordinate's choices name.
    public let name: String
    /// The tool and the place in it the constants come from.
    public let source: String
    /// Bregma in CCF coordinates.
    public let bregmaInCCF: Point3<Frame.CCF>
    /// Stereotaxic millimetres per CCF millimetre along (AP, ML, DV).
    public let scaleAP: Double
    public let scaleML: Double
    public let scaleDV: Double
    /// The tilt about the ML axis; zero for none.
    public let noseUpPitch: Angle
    public let tiltOrder: TiltOrder
    /// The bregma–lambda distance this preset assumes, for per-animal scaling.
    public let referenceBregmaLambdaDistance: Length
    /// Where that distance comes from.
    public let referenceDistanceSource: String
    /// How the source tool itself scales by bregma–lambda, when it does.
    public let sourceScalingMode: BregmaLambdaScaling.Mode?

    public var description: String { name }

    // MARK: the presets

    private static let iblBregma = Point3<Frame.CCF>(ap: .µm(5400), dv: .µm(332), ml: .µm(5739))
    private static let mouseDefaultDistance = Species.mouse.defaultBregmaLambdaDistance
    private static let mouseDefaultSource = "the mouse default (the source gives no lambda)"

    /// iblatlas `AllenAtlas` (`atlas.py`): bregma ML 5739, AP 5400, DV 332 µm; no scaling, no tilt.
    public static let iblAllen = AllenStereotaxicPreset(
        name: "ibl-allen", source: "iblatlas atlas.py, AllenAtlas (ALLEN_CCF_LANDMARKS_MLAPDV_UM)",
        bregmaInCCF: iblBregma, scaleAP: 1, scaleML: 1, scaleDV: 1, noseUpPitch: .zero, tiltOrder: .rotateThenScale,
        referenceBregmaLambdaDistance: mouseDefaultDistance, referenceDistanceSource: mouseDefaultSource,
        sourceScalingMode: nil)

    /// iblatlas `NeedlesAtlas` (after Dorr et al. 2008): iblatlas' bregma; AP ×1.087, DV ×0.952, ML ×1.
    public static let iblNeedles = AllenStereotaxicPreset(
        name: "ibl-needles", source: "iblatlas atlas.py, NeedlesAtlas (after Dorr et al. 2008)",
        bregmaInCCF: iblBregma, scaleAP: 1.087, scaleML: 1, scaleDV: 0.952, noseUpPitch: .zero, tiltOrder: .rotateThenScale,
        referenceBregmaLambdaDistance: mouseDefaultDistance, referenceDistanceSource: mouseDefaultSource,
        sourceScalingMode: nil)

    /// iblatlas `MRITorontoAtlas` (Qiu et al. 2018): iblatlas' bregma; ML ×0.952, AP ×1.031, DV ×0.885.
    public static let iblMRIToronto = AllenStereotaxicPreset(
        name: "ibl-mri-toronto", source: "iblatlas atlas.py, MRITorontoAtlas (Qiu et al. 2018)",
        bregmaInCCF: iblBregma, scaleAP: 1.031, scaleML: 0.952, scaleDV: 0.885, noseUpPitch: .zero, tiltOrder: .rotateThenScale,
        referenceBregmaLambdaDistance: mouseDefaultDistance, referenceDistanceSource: mouseDefaultSource,
        sourceScalingMode: nil)

    private static let pinpointBregma = Point3<Frame.CCF>(ap: .µm(5200), dv: .µm(332), ml: .µm(5700))

    /// Pinpoint `Qiu2018` (MRILinearTransform): bregma AP 5200, ML 5700, DV 332 µm;
    /// the −5° Unity pitch (CCF nose-up by 5°), then ML ×0.952, AP ×1.031, DV ×0.885;
    /// lambda at AP 9350 µm (4.15 mm).
    public static let pinpointQiu2018 = AllenStereotaxicPreset(
        name: "pinpoint-qiu2018", source: "Pinpoint CoordinateSystems, MRILinearTransform 'Qiu2018' (yaw, pitch, spin) = (0, -5, 0)",
        bregmaInCCF: pinpointBregma, scaleAP: 1.031, scaleML: 0.952, scaleDV: 0.885, noseUpPitch: .degrees(5),
        tiltOrder: .rotateThenScale, referenceBregmaLambdaDistance: .mm(4.15),
        referenceDistanceSource: "Pinpoint: lambda at CCF AP 9350 µm", sourceScalingMode: .isotropic)

    /// Pinpoint `Dorr2008` (NeedlesTransform): Pinpoint's bregma; the −5° pitch, then AP ×1.087, DV ×0.952, ML ×1.
    public static let pinpointDorr2008 = AllenStereotaxicPreset(
        name: "pinpoint-dorr2008", source: "Pinpoint CoordinateSystems, NeedlesTransform 'Dorr2008' (yaw, pitch, spin) = (0, -5, 0)",
        bregmaInCCF: pinpointBregma, scaleAP: 1.087, scaleML: 1, scaleDV: 0.952, noseUpPitch: .degrees(5),
        tiltOrder: .rotateThenScale, referenceBregmaLambdaDistance: .mm(4.15),
        referenceDistanceSource: "Pinpoint: lambda at CCF AP 9350 µm", sourceScalingMode: .isotropic)

    /// The Neuropixels Trajectory Explorer: bregma (ML 570.5, AP 520, DV 44) × 10 µm;
    /// ML ×0.952, AP ×1.031, DV ×0.885, then 5° nose-up about ML; bregma–lambda 4.1 mm.
    public static let trajectoryExplorer = AllenStereotaxicPreset(
        name: "trajectory-explorer", source: "Neuropixels Trajectory Explorer (ccf_bregma_tform: translate, scale, rotate 5° nose-up)",
        bregmaInCCF: Point3(ap: .µm(5200), dv: .µm(440), ml: .µm(5705)),
        scaleAP: 1.031, scaleML: 0.952, scaleDV: 0.885, noseUpPitch: .degrees(5), tiltOrder: .scaleThenRotate,
        referenceBregmaLambdaDistance: .mm(4.1), referenceDistanceSource: "Trajectory Explorer: bregma_lambda_distance_avg",
        sourceScalingMode: .isotropic)

    private static let cortexlabBregma = Point3<Frame.CCF>(ap: .µm(5400), dv: .zero, ml: .µm(5700))

    /// cortex-lab allenCCF: bregma (AP 540, DV 0, ML 570) × 10 µm; no scaling, no tilt.
    public static let cortexlab = AllenStereotaxicPreset(
        name: "cortexlab", source: "cortex-lab allenCCF (allenCCFbregma)",
        bregmaInCCF: cortexlabBregma, scaleAP: 1, scaleML: 1, scaleDV: 1, noseUpPitch: .zero, tiltOrder: .rotateThenScale,
        referenceBregmaLambdaDistance: mouseDefaultDistance, referenceDistanceSource: mouseDefaultSource,
        sourceScalingMode: nil)

    /// cortex-lab allenCCF with the DV ×0.85 one of its scripts applies.
    public static let cortexlabDV085 = AllenStereotaxicPreset(
        name: "cortexlab-dv0.85", source: "cortex-lab allenCCF (allenCCFbregma, DV ×0.85 as in one script)",
        bregmaInCCF: cortexlabBregma, scaleAP: 1, scaleML: 1, scaleDV: 0.85, noseUpPitch: .zero, tiltOrder: .rotateThenScale,
        referenceBregmaLambdaDistance: mouseDefaultDistance, referenceDistanceSource: mouseDefaultSource,
        sourceScalingMode: nil)

    /// Every preset, in the order the manifest lists them.
    public static let all: [AllenStereotaxicPreset] = [
        iblAllen, iblNeedles, iblMRIToronto, pinpointQiu2018, pinpointDorr2008, trajectoryExplorer, cortexlab, cortexlabDV085,
    ]

    /// The documented default: ``iblAllen`` (see the type's documentation).
    public static let `default` = iblAllen

    /// The preset with this name.
    public static func named(_ name: String) throws(PresetError) -> AllenStereotaxicPreset {
        guard let p = all.first(where: { $0.name == name }) else { throw .unknownPreset(name, known: all.map(\.name)) }
        return p
    }

    // MARK: the transforms

    /// CCF (AP post, DV, ML) → bregma-frame axes (AP ant, ML, DV): the matrix P.
    private static let axes = Matrix3(rows: SIMD3(-1, 0, 0), SIMD3(0, 0, 1), SIMD3(0, 1, 0))

    /// The rotation R by `noseUpPitch` on (AP ant, ML, DV ventral).
    private static func pitch(_ a: Angle) -> Matrix3 {
        Matrix3(rows: SIMD3(a.cosine, 0, a.sine), SIMD3(0, 1, 0), SIMD3(-a.sine, 0, a.cosine))
    }

    /// The choices this preset makes, as named in conversion outputs.
    public var choices: [String] {
        let b = bregmaInCCF.millimetres * 1000
        var c = [
            "atlas transform: \(name) (\(source))",
            "bregma in CCF: AP \(b.x), DV \(b.y), ML \(b.z) µm",
        ]
        if (scaleAP, scaleML, scaleDV) != (1, 1, 1) { c.append("scaling about bregma: AP ×\(scaleAP), ML ×\(scaleML), DV ×\(scaleDV)") }
        if noseUpPitch != .zero { c.append("tilt: CCF pitched \(noseUpPitch.degrees)° nose-up about ML; \(tiltOrder.rawValue)") }
        return c
    }

    /// The linear part L of CCF → bregma (see the type's documentation).
    private var linear: Matrix3 {
        let s = Matrix3(diagonal: SIMD3(scaleAP, scaleML, scaleDV))
        let r = Self.pitch(noseUpPitch)
        return tiltOrder == .rotateThenScale ? s * r * Self.axes : r * s * Self.axes
    }

    /// Its inverse, from the factors: Pᵀ Rᵀ S⁻¹ or Pᵀ S⁻¹ Rᵀ.
    private var inverseLinear: Matrix3 {
        let si = Matrix3(diagonal: SIMD3(1 / scaleAP, 1 / scaleML, 1 / scaleDV))
        let rt = Self.pitch(noseUpPitch).transposed
        return tiltOrder == .rotateThenScale ? Self.axes.transposed * rt * si : Self.axes.transposed * si * rt
    }

    /// CCF → bregma frame: p ↦ L (p − bregma).
    public var ccfToBregma: FrameTransform<Frame.CCF, Frame.Bregma> {
        let l = linear
        return FrameTransform(AffineTransform3(linear: l, translation: -(l * bregmaInCCF.millimetres)), choices: choices)
    }

    /// Bregma frame → CCF: x ↦ bregma + L⁻¹ x.
    public var bregmaToCCF: FrameTransform<Frame.Bregma, Frame.CCF> {
        FrameTransform(AffineTransform3(linear: inverseLinear, translation: bregmaInCCF.millimetres), choices: choices)
    }

    /// CCF → bregma frame, then the subject's bregma–lambda scaling.
    public func ccfToBregma(scaling: BregmaLambdaScaling) -> FrameTransform<Frame.CCF, Frame.Bregma> {
        ccfToBregma.then(scaling.transform)
    }

    /// Undoes the subject's bregma–lambda scaling, then bregma frame → CCF.
    public func bregmaToCCF(scaling: BregmaLambdaScaling) -> FrameTransform<Frame.Bregma, Frame.CCF> {
        scaling.inverseTransform.then(bregmaToCCF)
    }

    /// The scaling for a subject's measured bregma–lambda distance against this
    /// preset's reference distance.
    public func bregmaLambdaScaling(
        measured: Length, mode: BregmaLambdaScaling.Mode = .anteroposterior
    ) throws(PresetError) -> BregmaLambdaScaling {
        try BregmaLambdaScaling(measured: measured, reference: referenceBregmaLambdaDistance, mode: mode)
    }
}
