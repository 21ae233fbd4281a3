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

/// Builds each record's part of a report as bytes. The engine runs it on its worker threads
/// (see ``ValidationEngine/run(_:manipulations:encodingLinesWith:progress:handle:)``), so
/// that the thread writing the report only copies bytes in order.
public struct ReportLineEncoder: Sendable {
    /// The bytes of one report.
    public let encode: @Sendable (RecordReport) -> [UInt8]
}

/// Writes one form of report as the records arrive, then the summary at the end.
public protocol ReportWriter {
    func write(_ report: RecordReport) throws
    func finish(_ summary: ValidationSummary) throws
}

extension ReportFormat {
    /// The encoder of this form's per-record lines (the JSON object of each record for `json`
    /// and `ndjson`); `nil` for forms whose writer needs no per-record bytes built.
    public var lineEncoder: ReportLineEncoder? {
        switch self {
        case .json, .ndjson:
            return ReportLineEncoder { report in
                var line: [UInt8] = []
                // About 100 bytes per record and 200 per finding: room enough to grow once at most.
                line.reserveCapacity(128 + 256 * report.findings.count)
                ReportJSON.append(report, to: &line)
                return line
            }
        case .summary, .csv:
            return nil
        }
    }

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
