import Foundation

/// CSV (RFC 4180): a header, then one row per record in input order:
/// `index,line,id,verdict,errors,warnings,infos,codes,paths,messages,fixes_applied`; lists
/// within a cell are separated by ` | `.
final class CSVReportWriter: ReportWriter {
    static let header = "index,line,id,verdict,errors,warnings,infos,codes,paths,messages,fixes_applied\r\n"
    private let output: ReportOutput
    private var wroteHeader = false

    init(output: ReportOutput) { self.output = output }

    func write(_ report: RecordReport) throws {
        if !wroteHeader {
            try output.write(Self.header)
            wroteHeader = true
        }
        var errors = 0, warnings = 0, infos = 0
        for finding in report.findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
        let cells = [
            String(report.index), String(report.line), report.recordID ?? "", report.verdict.rawValue,
            String(errors), String(warnings), String(infos),
            report.findings.map(\.code.rawValue).joined(separator: " | "),
            report.findings.map(\.path.description).joined(separator: " | "),
            report.findings.map(\.message).joined(separator: " | "),
            report.appliedFixes.map { "\($0.path) \($0.summary)" }.joined(separator: " | "),
        ]
        try output.write(cells.map(Self.quoted).joined(separator: ",") + "\r\n")
    }

    func finish(_ summary: ValidationSummary) throws {
        if !wroteHeader { try output.write(Self.header) }
    }

    /// A cell, quoted when it holds a comma, quote or line break (quotes doubled).
    static func quoted(_ cell: String) -> String {
        guard cell.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return cell
        }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
