/// Counts over a whole run: records in and out, verdicts, findings by code, the worst records.
public struct ValidationSummary: Sendable {
    /// Records read from the input (failed ones included).
    public internal(set) var recordsIn = 0
    /// Records reported (equals ``recordsIn``: the engine checks it).
    public internal(set) var recordsOut = 0
    /// Records per verdict.
    public internal(set) var verdicts: [RecordVerdict: Int] = [:]
    /// Findings per code (record findings and manipulation findings).
    public internal(set) var findingsByCode: [FindingCode: Int] = [:]
    /// Fixes applied by `--fix`.
    public internal(set) var fixesApplied = 0
    /// Records changed by `--fix`.
    public internal(set) var recordsFixed = 0
    /// The worst records, worst first (see ``worstLimit``): index, id, verdict, finding count.
    public internal(set) var worst: [WorstRecord] = []
    /// Findings on manipulations (their index is in the manipulations file).
    public internal(set) var manipulationFindings: [ValidationFinding] = []
    /// The choices the checks depended on (preset, landmarks, surface), in order.
    public internal(set) var choices: [String] = []
    /// Why the input could not be read to its end, if it could not (the input is then unusable;
    /// the records read before are still reported).
    public internal(set) var inputReadFailure: String?

    /// How many worst records the summary keeps.
    public static let worstLimit = 10

    public struct WorstRecord: Sendable, Hashable {
        public let index: Int
        public let recordID: String?
        public let verdict: RecordVerdict
        public let errorCount: Int
        public let findingCount: Int
        /// The codes of its findings, in order, without repeats.
        public let codes: [FindingCode]

        /// Worse first: verdict, then errors, then findings, then the earlier record.
        func isWorse(than other: WorstRecord) -> Bool {
            (verdict, errorCount, findingCount, -index) > (other.verdict, other.errorCount, other.findingCount, -other.index)
        }
    }

    public init() {}

    /// The count of records with `verdict`.
    public func count(_ verdict: RecordVerdict) -> Int { verdicts[verdict, default: 0] }

    /// Whether any finding (record or manipulation) has error severity.
    public var hasErrors: Bool {
        count(.error) > 0 || manipulationFindings.contains { $0.severity == .error }
    }

    mutating func add(_ report: RecordReport) {
        recordsOut += 1
        let verdict = report.verdict
        verdicts[verdict, default: 0] += 1
        for finding in report.findings { findingsByCode[finding.code, default: 0] += 1 }
        if !report.appliedFixes.isEmpty {
            fixesApplied += report.appliedFixes.count
            recordsFixed += 1
        }
        guard verdict != .ok else { return }
        var codes: [FindingCode] = []
        for finding in report.findings where !codes.contains(finding.code) { codes.append(finding.code) }
        let entry = WorstRecord(index: report.index, recordID: report.recordID, verdict: verdict,
                                errorCount: report.findings.filter { $0.severity == .error }.count,
                                findingCount: report.findings.count, codes: codes)
        if worst.count == Self.worstLimit, let last = worst.last, !entry.isWorse(than: last) { return }
        let position = worst.firstIndex { entry.isWorse(than: $0) } ?? worst.count
        worst.insert(entry, at: position)
        if worst.count > Self.worstLimit { worst.removeLast() }
    }

    mutating func addManipulationFindings(_ findings: [ValidationFinding]) {
        manipulationFindings += findings
        for finding in findings { findingsByCode[finding.code, default: 0] += 1 }
    }
}
