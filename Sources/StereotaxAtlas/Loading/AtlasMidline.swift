/// The midsagittal plane of a label volume: the storage axis that runs left–right
/// and the (fractional) voxel index of the plane on it.
public struct AtlasMidline: Hashable, Sendable {
    /// The storage axis running left–right (2 for the Allen PIR volume, 0 for Waxholm RAS).
    public var mlAxis: Int
    /// The plane's index on that axis (227.5 for Allen 25 µm, 244 for Waxholm v4).
    public var index: Double
    /// Whether the axis' index grows toward the animal's right.
    public var growsTowardRight: Bool

    public init(mlAxis: Int, index: Double, growsTowardRight: Bool) {
        self.mlAxis = mlAxis
        self.index = index
        self.growsTowardRight = growsTowardRight
    }

    /// The side a voxel lies on: by its index on ``mlAxis`` against ``index``.
    public func hemisphere(ofVoxel v: SIMD3<Int>) -> Hemisphere {
        let offset = Double(v[mlAxis]) - index
        if offset == 0 { return .midline }
        return (offset > 0) == growsTowardRight ? .right : .left
    }

    /// The voxel mirrored across the plane (index k ↦ 2·index − k, rounded half away from zero).
    public func mirrored(_ v: SIMD3<Int>) -> SIMD3<Int> {
        var m = v
        m[mlAxis] = Int((2 * index - Double(v[mlAxis])).rounded(.toNearestOrAwayFromZero))
        return m
    }
}
