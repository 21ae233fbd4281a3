import StereotaxAtlas
import StereotaxGeometry

/// A planned insertion and what it passes through: the brain-surface entry,
/// the tip, the ordered regions along the shaft and, for a probe, the region
/// at each site. Every choice it depends on is in ``choices``.
public struct ForwardPlan: Sendable {
    /// Where the shaft crosses the brain surface (bregma frame, mm).
    public var entry: Point3<Frame.Bregma>
    /// The tip: the probe's reference point (bregma frame, mm).
    public var tip: Point3<Frame.Bregma>
    /// The angles the plan used (rotation included).
    public var angles: BrainstemAngles
    /// The order in which the two tilts were applied.
    public var angleOrder: BrainstemAngleOrder
    /// Depth from the brain surface to the tip along the shaft.
    public var depth: Length
    /// The tip in CCF (mm), for atlas tools.
    public var tipCCF: Point3<Frame.CCF>
    /// The regions along the shaft in order from the entry, with where each starts and ends.
    public var segments: [ShaftSegment]
    /// The spacing of the samples along the shaft.
    public var samplingStep: Length
    /// The region at each probe site (empty without a probe).
    public var sites: [SiteRegion]
    /// The probe's name, when one was given.
    public var probeName: String?
    /// The atlas preset (bregma → CCF) used.
    public var presetName: String
    /// Everything the plan depended on: preset, surface, angle order, sampling rule.
    public var choices: [String]

    /// Unit vector down the shaft.
    public var direction: Vector3<Frame.Bregma> { angles.direction(order: angleOrder) }

    /// The segments inside labelled structures (what the shaft passes through in the brain).
    public var structures: [ShaftSegment] { segments.filter { $0.region.structureID != nil } }
}

/// The region at one probe site.
public struct SiteRegion: Hashable, Sendable {
    public var site: ProbeSite
    /// The site's position (bregma frame, mm).
    public var position: Point3<Frame.Bregma>
    public var region: CrossedRegion
}
