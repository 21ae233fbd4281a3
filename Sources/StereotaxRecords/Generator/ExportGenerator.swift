import Foundation
import StereotaxCoordinates
import StereotaxJSON

/// Writes realistic, seeded BrainSTEM procedure exports with faults of named kinds, and a
/// manifest of every fault, so that readers and checks can be tested and measured.
///
/// Records mix the three shapes (current 70 %, earlier 15 %, legacy action 15 %), all eight
/// coordinate systems, both value encodings (0.0.0 bare numbers, 1.1.0 `{value, unit}` in mm,
/// µm or m) and legacy member names (`apCoordinates`, one-element arrays, `surfaceDepth`).
/// Coordinates aim at real mouse targets (``BrainTarget/mouseTargets``) with small jitter,
/// either hemisphere, and occasional angles. Each record is a pure function of
/// (`seed`, index): the same seed gives the same bytes, and any record can be made alone.
///
/// With probability `faultRate` a record carries exactly one fault, its kind drawn uniformly
/// from `faultKinds`; a clean record draws no schema finding above `info`.
public struct ExportGenerator: Sendable {
    public let seed: UInt64
    public let faultRate: Double
    public let format: ExportFormat
    public let faultKinds: [ExportFaultKind]

    /// - Throws: ``ExportGeneratorError`` if `faultRate` is not in 0…1 (NaN included), or
    ///   faults are asked for with no kinds to draw from.
    public init(
        seed: UInt64, faultRate: Double = 0, format: ExportFormat = .ndjson,
        faultKinds: [ExportFaultKind] = ExportFaultKind.allCases
    ) throws(ExportGeneratorError) {
        guard faultRate >= 0, faultRate <= 1 else { throw .faultRateOutOfRange(faultRate) }
        guard faultRate == 0 || !faultKinds.isEmpty else { throw .noFaultKinds }
        self.seed = seed
        self.faultRate = faultRate
        self.format = format
        self.faultKinds = faultKinds
    }

    // MARK: Records

    /// Record `index`: its bytes (one line, no line break) and its fault, if any.
    public func record(at index: Int) -> GeneratedRecord {
        let fault = faultKind(at: index)
        var rng = SplitMix64(seed: seed, stream: 2, index: index)
        var draft = RecordDraft.make(index: index, fault: fault, generator: self, rng: &rng)
        return draft.finish(format: format, previousID: { actualID(at: index - 1) }, rng: &rng)
    }

    /// The fault kind of record `index` (after the draw), or `nil`.
    func faultKind(at index: Int) -> ExportFaultKind? {
        guard let drawn = drawnFaultKind(at: index) else { return nil }
        guard drawn == .duplicateID else { return drawn }
        // A duplicate repeats the previous record's id, which must then be readable and a UUID.
        if index > 0, let previous = faultKind(at: index - 1), previous == .badUUID || previous == .malformedRecord {
            return substituteForDuplicate
        }
        return index > 0 ? drawn : substituteForDuplicate
    }

    /// The kind used where a duplicate id cannot be made: one that leaves the id intact.
    private var substituteForDuplicate: ExportFaultKind? {
        faultKinds.first { ![.duplicateID, .badUUID, .malformedRecord].contains($0) }
    }

    /// The id record `index` ends up with when it is readable (a duplicate's is an earlier one's).
    func actualID(at index: Int) -> String {
        var source = max(0, index)
        while source > 0, faultKind(at: source) == .duplicateID { source -= 1 }
        return baseID(at: source).description
    }

    private func drawnFaultKind(at index: Int) -> ExportFaultKind? {
        guard faultRate > 0 else { return nil }
        var rng = SplitMix64(seed: seed, stream: 1, index: index)
        guard rng.unit() < faultRate else { return nil }
        return faultKinds[rng.below(faultKinds.count)]
    }

    /// The id record `index` gets unless a fault changes it.
    func baseID(at index: Int) -> RecordUUID {
        var rng = SplitMix64(seed: seed, stream: 7, index: index)
        return rng.uuid()
    }

    /// An id from a pool of `size` under `stream` (subjects, consumables, equipment, licenses).
    func pooledID(stream: UInt64, size: Int, rng: inout SplitMix64) -> String {
        var pool = SplitMix64(seed: seed, stream: stream, index: rng.below(size))
        return pool.uuid().description
    }

    // MARK: Writing

    /// Writes records `0..<count` in ``format``, handing bytes to `sink` in pieces (one per
    /// batch of records), and returns the manifest. Batches are made on all cores; the output
    /// does not depend on how many there are.
    public func write(count: Int, to sink: ([UInt8]) throws -> Void) rethrows -> ExportFaultManifest {
        let count = max(0, count)
        let batchSize = 4096
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var faults: [InjectedFault] = []
        if format == .json { try sink(Array("{\"procedures\": [\n".utf8)) }
        var batchStart = 0
        while batchStart < count {
            let batches = min(workers, (count - batchStart + batchSize - 1) / batchSize)
            let results = BatchResults(count: batches)
            let roundStart = batchStart
            DispatchQueue.concurrentPerform(iterations: batches) { batch in
                let start = roundStart + batch * batchSize
                let end = min(count, start + batchSize)
                results.store(batch, self.batch(start..<end, total: count))
            }
            for batch in 0..<batches {
                let (bytes, batchFaults) = results.take(batch)
                faults.append(contentsOf: batchFaults)
                try sink(bytes)
            }
            batchStart = min(count, roundStart + batches * batchSize)
        }
        if format == .json { try sink(Array("]}\n".utf8)) }
        return ExportFaultManifest(seed: seed, count: count, format: format, faultRate: faultRate, faults: faults)
    }

    /// The bytes of records `range` with their separators, and their faults.
    private func batch(_ range: Range<Int>, total: Int) -> ([UInt8], [InjectedFault]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count * 720)
        var faults: [InjectedFault] = []
        for index in range {
            let record = record(at: index)
            if let fault = record.fault { faults.append(fault) }
            bytes.append(contentsOf: record.bytes)
            switch format {
            case .json: bytes.append(contentsOf: index + 1 < total ? ",\n".utf8 : "\n".utf8)
            case .ndjson: bytes.append(0x0A)
            }
        }
        return (bytes, faults)
    }

    /// Writes the export to a file (replacing it) and returns the manifest.
    public func write(count: Int, to url: URL) throws -> ExportFaultManifest {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw ExportGeneratorError.cannotWrite(path: url.path, reason: "cannot create the file")
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        return try write(count: count) { bytes in try handle.write(contentsOf: bytes) }
    }

    /// The whole export in memory (for tests and small exports).
    public func export(count: Int) -> (bytes: [UInt8], manifest: ExportFaultManifest) {
        var bytes: [UInt8] = []
        let manifest = write(count: count) { bytes.append(contentsOf: $0) }
        return (bytes, manifest)
    }
}
