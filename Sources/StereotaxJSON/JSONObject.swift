/// A JSON object whose members keep their document order.
///
/// Duplicate keys are kept as they were read (RFC 8259 only says names SHOULD be unique), so a
/// validator can report them; lookup by key returns the last member with that key, as most
/// JSON readers do. Keys compare as Swift strings (canonical equivalence).
///
/// Lookup is a linear scan, the fastest choice for the small objects of BrainSTEM records,
/// made cheap by the fingerprint every member keeps of its key (see ``JSONKey``): a member
/// whose ASCII key cannot match is passed over with one integer comparison.
public struct JSONObject: Hashable, Sendable, Sequence {
    /// One `"key": value` member.
    public struct Member: Hashable, Sendable {
        public var key: String {
            didSet { keyFingerprint = JSONKeyFingerprint(key) }
        }
        public var value: JSONValue
        /// The fingerprint of ``key``, kept up to date with it.
        @usableFromInline private(set) var keyFingerprint: JSONKeyFingerprint

        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
            self.keyFingerprint = JSONKeyFingerprint(key)
        }

        /// A member whose key's fingerprint is already known (from the parser or a ``JSONKey``).
        init(key: String, fingerprint: JSONKeyFingerprint, value: JSONValue) {
            self.key = key
            self.value = value
            self.keyFingerprint = fingerprint
        }

        /// Whether this member's key is `key` (as Swift strings compare). For an ASCII name the
        /// fingerprints decide most comparisons: unequal ones prove the names differ, equal ones
        /// of names of at most seven bytes prove them equal; only the rest compare strings.
        @inlinable public func hasKey(_ key: JSONKey) -> Bool {
            hasKey(key.name, fingerprint: key.fingerprint)
        }

        @inlinable func hasKey(_ name: String, fingerprint: JSONKeyFingerprint) -> Bool {
            guard keyFingerprint.mayMatch(fingerprint) else { return false }
            if keyFingerprint == fingerprint, fingerprint.identifiesName { return true }
            return key == name
        }

        /// Members are equal when their keys (as Swift strings) and values are.
        public static func == (a: Member, b: Member) -> Bool { a.key == b.key && a.value == b.value }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(key)
            hasher.combine(value)
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

    /// Whether two members share a key, by comparing every pair (for small objects; members
    /// read in place, most pairs told apart by their fingerprints).
    private var hasRepeatedKeyByPairs: Bool {
        members.withUnsafeBufferPointer { buffer in
            for i in buffer.indices {
                for j in (i + 1)..<buffer.endIndex where buffer[j].hasKey(buffer[i].key, fingerprint: buffer[i].keyFingerprint) {
                    return true
                }
            }
            return false
        }
    }

    /// The position of the last member named `key`. The scan reads members in place (through
    /// the array's buffer) and, for an ASCII name, passes over a member whose fingerprint
    /// differs with two integer comparisons; strings are compared only for an equal
    /// fingerprint that does not hold the whole name, or a member with a non-ASCII key.
    private func lastIndex(of key: JSONKey) -> Int? {
        members.withUnsafeBufferPointer { buffer in
            let wanted = key.fingerprint
            var index = buffer.endIndex
            guard wanted != .unknown else {  // a non-ASCII or empty name: compare strings
                while index > buffer.startIndex {
                    index -= 1
                    if buffer[index].key == key.name { return index }
                }
                return nil
            }
            while index > buffer.startIndex {
                index -= 1
                let found = buffer[index].keyFingerprint
                if found == wanted {
                    if wanted.identifiesName || buffer[index].key == key.name { return index }
                } else if found == .unknown, buffer[index].key == key.name {
                    return index
                }
            }
            return nil
        }
    }

    /// Reads the last member named `key`; writing replaces that member in place (keeping its
    /// position), appends a new member if the key is absent, and `nil` removes every member
    /// with that key.
    public subscript(key: String) -> JSONValue? {
        get { self[JSONKey(key)] }
        set { self[JSONKey(key)] = newValue }
    }

    /// The member named `key`, like the `String` subscript, without fingerprinting the name again.
    public subscript(key: JSONKey) -> JSONValue? {
        get { lastIndex(of: key).map { members[$0].value } }
        set {
            if let newValue {
                if let index = lastIndex(of: key) {
                    members[index].value = newValue
                } else {
                    members.append(Member(key: key.name, fingerprint: key.fingerprint, value: newValue))
                }
            } else {
                members.removeAll { $0.hasKey(key) }
            }
        }
    }

    /// Whether a member is named `key`.
    public func contains(key: String) -> Bool { contains(key: JSONKey(key)) }

    /// Whether a member is named `key`.
    public func contains(key: JSONKey) -> Bool { lastIndex(of: key) != nil }

    /// Appends a member at the end, even if the key is already present.
    public mutating func append(key: String, value: JSONValue) {
        members.append(Member(key: key, value: value))
    }

    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }
}
