import StereotaxJSON

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
