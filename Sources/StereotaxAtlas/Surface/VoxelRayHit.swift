import StereotaxGeometry

/// The first labelled voxel a ray meets.
public struct VoxelRayHit: Hashable, Sendable {
    /// The voxel's indices (AP, DV, ML for a CCF volume).
    public var voxel: SIMD3<Int>
    /// Its label value.
    public var label: Int
    /// Distance along the ray to where it enters the voxel (0 when it starts inside).
    public var distance: Length
    /// That entry point, in the volume's axes (mm).
    public var entryMillimetres: SIMD3<Double>
}
