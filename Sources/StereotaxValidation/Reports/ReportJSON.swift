import StereotaxJSON
import StereotaxRecords

/// The JSON form of reports, written straight to bytes (one record at a time, no tree).
///
/// Literals are appended from their UTF-8 in place and strings that need no escape are
/// copied as they are, so a record's line costs no allocation beyond the output's growth.
enum ReportJSON {
    /// `{"index":…,"line":…,"id":…,"verdict":…,"findings":[…],"fixes_applied":[…]}`.
    static func append(_ report: RecordReport, to out: inout [UInt8]) {
        out.append(contentsOf: #"{"index":"#.utf8)
        appendInteger(report.index, to: &out)
        out.append(contentsOf: #","line":"#.utf8)
        appendInteger(report.line, to: &out)
        out.append(contentsOf: #","id":"#.utf8)
        appendOptional(report.recordID, to: &out)
        out.append(contentsOf: #","verdict":""#.utf8)
        out.append(contentsOf: report.verdict.rawValue.utf8)
        out.append(contentsOf: #"","findings":["#.utf8)
        for (position, finding) in report.findings.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            append(finding, to: &out, withRecord: false)
        }
        out.append(contentsOf: #"],"fixes_applied":["#.utf8)
        for (position, fix) in report.appliedFixes.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            append(fix, to: &out)
        }
        out.append(contentsOf: "]}".utf8)
    }

    /// One finding; `withRecord` adds its record index and id (for manipulation findings).
    static func append(_ finding: ValidationFinding, to out: inout [UInt8], withRecord: Bool) {
        out.append(UInt8(ascii: "{"))
        if withRecord {
            out.append(contentsOf: #""index":"#.utf8)
            appendInteger(finding.recordIndex, to: &out)
            out.append(contentsOf: #","id":"#.utf8)
            appendOptional(finding.recordID, to: &out)
            out.append(UInt8(ascii: ","))
        }
        out.append(contentsOf: #""code":"#.utf8)
        appendString(finding.code.rawValue, to: &out)
        out.append(contentsOf: #","severity":"#.utf8)
        appendString(finding.severity.rawValue, to: &out)
        out.append(contentsOf: #","path":"#.utf8)
        appendString(finding.path.description, to: &out)
        out.append(contentsOf: #","message":"#.utf8)
        appendString(finding.message, to: &out)
        if let fix = finding.suggestedFix {
            out.append(contentsOf: #","fix":"#.utf8)
            append(fix, to: &out)
            out.append(contentsOf: #","fix_is_safe":"#.utf8)
            out.append(contentsOf: (finding.fixIsSafe ? "true" : "false").utf8)
        }
        out.append(UInt8(ascii: "}"))
    }

    static func append(_ fix: RecordFix, to out: inout [UInt8]) {
        out.append(contentsOf: #"{"path":"#.utf8)
        appendString(fix.path.description, to: &out)
        out.append(contentsOf: #","value":"#.utf8)
        fix.replacement.serialize(into: &out)
        out.append(contentsOf: #","summary":"#.utf8)
        appendString(fix.summary, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    static func appendOptional(_ text: String?, to out: inout [UInt8]) {
        if let text { appendString(text, to: &out) } else { out.append(contentsOf: "null".utf8) }
    }

    /// A decimal integer.
    static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        out.append(contentsOf: String(value).utf8)
    }

    /// A JSON string as `StereotaxJSON` writes it. Its writer escapes only `"`, `\\` and the
    /// control characters U+0000–U+001F, so text without them is copied between quotes as it
    /// is (read in place); other text goes through the writer.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: bytes)
            out.append(UInt8(ascii: "\""))
            return true
        }
        if copied != true { JSONValue.string(text).serialize(into: &out) }
    }

    /// The summary as a JSON value.
    static func summary(_ summary: ValidationSummary, input: String) -> JSONValue {
        func number(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }
        var verdicts = JSONObject()
        for verdict in RecordVerdict.allCases { verdicts.append(key: verdict.rawValue, value: number(summary.count(verdict))) }
        var codes = JSONObject()
        for (code, count) in summary.findingsByCode.sorted(by: { $0.key < $1.key }) { codes.append(key: code.rawValue, value: number(count)) }
        let worst: [JSONValue] = summary.worst.map { entry in
            .object(JSONObject([
                .init(key: "index", value: number(entry.index)),
                .init(key: "id", value: entry.recordID.map(JSONValue.string) ?? .null),
                .init(key: "verdict", value: .string(entry.verdict.rawValue)),
                .init(key: "errors", value: number(entry.errorCount)),
                .init(key: "findings", value: number(entry.findingCount)),
                .init(key: "codes", value: .array(entry.codes.map { .string($0.rawValue) })),
            ]))
        }
        return .object(JSONObject([
            .init(key: "input", value: .string(input)),
            .init(key: "records_in", value: number(summary.recordsIn)),
            .init(key: "records_out", value: number(summary.recordsOut)),
            .init(key: "verdicts", value: .object(verdicts)),
            .init(key: "findings_by_code", value: .object(codes)),
            .init(key: "records_fixed", value: number(summary.recordsFixed)),
            .init(key: "fixes_applied", value: number(summary.fixesApplied)),
            .init(key: "worst_records", value: .array(worst)),
            .init(key: "choices", value: .array(summary.choices.map(JSONValue.string))),
            .init(key: "input_read_failure", value: summary.inputReadFailure.map(JSONValue.string) ?? .null),
        ]))
    }
}

/// The JSON report: `{"records": [one object per record], "manipulation_findings": [...],
/// "summary": {...}}`, streamed: records are written as they arrive.
final class JSONReportWriter: ReportWriter {
    private let output: ReportOutput
    private let input: String
    private var count = 0
    private var scratch: [UInt8] = []

    init(output: ReportOutput, input: String) {
        self.output = output
        self.input = input
    }

    func write(_ report: RecordReport) throws {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: (count == 0 ? "{\"records\":[\n" : ",\n").utf8)
        if let line = report.encodedLine { scratch.append(contentsOf: line) } else { ReportJSON.append(report, to: &scratch) }
        count += 1
        try output.write(scratch)
    }

    func finish(_ summary: ValidationSummary) throws {
        var tail = Array((count == 0 ? "{\"records\":[" : "\n").utf8)
        tail += Array("],\n\"manipulation_findings\":[".utf8)
        for (position, finding) in summary.manipulationFindings.enumerated() {
            tail += Array((position == 0 ? "\n" : ",\n").utf8)
            ReportJSON.append(finding, to: &tail, withRecord: true)
        }
        tail += Array("],\n\"summary\":".utf8)
        tail += ReportJSON.summary(summary, input: input).serializedBytes(.pretty(indent: 2))
        tail += Array("}\n".utf8)
        try output.write(tail)
    }
}

/// NDJSON: one report object per record per line, in input order.
final class NDJSONReportWriter: ReportWriter {
    private let output: ReportOutput
    private var scratch: [UInt8] = []

    init(output: ReportOutput) { self.output = output }

    func write(_ report: RecordReport) throws {
        scratch.removeAll(keepingCapacity: true)
        if let line = report.encodedLine { scratch.append(contentsOf: line) } else { ReportJSON.append(report, to: &scratch) }
        scratch.append(0x0A)
        try output.write(scratch)
    }

    func finish(_ summary: ValidationSummary) throws {}
}
