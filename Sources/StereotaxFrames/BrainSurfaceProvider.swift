import StereotaxGeometry

/// Where the brain's surface is, in the bregma frame: what brain-surface
/// coordinate systems measure their depth from.
///
/// Tests use a plane or a height field; the atlas module provides the real
/// surface of an atlas (first labelled voxel along a ray), mapped to bregma
/// through a named atlas transform.
public protocol BrainSurfaceProvider: Sendable {
    /// A name for provenance, e.g. `"allen-ccf-2017 top surface via ibl-needles"`.
    var surfaceName: String { get }

    /// The first point at which `ray` enters the brain, or `nil` when it never does.
    func entry(along ray: Ray3<Frame.Bregma>) -> Point3<Frame.Bregma>?
}
