import Dispatch
import Foundation
import StereotaxRecords

/// Streams records through a ``RecordValidator`` in bounded memory, on several threads, and
/// hands the reports back in input order.
///
/// The calling thread splits a chunk of ``chunkSize`` records from the ``RecordStream`` while
/// the previous chunk is parsed and validated on ``workerCount`` threads (each a contiguous
/// part of the chunk); then the previous chunk's reports pass, in order, through the stream-wide checks
/// (a repeated id: `schema.duplicate-id`) to the caller. At most two chunks are held at once,
/// so memory does not grow with the input. The run ends with records in = records out, or
/// throws ``ValidationEngineError/recordCountMismatch(recordsIn:recordsOut:)``.
public struct ValidationEngine: Sendable {
    public let validator: RecordValidator
    /// Items per chunk.
    public let chunkSize: Int
    /// Threads validating each chunk.
    public let workerCount: Int

    public init(validator: RecordValidator, chunkSize: Int = 4096,
                workerCount: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.validator = validator
        self.chunkSize = max(1, chunkSize)
        self.workerCount = max(1, workerCount)
    }

    /// How far a run has got, for a progress display.
    public struct Progress: Sendable {
        /// Records reported so far.
        public let records: Int
        /// Input bytes consumed so far (the start of the last record reported).
        public let bytes: Int
    }

    /// The result of a run: its summary and the ids of its records (for manipulation checks).
    public struct Outcome: Sendable {
        public var summary: ValidationSummary
        public let recordIDs: ProcedureIDIndex
    }

    /// Validates every record of `stream`, calling `handle` with each report in input order on
    /// the calling thread, and `progress` after each chunk; then checks `manipulations`'
    /// references against the records' ids. With `encoder`, each report's
    /// ``RecordReport/encodedLine`` is built on the worker threads.
    public func run(
        _ stream: RecordStream, manipulations: [Manipulation] = [], encodingLinesWith encoder: ReportLineEncoder? = nil,
        progress: ((Progress) -> Void)? = nil, handle: (RecordReport) throws -> Void
    ) throws -> Outcome {
        var iterator = stream.makeIterator(parsing: .deferred)  // the workers parse
        var summary = ValidationSummary()
        var ids = ProcedureIDIndex()
        var pending: ChunkJob?
        var recordsIn = 0
        while true {
            var items: [RecordStreamItem] = []
            items.reserveCapacity(chunkSize)
            while items.count < chunkSize, let item = iterator.next() {
                guard item.index == recordsIn + items.count else {
                    throw ValidationEngineError.indexOutOfOrder(expected: recordsIn + items.count, found: item.index)
                }
                // A read failure is a parsed item of its own; records are parsed by the workers.
                if item.isParsed, case .readFailed? = item.error, summary.inputReadFailure == nil {
                    summary.inputReadFailure = item.error?.description
                }
                items.append(item)
            }
            recordsIn += items.count
            let job = items.isEmpty ? nil : ChunkJob(items: items, validator: validator, encoder: encoder, workers: workerCount)
            if let pending {
                pending.wait()
                for var report in pending.reports {
                    if let id = report.recordID, let first = ids.insert(id, index: report.index) {
                        report.findings.append(ValidationFinding(
                            recordIndex: report.index, recordID: id, path: RecordPath(keys: "id"),
                            code: .schema(.duplicateID), severity: .error, message: "id \(id) is also the id of record \(first)"))
                    }
                    summary.add(report)
                    try handle(report)
                }
                progress?(Progress(records: summary.recordsOut, bytes: pending.lastByteOffset))
            }
            pending = job
            if job == nil { break }
        }
        summary.recordsIn = recordsIn
        summary.choices = validator.locator?.choices ?? []
        summary.addManipulationFindings(CrossRecordCheck.checkManipulations(manipulations, procedureIDs: ids))
        guard summary.recordsOut == recordsIn else {
            throw ValidationEngineError.recordCountMismatch(recordsIn: recordsIn, recordsOut: summary.recordsOut)
        }
        return Outcome(summary: summary, recordIDs: ids)
    }
}

/// One chunk being validated in the background; ``wait()`` returns once its reports are ready.
private final class ChunkJob: @unchecked Sendable {
    // Written once by the background task before `done` is signalled, read after `wait()`.
    private(set) var reports: [RecordReport] = []
    let lastByteOffset: Int
    private let done = DispatchSemaphore(value: 0)

    init(items: [RecordStreamItem], validator: RecordValidator, encoder: ReportLineEncoder?, workers: Int) {
        lastByteOffset = items.last?.byteOffset ?? 0
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            reports = Self.validate(items, validator: validator, encoder: encoder, workers: workers)
            done.signal()
        }
    }

    func wait() { done.wait() }

    /// `validator.validate` over `items` (and `encoder` over each report), each worker a
    /// contiguous part, results in order.
    private static func validate(
        _ items: [RecordStreamItem], validator: RecordValidator, encoder: ReportLineEncoder?, workers: Int
    ) -> [RecordReport] {
        let count = items.count
        // Pieces of about 128 records, handed out as the workers free up: the reading thread
        // shares the cores, so halves fixed in advance would leave one core waiting for the other.
        let parts = count < 64 ? 1 : min(max(workers, count / 128), 64)
        return [RecordReport](unsafeUninitializedCapacity: count) { buffer, initialised in
            let base = UncheckedPointer(buffer.baseAddress)
            items.withUnsafeBufferPointer { source in
                let input = UncheckedBuffer(source)
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    let lo = count * part / parts, hi = count * (part + 1) / parts
                    for i in lo..<hi {
                        var report = validator.validate(input.buffer[i])
                        if let encoder { report.encodedLine = encoder.encode(report) }
                        (base.pointer! + i).initialize(to: report)
                    }
                }
            }
            initialised = count
        }
    }
}

/// Hands a buffer that workers only read to worker threads.
private struct UncheckedBuffer: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<RecordStreamItem>
    init(_ buffer: UnsafeBufferPointer<RecordStreamItem>) { self.buffer = buffer }
}

/// Hands an output buffer that workers write in disjoint ranges to worker threads.
private struct UncheckedPointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<RecordReport>?
    init(_ pointer: UnsafeMutablePointer<RecordReport>?) { self.pointer = pointer }
}
