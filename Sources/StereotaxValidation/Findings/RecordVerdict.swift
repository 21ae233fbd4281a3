/// The overall judgement of one record: its worst finding's severity (`info` counts as ok).
public enum RecordVerdict: String, CaseIterable, Hashable, Sendable, Comparable {
    case ok, warning, error

    public init<S: Sequence>(findings: S) where S.Element == ValidationFinding {
        var verdict = RecordVerdict.ok
        for finding in findings {
            switch finding.severity {
            case .error:
                self = .error
                return
            case .warning: verdict = .warning
            case .info: break
            }
        }
        self = verdict
    }

    private var rank: Int {
        switch self {
        case .ok: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: RecordVerdict, b: RecordVerdict) -> Bool { a.rank < b.rank }
}
