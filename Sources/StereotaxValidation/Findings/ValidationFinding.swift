import StereotaxRecords

/// One problem found in one record: where, what, how bad, and the change that would resolve
/// it when that change is clear.
public struct ValidationFinding: Hashable, Sendable, CustomStringConvertible {
    public typealias Severity = RecordFinding.Severity

    /// The record's 0-based position in its input (for a manipulation: in its file).
    public let recordIndex: Int
    /// The record's `id`, if it has a string one.
    public let recordID: String?
    /// Where in the record.
    public let path: RecordPath
    public let code: FindingCode
    public let severity: Severity
    /// What was found, in words.
    public let message: String
    /// A change that would resolve the finding, when one is clear.
    public let suggestedFix: RecordFix?
    /// Whether `validate --fix` may apply ``suggestedFix`` unattended: the change is safe and
    /// the only one that fits (see docs/validation.md for the rule per code).
    public let fixIsSafe: Bool

    public init(
        recordIndex: Int, recordID: String?, path: RecordPath, code: FindingCode, severity: Severity,
        message: String, suggestedFix: RecordFix? = nil, fixIsSafe: Bool = false
    ) {
        self.recordIndex = recordIndex
        self.recordID = recordID
        self.path = path
        self.code = code
        self.severity = severity
        self.message = message
        self.suggestedFix = suggestedFix
        self.fixIsSafe = suggestedFix != nil && fixIsSafe
    }

    /// A schema-check finding, its fix judged safe by ``isSafeSchemaFix(_:)``.
    public init(_ finding: RecordFinding) {
        self.init(recordIndex: finding.recordIndex, recordID: finding.recordID, path: finding.path,
                  code: .schema(finding.code), severity: finding.severity, message: finding.message,
                  suggestedFix: finding.suggestedFix, fixIsSafe: Self.isSafeSchemaFix(finding.code))
    }

    /// Schema fixes that change the spelling, never the meaning: a numeric string as its
    /// number, a UUID without its braces or spaces, a system name in its proper case, an angle
    /// as the same direction within −180…180°. The schema check's size (`÷1000`) and DV-sign
    /// (`negate`) fixes are guesses: they are applied only when the atlas confirms them
    /// (``PlausibilityCode/unitSlip``, ``PlausibilityCode/dvSign``).
    public static func isSafeSchemaFix(_ code: RecordFindingCode) -> Bool {
        switch code {
        case .numericString, .malformedUUID, .unknownSystem, .angleOutOfRange: return true
        default: return false
        }
    }

    public var description: String {
        let id = recordID.map { " (\($0))" } ?? ""
        let fix = suggestedFix.map { "; fix\(fixIsSafe ? "" : " (review)"): \($0.summary)" } ?? ""
        return "record \(recordIndex)\(id) \(path): \(severity) \(code): \(message)\(fix)"
    }
}
