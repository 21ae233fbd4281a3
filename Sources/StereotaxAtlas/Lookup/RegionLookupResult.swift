/// What lies at a point of an atlas volume.
public enum RegionLookupResult: Hashable, Sendable {
    /// The point is outside the volume.
    case outside
    /// Inside the volume, in a voxel with label 0 (no structure).
    case unlabelled
    /// Inside a structure: its id (the volume's label value) and the side.
    case structure(id: Int, hemisphere: Hemisphere)

    /// The structure id, or `nil` for ``outside`` and ``unlabelled``.
    public var structureID: Int? {
        if case let .structure(id, _) = self { id } else { nil }
    }
}
