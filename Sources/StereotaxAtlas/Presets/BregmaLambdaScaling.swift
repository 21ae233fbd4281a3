import StereotaxGeometry

/// Per-animal scaling of atlas coordinates by the measured bregma–lambda
/// distance: the factor k = measured / reference, applied about bregma in the
/// stereotaxic (bregma) frame after the atlas transform.
///
/// ``Mode/anteroposterior`` (the default) scales AP only: (AP, ML, DV) ↦
/// (k·AP, ML, DV). ``Mode/isotropic`` scales all three axes, as Pinpoint and
/// the Neuropixels Trajectory Explorer do.
public struct BregmaLambdaScaling: Sendable, Hashable {
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        case anteroposterior = "AP only"
        case isotropic = "all axes"
    }

    /// The subject's bregma–lambda distance (AP separation).
    public let measured: Length
    /// The distance the atlas transform assumes.
    public let reference: Length
    public let mode: Mode

    /// Throws unless both distances are positive and finite.
    public init(measured: Length, reference: Length, mode: Mode = .anteroposterior) throws(PresetError) {
        for (field, d) in [("measured", measured), ("reference", reference)]
        where !(d.millimetres.isFinite && d.millimetres > 0) {
            throw .invalidBregmaLambdaDistance(field: field, millimetres: d.millimetres)
        }
        self.measured = measured
        self.reference = reference
        self.mode = mode
    }

    /// k = measured / reference.
    public var factor: Double { measured / reference }

    /// The scaling about bregma, in the bregma frame.
    public var transform: FrameTransform<Frame.Bregma, Frame.Bregma> {
        let k = factor
        let factors = mode == .isotropic ? SIMD3(k, k, k) : SIMD3(k, 1, 1)
        return FrameTransform(.scaling(factors), choices: [choice])
    }

    /// The inverse scaling (factor 1/k), naming the same choice.
    public var inverseTransform: FrameTransform<Frame.Bregma, Frame.Bregma> {
        let k = 1 / factor
        let factors = mode == .isotropic ? SIMD3(k, k, k) : SIMD3(k, 1, 1)
        return FrameTransform(.scaling(factors), choices: [choice])
    }

    /// The choice, as named in conversion outputs.
    public var choice: String {
        "bregma-lambda scaling (\(mode.rawValue)): measured \(measured.millimetres) mm / reference \(reference.millimetres) mm = ×\(factor)"
    }
}
