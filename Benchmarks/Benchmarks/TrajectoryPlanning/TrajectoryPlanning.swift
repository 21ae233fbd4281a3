// 10 000 angled insertions on the Allen CCF 2017 annotation (25 µm, ibl-allen
// preset): for each, the brain-surface entry below (AP, ML), then the ordered
// regions along the shaft sampled every 5 µm with their start and end
// distances, as one region table (TrajectoryPlanner.regionTable(of:)). The
// insertions come from the same seeded generator as the peer script
// Benchmarks/peers/iblatlas_insertions.py.
//
// One measured iteration plans all 10 000 insertions (and frees the previous result).

import Benchmark
import Foundation
import StereotaxKit

let insertionCount = 10_000

/// One insertion's parameters: entry AP, ML (mm from bregma), AP and ML angles (°), depth (mm).
struct InsertionParameters {
    var ap, ml, apAngle, mlAngle, depth: Double

    /// The shared generator: a 64-bit LCG; each value is (state >> 11) / 2⁵³ scaled,
    /// drawn in the order AP, ML, AP angle, ML angle, depth.
    static func generate(count: Int, seed: UInt64 = 0x5EED) -> [InsertionParameters] {
        var state = seed
        func next(_ lo: Double, _ hi: Double) -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return lo + (hi - lo) * (Double(state >> 11) / Double(UInt64(1) << 53))
        }
        return (0..<count).map { _ in
            InsertionParameters(ap: next(-3.5, 1.5), ml: next(-2.5, 2.5), apAngle: next(-20, 20), mlAngle: next(-30, 30), depth: next(2, 4))
        }
    }
}

final class Workload: @unchecked Sendable {
    let planner: TrajectoryPlanner
    let parameters: [InsertionParameters]
    var placed: [Insertion] = []

    init() throws {
        let atlas = try LoadedAtlas.open(id: "allen-ccf-2017-25um")
        planner = TrajectoryPlanner(atlas: try PlanningAtlas(atlas), samplingStep: .µm(5))
        parameters = InsertionParameters.generate(count: insertionCount)
        // Once, outside the timing: how many runs of one structure id (sides merged, as the peer counts them).
        let table = try planAll()
        var runs = 0, samples = 0
        for shaft in 0..<table.shaftCount {
            var last: Int?? = nil
            for run in table.runs(ofShaft: shaft) where last != .some(table.regions[run.region].structureID) {
                runs += 1
                last = .some(table.regions[run.region].structureID)
            }
            samples += Int(((table.runs(ofShaft: shaft).last?.end.millimetres ?? 0) / 0.005).rounded(.down)) + 1
        }
        print("TrajectoryPlanning: \(table.shaftCount) insertions, \(samples) samples, \(runs) runs of one structure id")
    }

    /// A workload whose insertions are already placed on the surface.
    static func placed() throws -> Workload {
        let workload = try Workload()
        workload.placed = try workload.entries()
        return workload
    }

    /// Entries on the atlas surface, then the ordered regions of every shaft.
    func planAll() throws -> ShaftRegionTable {
        planner.regionTable(of: try entries())
    }

    /// The insertions: entries on the atlas surface below each (AP, ML), placed in one batch.
    func entries() throws -> [Insertion] {
        let requests = try parameters.map { p in
            TrajectoryPlanner.SurfaceEntry(ap: .mm(p.ap), ml: .mm(p.ml),
                                           angles: try BrainstemAngles(apAngle: .degrees(p.apAngle), mlAngle: .degrees(p.mlAngle)),
                                           depth: .mm(p.depth))
        }
        return try planner.insertions(requests).map { try $0.get() }
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuUser, .throughput, .mallocCountTotal],
        timeUnits: .milliseconds,
        maxDuration: .seconds(20),
        maxIterations: 20
    )

    Benchmark("Plan 10 000 angled insertions (5 µm sampling, ordered regions)") { benchmark, workload in
        blackHole(try workload.planAll())
    } setup: {
        try Workload()
    }

    // The two parts of the work above, for reading where the time goes.
    Benchmark("Part: 10 000 surface entries") { benchmark, workload in
        blackHole(try workload.entries())
    } setup: {
        try Workload()
    }

    Benchmark("Part: region table of 10 000 placed shafts") { benchmark, workload in
        blackHole(workload.planner.regionTable(of: workload.placed))
    } setup: {
        try Workload.placed()
    }

    // The same regions as an array of segments per shaft: each run holds its region.
    Benchmark("Part: segment arrays of 10 000 placed shafts") { benchmark, workload in
        blackHole(workload.planner.segments(of: workload.placed))
    } setup: {
        try Workload.placed()
    }
}
