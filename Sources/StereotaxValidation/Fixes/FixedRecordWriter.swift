import Foundation
import StereotaxRecords

/// Writes the records as `validate --fix` leaves them: each record's input bytes, or the fixed
/// record where a safe fix applied, in input order, none dropped (unreadable records are
/// written as they were read). NDJSON input gives NDJSON; any other input gives a JSON array
/// with one record per line.
public final class FixedRecordWriter {
    private let output: ReportOutput
    private let ndjson: Bool
    private var count = 0

    /// - Throws: if `url` is the input file (the input is never overwritten) or cannot be created.
    public init(creating url: URL, input: URL, ndjson: Bool) throws {
        if Self.isSameFile(url, input) {
            throw ValidationEngineError.writeFailed("--fix output \(url.path) is the input file; the input is never overwritten")
        }
        self.output = try ReportOutput(creating: url)
        self.ndjson = ndjson
    }

    public func write(_ report: RecordReport) throws {
        var bytes: [UInt8] = ndjson ? [] : Array((count == 0 ? "[\n" : ",\n").utf8)
        bytes += report.outputBytes ?? []
        if ndjson { bytes.append(0x0A) }
        count += 1
        try output.write(bytes)
    }

    public func close() throws {
        if !ndjson { try output.write(count == 0 ? "[]\n" : "\n]\n") }
        try output.close()
    }

    /// Whether two paths name the same file (after symlinks, or by device and inode).
    public static func isSameFile(_ a: URL, _ b: URL) -> Bool {
        if a.standardizedFileURL.resolvingSymlinksInPath() == b.standardizedFileURL.resolvingSymlinksInPath() { return true }
        let manager = FileManager.default
        guard let left = try? manager.attributesOfItem(atPath: a.path), let right = try? manager.attributesOfItem(atPath: b.path) else {
            return false
        }
        return (left[.systemFileNumber] as? Int) == (right[.systemFileNumber] as? Int)
            && (left[.systemNumber] as? Int) == (right[.systemNumber] as? Int)
    }
}
