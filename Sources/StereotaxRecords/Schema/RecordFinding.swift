import StereotaxJSON

/// One problem the schema check found in one record.
public struct RecordFinding: Hashable, Sendable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        /// Read without loss, but not in the current form (e.g. a legacy key).
        case info
        /// Read, but probably wrong (e.g. a negative DV, an implausible size).
        case warning
        /// The value cannot be used as written.
        case error

        private var rank: Int {
            switch self {
            case .info: return 0
            case .warning: return 1
            case .error: return 2
            }
        }

        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// The record's 0-based position in its input.
    public let recordIndex: Int
    /// The record's `id`, if it has a string one.
    public let recordID: String?
    /// Where in the record.
    public let path: RecordPath
    public let code: RecordFindingCode
    public let severity: Severity
    /// What was found, in words.
    public let message: String
    /// A change that would resolve the finding, when one is clear.
    public let suggestedFix: RecordFix?

    public init(
        recordIndex: Int, recordID: String?, path: RecordPath, code: RecordFindingCode, severity: Severity,
        message: String, suggestedFix: RecordFix? = nil
    ) {
        self.recordIndex = recordIndex
        self.recordID = recordID
        self.path = path
        self.code = code
        self.severity = severity
        self.message = message
        self.suggestedFix = suggestedFix
    }

    public var description: String {
        let id = recordID.map { " (\($0))" } ?? ""
        let fix = suggestedFix.map { "; fix: \($0.summary)" } ?? ""
        return "record \(recordIndex)\(id) \(path): \(severity) \(code): \(message)\(fix)"
    }
}
