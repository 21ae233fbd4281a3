import StereotaxAtlas

/// A declared brain region mapped to a structure of the atlas checked against,
/// with the set of the volume's label indices inside the checked structure (itself
/// or a descendant).
public struct DeclaredStructure: Hashable, Sendable {
    /// The taxonomy entry's UUID.
    public var regionID: String
    /// The taxonomy entry's atlas code, e.g. `AIA`.
    public var atlasCode: String
    /// The structure of the atlas' ontology it maps to.
    public var structure: BrainStructure
    /// The structure the check compares with: ``structure`` itself, or, when neither it
    /// nor any descendant labels a voxel (it is finer than the volume's labels, e.g.
    /// a CA1 layer where the volume labels CA1), its nearest ancestor that does.
    public var checkedStructure: BrainStructure
    /// How it was mapped, e.g. `AIA acronym CA1 → Allen CA1`.
    public var mappedBy: String
    /// Label indices (into the volume's label table) of the structure and its descendants.
    let inside: LabelIndexSet

    /// Whether label index `i` lies in the structure or a descendant.
    @inline(__always) func contains(labelIndex i: UInt16) -> Bool { inside.contains(i) }
}

/// A set of label indices of one volume, as a dense flag table.
final class LabelIndexSet: Hashable, Sendable {
    private let flags: [Bool]
    let count: Int

    init(flags: [Bool]) {
        self.flags = flags
        count = flags.lazy.filter { $0 }.count
    }

    @inline(__always) func contains(_ i: UInt16) -> Bool { flags[Int(i)] }

    static func == (a: LabelIndexSet, b: LabelIndexSet) -> Bool { a.flags == b.flags }
    func hash(into h: inout Hasher) { h.combine(flags) }
}

/// A declared region as the checker sees it: mapped, or why it cannot be checked.
public enum DeclaredRegionResolution: Hashable, Sendable {
    case mapped(DeclaredStructure)
    case notCheckable(NotCheckableReason)
}
