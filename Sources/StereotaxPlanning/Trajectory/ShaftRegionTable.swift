import StereotaxGeometry

/// The ordered regions of many shafts in three flat arrays: each distinct region once,
/// then every shaft's runs, shaft after shaft, each naming its region by position.
///
/// ``TrajectoryPlanner/segments(of:)`` gives the same regions as an array of segments per
/// shaft (``segments(ofShaft:)``); the table stores them without a copy of the region in
/// every run, so large batches are made and freed in a fraction of the time, in 24 bytes a
/// run. Regions are listed in a fixed order (outside the atlas, unlabelled,
/// then by label and side), whatever the order in which the shafts were walked.
public struct ShaftRegionTable: Sendable {
    /// One stretch of a shaft in one region, measured along the shaft from its
    /// brain-surface entry (mm).
    public struct Run: Hashable, Sendable {
        /// The region's position in ``ShaftRegionTable/regions``.
        public var region: Int
        public var start: Length
        public var end: Length
    }

    /// Each region some run lies in, once.
    public let regions: [CrossedRegion]
    /// Every shaft's runs in order along the shaft, the shafts in input order.
    public let runs: [Run]
    /// Shaft i's runs are `runs[runOffsets[i]..<runOffsets[i + 1]]`.
    let runOffsets: [Int]

    /// The number of shafts.
    public var shaftCount: Int { runOffsets.count - 1 }

    /// The runs of shaft `i` (in input order), from its entry to its tip.
    public func runs(ofShaft i: Int) -> ArraySlice<Run> { runs[runOffsets[i]..<runOffsets[i + 1]] }

    /// The segments of shaft `i`, as ``TrajectoryPlanner/segments(of:)`` gives them.
    public func segments(ofShaft i: Int) -> [ShaftSegment] {
        runs(ofShaft: i).map { ShaftSegment(region: regions[$0.region], start: $0.start, end: $0.end) }
    }
}
