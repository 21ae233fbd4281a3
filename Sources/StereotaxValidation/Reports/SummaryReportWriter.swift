/// The summary for people: records in and out, verdict counts, findings by code, the worst
/// records, manipulation findings, fixes, and the choices the checks depended on.
final class SummaryReportWriter: ReportWriter {
    private let output: ReportOutput
    private let input: String

    init(output: ReportOutput, input: String) {
        self.output = output
        self.input = input
    }

    func write(_ report: RecordReport) throws {}

    func finish(_ summary: ValidationSummary) throws {
        try output.write(Self.text(summary, input: input))
    }

    static func text(_ summary: ValidationSummary, input: String) -> String {
        var lines: [String] = []
        lines.append("Validated \(input): \(summary.recordsIn) records in, \(summary.recordsOut) out")
        lines.append("  ok \(summary.count(.ok)), warning \(summary.count(.warning)), error \(summary.count(.error))")
        if summary.findingsByCode.isEmpty {
            lines.append("No findings.")
        } else {
            lines.append("Findings by code:")
            let width = summary.findingsByCode.keys.map(\.rawValue.count).max() ?? 0
            for (code, count) in summary.findingsByCode.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
                lines.append("  " + code.rawValue.padding(to: width) + "  \(count)")
            }
        }
        if !summary.worst.isEmpty {
            lines.append("Worst records:")
            for entry in summary.worst {
                let id = entry.recordID.map { " \($0)" } ?? ""
                lines.append("  #\(entry.index)\(id): \(entry.verdict.rawValue), \(entry.errorCount) error(s), "
                             + "\(entry.findingCount) finding(s): " + entry.codes.map(\.rawValue).joined(separator: ", "))
            }
        }
        if !summary.manipulationFindings.isEmpty {
            lines.append("Manipulations:")
            for finding in summary.manipulationFindings.prefix(20) { lines.append("  " + finding.description) }
            if summary.manipulationFindings.count > 20 { lines.append("  … and \(summary.manipulationFindings.count - 20) more") }
        }
        if summary.fixesApplied > 0 {
            lines.append("Fixed: \(summary.fixesApplied) value(s) in \(summary.recordsFixed) record(s)")
        }
        if !summary.choices.isEmpty {
            lines.append("Choices: " + summary.choices.joined(separator: "; "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
