import StereotaxFrames
import StereotaxGeometry

/// The map between the bregma frame and an atlas' own space, as chosen for a
/// ``LoadedAtlas``: an Allen preset (mouse) or a Waxholm preset (rat), and
/// optionally a per-animal bregma–lambda scaling. Every transform it gives
/// names these choices.
public enum AtlasStereotaxicTransform: Sendable, Hashable, CustomStringConvertible {
    case allen(AllenStereotaxicPreset, scaling: BregmaLambdaScaling? = nil)
    case waxholm(WaxholmStereotaxicPreset, scaling: BregmaLambdaScaling? = nil)

    /// The preset's name, e.g. `ibl-allen` or `herbs-whs`.
    public var presetName: String {
        switch self {
        case let .allen(p, _): p.name
        case let .waxholm(p, _): p.name
        }
    }

    /// The per-animal scaling, when one is applied.
    public var scaling: BregmaLambdaScaling? {
        switch self {
        case let .allen(_, s), let .waxholm(_, s): s
        }
    }

    /// The bregma–lambda distance the preset assumes.
    public var referenceBregmaLambdaDistance: Length {
        switch self {
        case let .allen(p, _): p.referenceBregmaLambdaDistance
        case let .waxholm(p, _): p.referenceBregmaLambdaDistance
        }
    }

    /// The same preset with `scaling` (or none) instead.
    public func scaled(by scaling: BregmaLambdaScaling?) -> AtlasStereotaxicTransform {
        switch self {
        case let .allen(p, _): .allen(p, scaling: scaling)
        case let .waxholm(p, _): .waxholm(p, scaling: scaling)
        }
    }

    /// The preset without scaling.
    public var unscaled: AtlasStereotaxicTransform { scaled(by: nil) }

    /// The choices, as named in conversion outputs (preset, then scaling).
    public var choices: [String] {
        bregmaToCCF?.choices ?? bregmaToWaxholm?.choices ?? []
    }

    /// Bregma frame → Allen CCF; `nil` for a Waxholm preset.
    public var bregmaToCCF: FrameTransform<Frame.Bregma, Frame.CCF>? {
        guard case let .allen(p, s) = self else { return nil }
        return s.map { p.bregmaToCCF(scaling: $0) } ?? p.bregmaToCCF
    }

    /// Bregma frame → Waxholm Space; `nil` for an Allen preset.
    public var bregmaToWaxholm: FrameTransform<Frame.Bregma, Frame.Waxholm>? {
        guard case let .waxholm(p, s) = self else { return nil }
        return s.map { p.bregmaToWaxholm(scaling: $0) } ?? p.bregmaToWaxholm
    }

    public var description: String {
        scaling.map { "\(presetName), \($0.choice)" } ?? presetName
    }
}
