/// The side of the brain a voxel lies on, from its ML index against the midline plane.
public enum Hemisphere: String, Hashable, Sendable {
    case left, right
    /// The voxel's centre lies on the midline plane (only when that plane passes
    /// through voxel centres, i.e. the midline index is a whole number).
    case midline
}
