/// One step of how a result was reached, machine-readable: which step it was,
/// a one-line account, and the values it used (units in the value names, e.g.
/// `lambdaAPMillimetres`).
public struct ProvenanceStep: Hashable, Sendable, CustomStringConvertible {
    /// The kinds of step, with stable raw values for machine consumers.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case record
        case coordinateEncoding = "coordinate-encoding"
        case species
        case atlas
        case landmarks
        case preset
        case scaling
        case calibration
        case externalRegistration = "external-registration"
        case angleOrder = "angle-order"
        case conversion
        case surface
        case atlasMapping = "atlas-mapping"
        case regionCheck = "region-check"
    }

    /// A value a step used.
    public enum Value: Hashable, Sendable, CustomStringConvertible {
        case text(String)
        case number(Double)
        case flag(Bool)

        public var description: String {
            switch self {
            case let .text(t): t
            case let .number(n): "\(n)"
            case let .flag(b): "\(b)"
            }
        }
    }

    public var kind: Kind
    /// What was chosen or done, in one line.
    public var summary: String
    /// The values used, by name; names carry units where values have them.
    public var values: [String: Value]

    public init(_ kind: Kind, _ summary: String, values: [String: Value] = [:]) {
        self.kind = kind
        self.summary = summary
        self.values = values
    }

    public var description: String {
        let listed = values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
        return listed.isEmpty ? "\(kind.rawValue): \(summary)" : "\(kind.rawValue): \(summary) [\(listed)]"
    }
}

extension ProvenanceStep: Encodable {
    private enum CodingKeys: String, CodingKey { case kind, summary, values }

    /// `{"kind": "...", "summary": "...", "values": {name: string | number | bool}}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind.rawValue, forKey: .kind)
        try c.encode(summary, forKey: .summary)
        try c.encode(values, forKey: .values)
    }
}

extension ProvenanceStep.Value: Encodable {
    /// A JSON string, number or boolean.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case let .text(t): try c.encode(t)
        case let .number(n): try c.encode(n)
        case let .flag(b): try c.encode(b)
        }
    }
}
