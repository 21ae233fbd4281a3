/// A JSON object whose members keep their document order.
///
/// Duplicate keys are kept as they were read (RFC 8259 only says names SHOULD be unique), so a
/// validator can report them; lookup by key returns the last member with that key, as most
/// JSON readers do. Lookup is a linear scan, which is the fastest choice for the small objects
/// of BrainSTEM records.
public struct JSONObject: Hashable, Sendable, Sequence {
    /// One `"key": value` member.
    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: JSONValue
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in document order.
    public private(set) var members: [Member]

    public init(_ members: [Member] = []) { self.members = members }

    /// The number of members (duplicates counted).
    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }

    /// The keys in document order (duplicates included).
    public var keys: [String] { members.map(\.key) }

    /// The keys that occur more than once, each listed once, in the order in which they first repeat.
    public var duplicateKeys: [String] {
        if members.count <= 32, !hasRepeatedKeyByPairs { return [] }  // the common case, without hashing
        var seen = Set<String>()
        var reported = Set<String>()
        var duplicates: [String] = []
        for member in members where !seen.insert(member.key).inserted {
            if reported.insert(member.key).inserted { duplicates.append(member.key) }
        }
        return duplicates
    }

    /// Whether two members share a key, by comparing every pair (for small objects).
    private var hasRepeatedKeyByPairs: Bool {
        for i in members.indices {
            for j in members.index(after: i)..<members.endIndex where members[i].key == members[j].key { return true }
        }
        return false
    }

    /// Reads the last member named `key`; writing replaces that member in place (keeping its
    /// position), appends a new member if the key is absent, and `nil` removes every member
    /// with that key.
    public subscript(key: String) -> JSONValue? {
        get { members.last(where: { $0.key == key })?.value }
        set {
            if let newValue {
                if let index = members.lastIndex(where: { $0.key == key }) {
                    members[index].value = newValue
                } else {
                    members.append(Member(key: key, value: newValue))
                }
            } else {
                members.removeAll { $0.key == key }
            }
        }
    }

    /// Appends a member at the end, even if the key is already present.
    public mutating func append(key: String, value: JSONValue) {
        members.append(Member(key: key, value: value))
    }

    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }
}
