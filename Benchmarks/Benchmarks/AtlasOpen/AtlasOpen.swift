// Opening the 25 µm Allen annotation: cold (the gzip NRRD read, inflated, hashed
// and written to a fresh, empty cache directory) and warm (the .stxcache that a
// cold open left, memory-mapped). Both for the annotation alone
// (`CachedVolumeLoader.load`) and for the whole `LoadedAtlas.open`, which also
// reads the ontology and computes the brain's top surface.
//
// Needs the atlas data: STEREOTAX_ATLAS_PATH pointing at a directory holding
// allen-ccf-2017/annotation_25.nrrd (and the ontology).

import Benchmark
import Foundation
import StereotaxKit

let atlasID = "allen-ccf-2017-25um"

/// The annotation's source (path, format, checksum) and a private cache directory.
final class OpenWorkload: @unchecked Sendable {
    let source: VolumeSource
    /// A directory of its own under the system's temporary directory, removed at teardown.
    let scratch: URL

    init() throws {
        let manifest = try AtlasManifest.bundled(id: atlasID)
        guard let annotation = manifest.file(role: "annotation") else {
            throw OpenWorkloadError.noAnnotation(atlas: atlasID)
        }
        let requirement = try manifest.requirement(for: annotation)
        let searchPath = AtlasSearchPath.standard()
        guard let url = searchPath.locate(annotation.path) else {
            throw OpenWorkloadError.notFound(file: annotation.path, searched: searchPath.directories.map(\.path))
        }
        source = VolumeSource(url: url, format: .nrrd(orientation: .allenPIR, spacingUnit: .micrometre),
                              expectedSHA256: requirement.sha256)
        scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("stereotax-atlas-open-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    /// A new, empty cache directory inside ``scratch``.
    func freshCache() throws -> CachedVolumeLoader {
        let directory = scratch.appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return CachedVolumeLoader(cacheDirectory: directory)
    }

    /// A cache directory holding a valid `.stxcache` of the annotation.
    func warmCache() throws -> CachedVolumeLoader {
        let cache = try freshCache()
        _ = try cache.load(source)
        return cache
    }

    func removeScratch() {
        try? FileManager.default.removeItem(at: scratch)
    }
}

enum OpenWorkloadError: Error, CustomStringConvertible {
    case noAnnotation(atlas: String)
    case notFound(file: String, searched: [String])
    case notWarm(outcome: CachedVolumeLoader.Outcome)
    case notRebuilt(outcome: CachedVolumeLoader.Outcome)

    var description: String {
        switch self {
        case let .noAnnotation(atlas): "atlas \(atlas) has no annotation file"
        case let .notFound(file, searched): "\(file) not found in \(searched) (set STEREOTAX_ATLAS_PATH)"
        case let .notWarm(outcome): "expected a warm open from the cache, got \(outcome)"
        case let .notRebuilt(outcome): "expected a cold open that writes the cache, got \(outcome)"
        }
    }
}

/// The state of the running benchmark: the workload, and for the warm ones a
/// cache made warm once in setup and opened by every iteration.
final class WorkloadBox: @unchecked Sendable {
    var workload: OpenWorkload?
    var warm: CachedVolumeLoader?
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuUser, .cpuSystem, .mallocCountTotal],
        timeUnits: .microseconds,
        maxDuration: .seconds(20),
        maxIterations: 25
    )
    let cold = Benchmark.Configuration(
        metrics: [.wallClock, .cpuUser, .cpuSystem, .mallocCountTotal],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(60),
        maxIterations: 10
    )

    let box = WorkloadBox()
    let coldSetup: @Sendable () async throws -> Void = { box.workload = try OpenWorkload() }
    let warmSetup: @Sendable () async throws -> Void = {
        let workload = try OpenWorkload()
        box.workload = workload
        box.warm = try workload.warmCache()
    }
    let teardown: @Sendable () async throws -> Void = {
        box.workload?.removeScratch()
        box.workload = nil
        box.warm = nil
    }

    // Cold: each iteration gets an empty cache directory, made before the measurement starts.
    Benchmark("AtlasOpen annotation cold (gzip NRRD)", configuration: cold, closure: { benchmark in
        do {
            guard let workload = box.workload else { return }
            let cache = try workload.freshCache()
            benchmark.startMeasurement()
            let (volume, outcome) = try cache.load(workload.source)
            benchmark.stopMeasurement()
            guard case .rebuilt = outcome else { throw OpenWorkloadError.notRebuilt(outcome: outcome) }
            blackHole(volume.voxelCount)
            try FileManager.default.removeItem(at: cache.cacheDirectory)
        } catch {
            benchmark.error("\(error)")
        }
    }, setup: coldSetup, teardown: teardown)

    Benchmark("AtlasOpen annotation warm (.stxcache)", closure: { benchmark in
        do {
            guard let workload = box.workload, let cache = box.warm else { return }
            benchmark.startMeasurement()
            let (volume, outcome) = try cache.load(workload.source)
            benchmark.stopMeasurement()
            guard outcome == .warm else { throw OpenWorkloadError.notWarm(outcome: outcome) }
            blackHole(volume.voxelCount)
        } catch {
            benchmark.error("\(error)")
        }
    }, setup: warmSetup, teardown: teardown)

    Benchmark("AtlasOpen LoadedAtlas.open cold (gzip NRRD)", configuration: cold, closure: { benchmark in
        do {
            guard let workload = box.workload else { return }
            let cache = try workload.freshCache()
            benchmark.startMeasurement()
            let atlas = try LoadedAtlas.open(id: atlasID, cache: cache)
            benchmark.stopMeasurement()
            guard case .rebuilt = atlas.volumeLoad else { throw OpenWorkloadError.notRebuilt(outcome: atlas.volumeLoad) }
            blackHole(atlas.volume.voxelCount)
            try FileManager.default.removeItem(at: cache.cacheDirectory)
        } catch {
            benchmark.error("\(error)")
        }
    }, setup: coldSetup, teardown: teardown)

    Benchmark("AtlasOpen LoadedAtlas.open warm (.stxcache)", closure: { benchmark in
        do {
            guard let cache = box.warm else { return }
            benchmark.startMeasurement()
            let atlas = try LoadedAtlas.open(id: atlasID, cache: cache)
            benchmark.stopMeasurement()
            guard atlas.volumeLoad == .warm else { throw OpenWorkloadError.notWarm(outcome: atlas.volumeLoad) }
            blackHole(atlas.volume.voxelCount)
        } catch {
            benchmark.error("\(error)")
        }
    }, setup: warmSetup, teardown: teardown)
}
