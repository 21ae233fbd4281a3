import StereotaxAtlas
import StereotaxGeometry

/// A grid search over approach angles for one target, ranking each angle
/// pair by its clearance: the smallest distance from the shaft (entry to
/// target) to any avoided voxel.
///
/// **Clearance.** The shaft is sampled at the planner's step; each sample
/// takes the distance, from its nearest voxel's centre to the nearest avoided
/// voxel's centre, of an exact Euclidean distance transform over the box
/// holding every candidate shaft widened by ``clearanceCap`` (so distances up
/// to the cap are exact to the voxel grid; larger ones are reported as the
/// cap). A shaft through an avoided voxel has clearance 0.
public struct AngleSearch: Sendable {
    public var target: Point3<Frame.Bregma>
    /// AP angles searched: from `apAngles.lowerBound` to `apAngles.upperBound` by ``step``.
    public var apAngles: ClosedRange<Angle>
    public var mlAngles: ClosedRange<Angle>
    public var step: Angle
    public var avoid: [AvoidedRegion]
    /// Clearances at or above this are not told apart.
    public var clearanceCap: Length
    /// How many of the best plans to return.
    public var keep: Int

    /// The most angle pairs a search takes.
    public static let maximumPairs = 20_000

    public init(target: Point3<Frame.Bregma>, apAngles: ClosedRange<Angle>, mlAngles: ClosedRange<Angle>, step: Angle,
                avoid: [AvoidedRegion], clearanceCap: Length = .mm(1), keep: Int = 5) {
        self.target = target
        self.apAngles = apAngles
        self.mlAngles = mlAngles
        self.step = step
        self.avoid = avoid
        self.clearanceCap = clearanceCap
        self.keep = keep
    }

    /// The angle values of one range.
    func values(_ range: ClosedRange<Angle>, _ field: String) throws(PlanningError) -> [Angle] {
        try PlanningError.check(range.lowerBound.degrees, "\(field) lower bound")
        try PlanningError.check(range.upperBound.degrees, "\(field) upper bound")
        guard range.lowerBound.degrees >= -89, range.upperBound.degrees <= 89 else {
            throw .invalidSearch(reason: "\(field) must lie within −89°…89° (found \(range.lowerBound.degrees)…\(range.upperBound.degrees))")
        }
        let n = Int(((range.upperBound.degrees - range.lowerBound.degrees) / step.degrees + 1e-9).rounded(.down))
        return (0...n).map { .degrees(range.lowerBound.degrees + Double($0) * step.degrees) }
    }
}

/// One ranked candidate.
public struct SearchCandidate: Sendable {
    public var angles: BrainstemAngles
    /// Smallest distance from the shaft to an avoided voxel (≤ the search's cap).
    public var clearance: Length
    /// Whether the clearance reached the cap (the true clearance is at least this).
    public var clearanceAtCap: Bool
    /// Distance along the shaft (from the entry) of the closest approach.
    public var closestApproachAlongShaft: Length
    /// The forward plan of this approach (entry, tip, regions crossed).
    public var plan: ForwardPlan
}

/// A search's outcome: the best candidates, best first, and how many pairs were tried.
public struct SearchResult: Sendable {
    public var candidates: [SearchCandidate]
    /// Angle pairs on the grid.
    public var pairsSearched: Int
    /// Pairs whose shaft never meets the brain (skipped).
    public var pairsWithoutEntry: Int
    /// The avoided regions as resolved in the ontology (e.g. `VS (81) + 9 descendants`).
    public var avoided: [String]
    public var choices: [String]
}
