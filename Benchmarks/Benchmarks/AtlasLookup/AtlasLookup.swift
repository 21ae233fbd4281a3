// Region look-up of 1,000,000 random in-brain points on the 25 µm Allen atlas.
//
// One measured iteration looks up all 1 M points once, and the scaling factor is
// 1 M, so the throughput metric reads in (M) points per second and the time
// metrics in nanoseconds per point. The points (see InBrainPoints) and StereotaxKit's labels for them
// are written to Benchmarks/.build-data/ for the iblatlas peer,
// Benchmarks/peers/iblatlas_get_labels.py, which times get_labels on the same
// points and checks that it returns the same structures.
//
// Needs the atlas data: STEREOTAX_ATLAS_PATH pointing at a directory holding
// allen-ccf-2017/annotation_25.nrrd (and the ontology).

import Benchmark
import Foundation
import StereotaxKit

/// The look-up and the points, made once per benchmark.
final class LookupWorkload: @unchecked Sendable {
    let lookup: RegionLookup
    let triples: [Double]
    let points: [Point3<Frame.CCF>]

    init() throws {
        let atlas = try LoadedAtlas.open(id: "allen-ccf-2017-25um")
        guard let lookup = atlas.regionLookup else {
            throw LookupWorkloadError.noRegionLookup(atlas: atlas.manifest.id)
        }
        self.lookup = lookup
        triples = InBrainPoints(volume: atlas.volume).ccfMillimetreTriples
        points = InBrainPoints.pointsOf(triples)
        try writeSharedFiles()
    }

    /// The points and StereotaxKit's answer for each, for the peer script.
    private func writeSharedFiles() throws {
        let results = try triples.withUnsafeBufferPointer { try lookup.lookup(ccfMillimetreTriples: $0) }
        let ids = results.map { result -> Int64 in
            switch result {
            case .outside: -1
            case .unlabelled: 0
            case let .structure(id, _): Int64(id)
            }
        }
        try NPYFile.write(triples, shape: [ids.count, 3], to: SharedFiles.points)
        try NPYFile.write(ids, shape: [ids.count], to: SharedFiles.labels)
    }
}

enum LookupWorkloadError: Error, CustomStringConvertible {
    case noRegionLookup(atlas: String)

    var description: String {
        switch self {
        case let .noRegionLookup(atlas): "atlas \(atlas) has no CCF region look-up"
        }
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .cpuUser, .mallocCountTotal],
        timeUnits: .nanoseconds,
        scalingFactor: .mega,
        maxDuration: .seconds(20),
        maxIterations: 25
    )

    Benchmark("AtlasLookup ccfMillimetreTriples (1 M points)") { benchmark, workload in
        do {
            let results = try workload.triples.withUnsafeBufferPointer { try workload.lookup.lookup(ccfMillimetreTriples: $0) }
            blackHole(results[results.count / 2])
        } catch {
            benchmark.error("\(error)")
        }
    } setup: {
        try LookupWorkload()
    }

    Benchmark("AtlasLookup [Point3<Frame.CCF>] (1 M points)") { benchmark, workload in
        do {
            let results = try workload.lookup.lookup(workload.points)
            blackHole(results[results.count / 2])
        } catch {
            benchmark.error("\(error)")
        }
    } setup: {
        try LookupWorkload()
    }

    // One point at a time on one thread: the batch calls split the points across
    // the cores, this shows what a single core does (compare with iblatlas, which
    // runs on one).
    Benchmark("AtlasLookup one point at a time, one core (1 M points)") { benchmark, workload in
        do {
            var structures = 0
            for point in workload.points {
                if try workload.lookup.lookup(point).structureID != nil { structures += 1 }
            }
            blackHole(structures)
        } catch {
            benchmark.error("\(error)")
        }
    } setup: {
        try LookupWorkload()
    }
}
