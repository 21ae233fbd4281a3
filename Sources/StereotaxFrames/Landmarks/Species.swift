import StereotaxGeometry

/// The species a subject belongs to, which picks the atlas and the default
/// landmark spacing.
public enum Species: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case mouse
    case rat

    public var description: String { rawValue }

    /// The bregma–lambda distance assumed when a subject's was not measured.
    ///
    /// Mouse: 4.2 mm, the adult C57BL/6 value in the 4.1–4.2 mm range that
    /// mouse atlases use (the atlas presets carry their own: Pinpoint 4.15 mm,
    /// the Neuropixels Trajectory Explorer 4.1 mm). Rat: 9.0 mm, the
    /// Paxinos & Watson convention.
    public var defaultBregmaLambdaDistance: Length {
        switch self {
        case .mouse: return .mm(4.2)
        case .rat: return .mm(9.0)
        }
    }
}
