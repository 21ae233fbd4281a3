/// The forms of a validation report.
public enum ReportFormat: String, CaseIterable, Hashable, Sendable {
    /// For people: counts by verdict and by code, the worst records, manipulation findings.
    case summary
    /// One JSON document: every record (index, line, id, verdict, findings, fixes) and the summary.
    case json
    /// One JSON object per record, one per line, in input order; no summary line.
    case ndjson
    /// One row per finding-bearing or clean record: index, line, id, verdict, finding count,
    /// codes, first message; a header row.
    case csv
}

/// Writes one form of report as the records arrive, then the summary at the end.
public protocol ReportWriter {
    func write(_ report: RecordReport) throws
    func finish(_ summary: ValidationSummary) throws
}

extension ReportFormat {
    /// A writer of this form onto `output`.
    public func writer(to output: ReportOutput, input: String) -> any ReportWriter {
        switch self {
        case .summary: return SummaryReportWriter(output: output, input: input)
        case .json: return JSONReportWriter(output: output, input: input)
        case .ndjson: return NDJSONReportWriter(output: output)
        case .csv: return CSVReportWriter(output: output)
        }
    }
}
