// Validation of procedure records in memory, by stage: 20 000 records of a generated
// BrainSTEM export (seed 7, 5 % faults, mixed systems and encodings: the records of
// Benchmarks/validate-1m.sh), placed in the 25 µm Allen CCF annotation (2017) through the
// default preset. Reading the file and starting the process are left out (the whole-process
// figure over 1 000 000 records is Benchmarks/validate-1m.sh's).
//
// One measured iteration handles all 20 000 records, so records per second are 20 000 times
// the throughput. Allocations per record (the malloc count divided by 20 000) are the
// figure to follow on a shared machine: unlike times, they do not move between runs.

import Benchmark
import Foundation
import StereotaxKit

let recordCount = 20_000

final class Workload: @unchecked Sendable {
    let export: [UInt8]
    /// The export's records, split but not parsed.
    let items: [RecordStreamItem]
    let validator: RecordValidator

    init() throws {
        export = try ExportGenerator(seed: 7, faultRate: 0.05, format: .ndjson).export(count: recordCount).bytes
        items = Array(IteratorSequence(RecordStream(bytes: export, format: .ndjson).makeIterator(parsing: .deferred)))
        let atlas = try LoadedAtlas.open(id: "allen-ccf-2017-25um")
        let locator = try AtlasTargetLocator(atlas: atlas, context: try atlas.conversionContext(landmarks: .defaults(for: .mouse)))
        validator = RecordValidator(locator: locator)
        // Once, outside the timing: what the records come to.
        let outcome = try ValidationEngine(validator: validator).run(RecordStream(bytes: export, format: .ndjson)) { _ in }
        let summary = outcome.summary
        print("RecordValidation: \(summary.recordsOut) records, \(summary.count(.ok)) ok, \(summary.count(.warning)) warning, \(summary.count(.error)) error")
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuUser, .throughput, .mallocCountTotal],
        timeUnits: .milliseconds,
        maxDuration: .seconds(20),
        maxIterations: 20
    )

    Benchmark("Validate 20 000 records on both cores (split, parse, check, place)") { benchmark, workload in
        blackHole(try ValidationEngine(validator: workload.validator).run(RecordStream(bytes: workload.export, format: .ndjson)) { _ in })
    } setup: {
        try Workload()
    }

    // The stages, on one thread, for reading where the time goes. Validation reads each record
    // into a tape (the first stage, included in the third); the tree stage is what reading a
    // record as a `ProcedureRecord` costs (`--fix`, `convert`, the planning resolver), for comparison.
    Benchmark("Stage: parse 20 000 records into JSON tapes (one thread)") { benchmark, workload in
        for item in workload.items { blackHole(try? JSONTape.parse(item.bytes)) }  // malformed records (5 % faults) fail as in the tree stage
    } setup: {
        try Workload()
    }

    Benchmark("Stage: parse 20 000 records into JSON trees (one thread)") { benchmark, workload in
        for item in workload.items { blackHole(item.parsed()) }
    } setup: {
        try Workload()
    }

    Benchmark("Stage: validate 20 000 parsed-on-demand records (one thread)") { benchmark, workload in
        for item in workload.items { blackHole(workload.validator.validate(item)) }
    } setup: {
        try Workload()
    }
}
