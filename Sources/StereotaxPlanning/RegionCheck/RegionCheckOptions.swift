import StereotaxGeometry

/// What a region check computes beyond the outcome. Both extras cost far more
/// than the outcome itself (which is a few table look-ups), so both are opt-in.
public struct RegionCheckOptions: Hashable, Sendable {
    /// For a mismatch, search outward in voxel shells for the nearest voxel of the
    /// declared structure, up to this radius (atlas mm); `nil`: no search.
    public var nearestVoxelSearchRadius: Length?
    /// The placement uncertainty: an isotropic Gaussian with this standard deviation
    /// (atlas mm) about the target; `nil`: no probability.
    public var placementSigma: Length?

    /// The radius used by ``withExtras``: 2 mm.
    public static let defaultSearchRadius = Length.mm(2)
    /// The σ used by ``withExtras``: 0.1 mm.
    public static let defaultPlacementSigma = Length.mm(0.1)

    public init(nearestVoxelSearchRadius: Length? = nil, placementSigma: Length? = nil) {
        self.nearestVoxelSearchRadius = nearestVoxelSearchRadius
        self.placementSigma = placementSigma
    }

    /// The outcome only: the fast path.
    public static let outcomeOnly = RegionCheckOptions()
    /// Nearest-voxel distance within 2 mm and the probability under σ = 0.1 mm.
    public static let withExtras = RegionCheckOptions(nearestVoxelSearchRadius: defaultSearchRadius,
                                                      placementSigma: defaultPlacementSigma)

    /// Throws unless every length given is positive and finite.
    func validate() throws(RegionCheckOptionsError) {
        for (field, length) in [("nearestVoxelSearchRadius", nearestVoxelSearchRadius), ("placementSigma", placementSigma)] {
            if let mm = length?.millimetres, !(mm.isFinite && mm > 0) {
                throw .notPositive(field: field, millimetres: mm)
            }
        }
    }
}
