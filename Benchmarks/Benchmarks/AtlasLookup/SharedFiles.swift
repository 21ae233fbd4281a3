// Where the lookup benchmark leaves the points and its labels for the peer script.

import Foundation

enum SharedFiles {
    /// `Benchmarks/.build-data/` (ignored by git), found from this source file's path
    /// so that it does not depend on the directory the benchmark runs in.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // AtlasLookup/
        .deletingLastPathComponent()  // Benchmarks/Benchmarks/
        .deletingLastPathComponent()  // Benchmarks/
        .appendingPathComponent(".build-data", isDirectory: true)

    /// (1 000 000, 3) float64: the points, CCF mm (AP, DV, ML).
    static let points = directory.appendingPathComponent("points-1m.npy")
    /// (1 000 000,) int64: StereotaxKit's structure id per point (0 unlabelled, −1 outside).
    static let labels = directory.appendingPathComponent("labels-1m-stereotaxkit.npy")
}
