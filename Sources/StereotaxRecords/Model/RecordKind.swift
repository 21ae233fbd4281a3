/// The BrainSTEM endpoints whose records this module models, with their envelope keys.
public enum RecordKind: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case procedure
    /// The legacy `action` endpoint, predecessor of `procedure`.
    case action
    case brainRegion = "brain_region"
    case subject
    case consumableStock = "consumablestock"
    case manipulation

    /// The member of a list response holding the records (`{"procedures": [...]}`).
    public var listKey: String {
        switch self {
        case .procedure: return "procedures"
        case .action: return "actions"
        case .brainRegion: return "brain_regions"
        case .subject: return "subjects"
        case .consumableStock: return "consumablestock"
        case .manipulation: return "manipulations"
        }
    }

    /// The member of a detail response holding the record (`{"procedure": {...}}`).
    public var detailKey: String { rawValue }

    /// Members that hold record lists in generic envelopes (paginated or hand-made exports).
    public static let genericListKeys: [String] = ["results", "records", "data", "items"]

    /// Every member name read as a record list: the kinds' list keys, then the generic ones.
    public static let allListKeys: [String] = {
        var keys = allCases.map(\.listKey)
        keys.append("consumablestocks")
        keys.append(contentsOf: genericListKeys)
        return keys
    }()

    /// The kind whose list key is `key` (`consumablestocks` is accepted too).
    public init?(listKey key: String) {
        if key == "consumablestocks" { self = .consumableStock; return }
        guard let kind = RecordKind.allCases.first(where: { $0.listKey == key }) else { return nil }
        self = kind
    }

    /// The kind whose detail key is `key`.
    public init?(detailKey key: String) { self.init(rawValue: key) }

    public var description: String { rawValue }
}
