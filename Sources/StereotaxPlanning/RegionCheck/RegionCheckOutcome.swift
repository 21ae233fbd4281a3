import StereotaxGeometry

/// What the structure at a target says about the declared region.
public enum RegionCheckOutcome: Hashable, Sendable {
    /// The target's voxel carries the declared structure itself (its checked structure,
    /// when the declared one is finer than the volume's labels).
    case match
    /// The target lies in a descendant of the declared structure (its id).
    case within(foundID: Int)
    /// The target lies in another structure; with the distance (atlas mm) from the
    /// target to the nearest voxel of the declared structure when that was searched.
    case mismatch(foundID: Int, distance: NearestVoxelDistance?)
    /// The target is not in the declared structure, but its mirror across the
    /// midline is; `foundID` is the structure at the target (`nil`: none).
    case contralateral(foundID: Int?)
    /// The target lies outside every labelled structure (or outside the volume).
    case outsideBrain
    /// The declared region cannot be checked, and why.
    case notCheckable(NotCheckableReason)

    /// A stable name for machine consumers: `match`, `within`, `mismatch`, ...
    public var code: String {
        switch self {
        case .match: "match"
        case .within: "within"
        case .mismatch: "mismatch"
        case .contralateral: "contralateral"
        case .outsideBrain: "outside-brain"
        case .notCheckable: "not-checkable"
        }
    }
}

/// The distance from a target to the nearest voxel of a structure, searched
/// outward in voxel shells up to a radius.
public enum NearestVoxelDistance: Hashable, Sendable {
    /// The distance from the target to the nearest point of the nearest voxel box, atlas mm.
    case found(Length)
    /// No voxel of the structure within the search radius.
    case beyond(Length)
}
