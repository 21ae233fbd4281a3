/// How a ``RecordStream`` reads its input.
public enum RecordStreamFormat: String, CaseIterable, Hashable, Sendable {
    /// Decide from the first bytes: `[` → JSON array; `{` → NDJSON if the first line is a
    /// complete value and more follows, or if the first line is incomplete and the second
    /// starts with `{`; otherwise a single document (list envelope, detail envelope or one record).
    case auto
    /// `[ {...}, {...} ]`.
    case jsonArray = "json"
    /// One JSON object: a list envelope (records streamed from its list member), a detail
    /// envelope (its record), or one record.
    case document
    /// One record per line; blank lines are skipped; a malformed line is one failed item.
    case ndjson
}
