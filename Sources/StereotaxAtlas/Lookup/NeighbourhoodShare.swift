/// One region's share of a sphere around a point.
public struct NeighbourhoodShare: Hashable, Sendable {
    public enum Region: Hashable, Sendable {
        /// Beyond the volume's edge.
        case outside
        /// Voxels with label 0.
        case unlabelled
        /// A structure id (both hemispheres together).
        case structure(id: Int)
    }

    public var region: Region
    /// Fraction of the sphere's volume, 0...1; the shares of one sphere sum to 1.
    public var volumeFraction: Double

    public init(region: Region, volumeFraction: Double) {
        self.region = region
        self.volumeFraction = volumeFraction
    }
}
