import StereotaxAtlas

/// A declared brain region mapped to a structure of the atlas checked against,
/// with the set of the volume's label indices inside the checked structure (itself
/// or a descendant).
///
/// Immutable and shared by reference: every check against the same region
/// carries the same instance, at the cost of one reference count.
public final class DeclaredStructure: Hashable, Sendable, CustomStringConvertible {
    /// The taxonomy entry's UUID.
    public let regionID: String
    /// The taxonomy entry's atlas code, e.g. `AIA`.
    public let atlasCode: String
    /// The structure of the atlas' ontology it maps to.
    public let structure: BrainStructure
    /// The structure the check compares with: ``structure`` itself, or, when neither it
    /// nor any descendant labels a voxel (it is finer than the volume's labels, e.g.
    /// a CA1 layer where the volume labels CA1), its nearest ancestor that does.
    public let checkedStructure: BrainStructure
    /// How it was mapped, e.g. `AIA acronym 'CA1' → Allen CA1`.
    public let mappedBy: String
    /// Label indices (into the volume's label table) of the checked structure and its descendants.
    let inside: LabelIndexSet

    init(regionID: String, atlasCode: String, structure: BrainStructure, checkedStructure: BrainStructure,
         mappedBy: String, inside: LabelIndexSet) {
        self.regionID = regionID
        self.atlasCode = atlasCode
        self.structure = structure
        self.checkedStructure = checkedStructure
        self.mappedBy = mappedBy
        self.inside = inside
    }

    /// Whether label index `i` lies in the checked structure or a descendant.
    @inline(__always) func contains(labelIndex i: UInt16) -> Bool { inside.contains(i) }

    public static func == (a: DeclaredStructure, b: DeclaredStructure) -> Bool {
        a === b || (a.regionID == b.regionID && a.structure == b.structure && a.checkedStructure == b.checkedStructure
            && a.mappedBy == b.mappedBy && a.inside == b.inside)
    }

    public func hash(into h: inout Hasher) {
        h.combine(regionID)
        h.combine(structure.id)
        h.combine(checkedStructure.id)
    }

    public var description: String { "\(atlasCode) \(regionID): \(mappedBy)" }
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

    static func == (a: LabelIndexSet, b: LabelIndexSet) -> Bool { a === b || a.flags == b.flags }
    func hash(into h: inout Hasher) { h.combine(flags) }
}

/// A declared region as the checker sees it: mapped, or why it cannot be checked.
public enum DeclaredRegionResolution: Hashable, Sendable {
    case mapped(DeclaredStructure)
    case notCheckable(NotCheckableReason)
}
