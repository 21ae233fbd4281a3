/// The layout of a generated export.
public enum ExportFormat: String, CaseIterable, Hashable, Sendable {
    /// A list envelope, one record per line: `{"procedures": [\n{...},\n{...}\n]}`.
    case json
    /// One record per line.
    case ndjson
}
