import StereotaxGeometry

/// A region check: the outcome, the declared structure it was checked against,
/// and the extras asked for.
public struct RegionCheckResult: Hashable, Sendable {
    public var outcome: RegionCheckOutcome
    /// The declared region as mapped into the atlas; `nil` when not checkable.
    public var declared: DeclaredStructure?
    /// The structure id at the target (`nil`: outside the brain or not looked up).
    public var foundID: Int?
    /// The probability of lying inside the declared structure under the stated
    /// placement uncertainty, when asked for and checkable.
    public var probability: PlacementProbability?

    public init(outcome: RegionCheckOutcome, declared: DeclaredStructure?, foundID: Int?, probability: PlacementProbability?) {
        self.outcome = outcome
        self.declared = declared
        self.foundID = foundID
        self.probability = probability
    }
}
