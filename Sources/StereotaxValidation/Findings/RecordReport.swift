import StereotaxRecords

/// Everything validation says about one input record.
public struct RecordReport: Sendable {
    /// 0-based position in the input (failed records included).
    public let index: Int
    /// 1-based line where the record starts.
    public let line: Int
    /// The record's `id`, if it has a string one.
    public let recordID: String?
    /// The record's findings, in the order the checks ran (schema, plausibility, region, cross).
    public internal(set) var findings: [ValidationFinding] {
        didSet { encodedLine = nil }
    }
    /// The fixes `--fix` applied to this record (empty unless fixing).
    public internal(set) var appliedFixes: [RecordFix] {
        didSet { encodedLine = nil }
    }
    /// The record as `--fix` writes it: the input bytes when nothing changed (or the record
    /// is unreadable), else the fixed record. `nil` unless fixing.
    public internal(set) var outputBytes: [UInt8]?
    /// This report in the run's report form (e.g. its JSON object), when the engine was asked
    /// to build it on the worker threads (``ReportLineEncoder``); `nil` otherwise, and once
    /// the report changes after it was built.
    public internal(set) var encodedLine: [UInt8]?

    public init(index: Int, line: Int, recordID: String?, findings: [ValidationFinding],
                appliedFixes: [RecordFix] = [], outputBytes: [UInt8]? = nil) {
        self.index = index
        self.line = line
        self.recordID = recordID
        self.findings = findings
        self.appliedFixes = appliedFixes
        self.outputBytes = outputBytes
    }

    public var verdict: RecordVerdict { RecordVerdict(findings: findings) }
}
