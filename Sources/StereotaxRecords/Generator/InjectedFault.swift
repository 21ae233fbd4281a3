import StereotaxJSON

/// One fault the generator put into one record.
public struct InjectedFault: Hashable, Sendable {
    /// The record's 0-based index in the export.
    public let recordIndex: Int
    /// The record's id as written (`nil` if the fault made it unreadable).
    public let recordID: String?
    public let kind: ExportFaultKind
    /// Where the fault is (`$` for a whole-record fault such as a cut-off line).
    public let path: RecordPath

    /// The finding that reveals it (see ``ExportFaultKind/expectedFinding``).
    public var expectedFinding: RecordFindingCode? { kind.expectedFinding }

    public var json: JSONValue {
        .object(JSONObject([
            .init(key: "index", value: .number(JSONNumber(recordIndex))),
            .init(key: "id", value: recordID.map(JSONValue.string) ?? .null),
            .init(key: "kind", value: .string(kind.rawValue)),
            .init(key: "path", value: .string(path.description)),
            .init(key: "expected_finding", value: expectedFinding.map { .string($0.rawValue) } ?? .null),
        ]))
    }
}
