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

/// What an export contains: its settings and every injected fault, in record order.
public struct ExportFaultManifest: Hashable, Sendable {
    public let seed: UInt64
    public let count: Int
    public let format: ExportFormat
    public let faultRate: Double
    public let faults: [InjectedFault]

    /// Fault counts by kind.
    public var countsByKind: [ExportFaultKind: Int] {
        faults.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
    }

    /// The manifest as JSON: `{"generator", "seed", "count", "format", "fault_rate", "faults": [...]}`.
    public var json: JSONValue {
        .object(JSONObject([
            .init(key: "generator", value: "brainstem-export-generator"),
            .init(key: "seed", value: .string(String(seed))),
            .init(key: "count", value: .number(JSONNumber(count))),
            .init(key: "format", value: .string(format.rawValue)),
            .init(key: "fault_rate", value: JSONNumber(faultRate).map(JSONValue.number) ?? .null),
            .init(key: "faults", value: .array(faults.map(\.json))),
        ]))
    }
}

/// The layout of a generated export.
public enum ExportFormat: String, CaseIterable, Hashable, Sendable {
    /// A list envelope, one record per line: `{"procedures": [\n{...},\n{...}\n]}`.
    case json
    /// One record per line.
    case ndjson
}
