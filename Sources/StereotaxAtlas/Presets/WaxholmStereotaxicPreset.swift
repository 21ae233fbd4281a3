import StereotaxGeometry

/// A map between the stereotaxic (bregma) frame and Waxholm Space for the rat,
/// from where one tool places bregma and lambda in the Waxholm v4 volume.
///
/// The tools disagree: HERBS puts bregma at voxel (246, 653, 440) and lambda at
/// (244, 442, 464) (8.24 mm apart, lambda 0.94 mm dorsal of bregma); Pinpoint
/// puts bregma at (AP 14.469, ML 10.374, DV 2.808) mm and lambda 9.0 mm
/// behind it at the same height. Both are kept, as named choices. The map is a
/// translation plus the axis change (AP, ML, DV ventral) → (ML, AP, DV dorsal):
/// neither tool scales or tilts the rat atlas, and neither does this one.
///
/// Pinpoint's millimetres are read as distances from the volume's anterior
/// (AP), right (ML) and dorsal (DV) faces, i.e. voxel (512 − ML/v, 1024 − AP/v,
/// 512 − DV/v): that places its bregma within 0.03 mm of HERBS' and on the
/// midline, where no other reading does.
public struct WaxholmStereotaxicPreset: Sendable, Hashable, CustomStringConvertible {
    public let name: String
    public let source: String
    public let bregma: Point3<Frame.Waxholm>
    public let lambda: Point3<Frame.Waxholm>
    /// Bregma and lambda exactly as the source gives them.
    public let asGiven: String

    public var description: String { name }

    /// HERBS: bregma voxel (246, 653, 440), lambda voxel (244, 442, 464).
    public static let herbs = WaxholmStereotaxicPreset(
        name: "herbs-whs", source: "HERBS (Waxholm rat v4 landmarks)",
        bregma: .waxholmV4Voxel(246, 653, 440), lambda: .waxholmV4Voxel(244, 442, 464),
        asGiven: "bregma voxel (246, 653, 440), lambda voxel (244, 442, 464)")

    private static func pinpoint(apMillimetres ap: Double, ml: Double, dv: Double) -> Point3<Frame.Waxholm> {
        let v = 0.0390625
        return .waxholmV4Voxel(512 - ml / v, 1024 - ap / v, 512 - dv / v)
    }

    /// Pinpoint: bregma (AP 14.469, ML 10.374, DV 2.808) mm, lambda (AP 23.469, ML 10.374, DV 2.808) mm.
    public static let pinpoint = WaxholmStereotaxicPreset(
        name: "pinpoint-whs", source: "Pinpoint (Waxholm rat atlas)",
        bregma: pinpoint(apMillimetres: 14.469, ml: 10.374, dv: 2.808),
        lambda: pinpoint(apMillimetres: 23.469, ml: 10.374, dv: 2.808),
        asGiven: "bregma (AP 14.469, ML 10.374, DV 2.808) mm, lambda (AP 23.469, ML 10.374, DV 2.808) mm")

    public static let all: [WaxholmStereotaxicPreset] = [herbs, pinpoint]

    public static func named(_ name: String) throws(PresetError) -> WaxholmStereotaxicPreset {
        guard let p = all.first(where: { $0.name == name }) else { throw .unknownPreset(name, known: all.map(\.name)) }
        return p
    }

    /// The AP separation of the source's bregma and lambda: the reference for
    /// per-animal scaling (HERBS 8.2421875 mm, Pinpoint 9.0 mm).
    public var referenceBregmaLambdaDistance: Length { .mm(bregma.millimetres.y - lambda.millimetres.y) }

    public var choices: [String] {
        let b = bregma.millimetres, l = lambda.millimetres
        return [
            "atlas transform: \(name) (\(source); \(asGiven))",
            "bregma in Waxholm Space: ML \(b.x), AP \(b.y), DV \(b.z) mm; lambda: ML \(l.x), AP \(l.y), DV \(l.z) mm",
        ]
    }

    /// (AP, ML, DV ventral) → (ML, AP, DV dorsal).
    private static let axes = Matrix3(rows: SIMD3(0, 1, 0), SIMD3(1, 0, 0), SIMD3(0, 0, -1))

    /// Bregma frame → Waxholm Space: x ↦ bregma + A x.
    public var bregmaToWaxholm: FrameTransform<Frame.Bregma, Frame.Waxholm> {
        FrameTransform(AffineTransform3(linear: Self.axes, translation: bregma.millimetres), choices: choices)
    }

    /// Waxholm Space → bregma frame: p ↦ Aᵀ (p − bregma).
    public var waxholmToBregma: FrameTransform<Frame.Waxholm, Frame.Bregma> {
        let at = Self.axes.transposed
        return FrameTransform(AffineTransform3(linear: at, translation: -(at * bregma.millimetres)), choices: choices)
    }

    /// Undoes the subject's bregma–lambda scaling, then bregma frame → Waxholm Space.
    public func bregmaToWaxholm(scaling: BregmaLambdaScaling) -> FrameTransform<Frame.Bregma, Frame.Waxholm> {
        scaling.inverseTransform.then(bregmaToWaxholm)
    }

    /// Waxholm Space → bregma frame, then the subject's bregma–lambda scaling.
    public func waxholmToBregma(scaling: BregmaLambdaScaling) -> FrameTransform<Frame.Waxholm, Frame.Bregma> {
        waxholmToBregma.then(scaling.transform)
    }

    public func bregmaLambdaScaling(
        measured: Length, mode: BregmaLambdaScaling.Mode = .anteroposterior
    ) throws(PresetError) -> BregmaLambdaScaling {
        try BregmaLambdaScaling(measured: measured, reference: referenceBregmaLambdaDistance, mode: mode)
    }
}
