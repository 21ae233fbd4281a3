/// Read access to one JSON value where it is kept: a ``JSONValue`` tree, or a place in a
/// ``JSONTape`` (``JSONTape/Value``).
///
/// Code that only reads (a schema check, a decoder) is written once against `JSONView` and
/// runs on either: on a tree it reads the tree's values; on a tape it makes a string or a
/// number only when asked for one, and a member name is compared by its fingerprint in place.
public protocol JSONView {
    /// An object's member as this view reads it.
    associatedtype Member: JSONMemberView where Member.Value == Self
    /// An object's members in document order (duplicates kept).
    associatedtype Members: Collection where Members.Element == Member
    /// An array's elements in order.
    associatedtype Elements: Collection where Elements.Element == Self

    /// The value's JSON type.
    var kind: JSONKind { get }
    /// The boolean, if the value is one.
    var boolValue: Bool? { get }
    /// The number with its literal as written, if the value is one.
    var numberValue: JSONNumber? { get }
    /// The string (escapes decoded), if the value is one.
    var stringValue: String? { get }
    /// Calls `body` with the UTF-8 of the string in place, if the value is a string whose bytes
    /// can be read without making it (`nil` otherwise: read ``stringValue``).
    func withStringUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R?
    /// The members if the value is an object; empty otherwise.
    var members: Members { get }
    /// The elements if the value is an array; empty otherwise.
    var elements: Elements { get }
    /// The value as a tree (what ``JSONValue/parse(_:sharing:)`` gives for its text).
    var jsonValue: JSONValue { get }
}

/// One `"name": value` member of an object, as a ``JSONView`` reads it.
public protocol JSONMemberView {
    associatedtype Value: JSONView
    /// The member's name (escapes decoded).
    var key: String { get }
    /// The member's value.
    var value: Value { get }
    /// Whether the member's name is `key`, as Swift strings compare (most names are told
    /// apart by their fingerprints without making or comparing strings).
    func hasKey(_ key: JSONKey) -> Bool
    /// Whether this member and `other` (of the same object) have the same name.
    func hasSameKey(as other: Self) -> Bool
    /// The position in `index`'s ``JSONKeyIndex/keys`` of this member's name, or `nil`.
    func keyPosition(in index: JSONKeyIndex) -> Int?
}

extension JSONView {
    /// The name of the value's JSON type, for messages (see ``JSONKind/typeName``).
    @inlinable
    public var typeName: String { kind.typeName }

    /// Whether the value is `null`.
    @inlinable
    public var isNull: Bool { kind == .null }

    /// The value of the last member named `key` if this is an object (as ``JSONObject``
    /// looks members up), or `nil`.
    @inlinable
    public func member(_ key: JSONKey) -> Self? {
        var found: Self?
        for member in members where member.hasKey(key) { found = member.value }
        return found
    }

    /// The names that occur more than once among the members, each listed once, in the order
    /// in which they first repeat (as ``JSONObject/duplicateKeys``).
    @inlinable
    public var duplicateKeys: [String] {
        let members = self.members
        if members.count <= 32 {  // the common case: every pair compared, without hashing
            var repeats = false
            var first = members.startIndex
            pairs: while first != members.endIndex {
                var second = members.index(after: first)
                while second != members.endIndex {
                    if members[second].hasSameKey(as: members[first]) {
                        repeats = true
                        break pairs
                    }
                    second = members.index(after: second)
                }
                first = members.index(after: first)
            }
            if !repeats { return [] }
        }
        var seen = Set<String>()
        var reported = Set<String>()
        var duplicates: [String] = []
        for member in members {
            let key = member.key
            if !seen.insert(key).inserted, reported.insert(key).inserted { duplicates.append(key) }
        }
        return duplicates
    }
}
