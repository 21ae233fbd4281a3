import StereotaxJSON
import StereotaxRecords

/// Applies a record's safe fixes (``ValidationFinding/fixIsSafe``) for `validate --fix`.
///
/// Fixes are applied in finding order. Two safe fixes that would write different values at
/// the same path, or at paths one inside the other, contradict each other: neither is
/// applied. A record with no fix applied is written as its input bytes.
enum SafeFixes {
    /// `record` (the record as read) is made only if a fix is to be applied.
    static func apply(to report: inout RecordReport, record: () -> ProcedureRecord?, sourceBytes: [UInt8]) {
        let fixes = report.findings.compactMap { $0.fixIsSafe ? $0.suggestedFix : nil }
        var chosen: [RecordFix] = []
        for fix in fixes where !chosen.contains(fix) {
            let conflicting = fixes.contains { other in
                other != fix && (other.path.hasPrefix(fix.path) || fix.path.hasPrefix(other.path))
            }
            if !conflicting { chosen.append(fix) }
        }
        var applied: [RecordFix] = []
        guard !chosen.isEmpty, var fixed = record() else {
            report.appliedFixes = applied
            report.outputBytes = sourceBytes
            return
        }
        for fix in chosen {
            guard let next = try? fix.apply(to: fixed) else { continue }
            fixed = next
            applied.append(fix)
        }
        report.appliedFixes = applied
        report.outputBytes = applied.isEmpty ? sourceBytes : fixed.serializedBytes()
    }
}
