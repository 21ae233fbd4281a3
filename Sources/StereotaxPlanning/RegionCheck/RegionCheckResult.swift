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

extension RegionCheckResult {
    /// The check as a provenance step: the outcome, how the declared region was
    /// mapped, and the extras with their stated parameters.
    public var provenanceStep: ProvenanceStep {
        var values: [String: ProvenanceStep.Value] = ["outcome": .text(outcome.code)]
        if let declared {
            values["declaredRegionID"] = .text(declared.regionID)
            values["declaredStructureID"] = .number(Double(declared.structure.id))
            values["checkedStructureID"] = .number(Double(declared.checkedStructure.id))
            values["mappedBy"] = .text(declared.mappedBy)
        }
        if let foundID { values["foundStructureID"] = .number(Double(foundID)) }
        switch outcome {
        case let .mismatch(_, .found(d)?): values["distanceToDeclaredMillimetres"] = .number(d.millimetres)
        case let .mismatch(_, .beyond(limit)?): values["declaredBeyondMillimetres"] = .number(limit.millimetres)
        case let .notCheckable(why): values["reason"] = .text(why.description)
        default: break
        }
        if let probability {
            values["probabilityInside"] = .number(probability.probability)
            values["placementSigmaMillimetres"] = .number(probability.sigma.millimetres)
            values["probabilityMethod"] = .text(PlacementProbability.method)
        }
        let summary = declared.map { "\(outcome.code) against \($0.structure.acronym.isEmpty ? $0.structure.name : $0.structure.acronym) (\($0.mappedBy))" }
            ?? outcome.code
        return ProvenanceStep(.regionCheck, summary, values: values)
    }
}
