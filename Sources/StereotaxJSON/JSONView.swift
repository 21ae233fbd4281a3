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
    /// The number's value, if the value is one (without making its literal).
    var doubleValue: Double? { get }
    /// The string (escapes decoded), if the value is one.
    var stringValue: String? { get }
    /// Calls `body` with the UTF-8 of the string in place, if the value is a string whose bytes
    /// can be read without making it (`nil` otherwise: read ``stringValue``).
    func withStringUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R?
    /// The members if the value is an object; empty otherwise.
    var members: Members { get }
    /// The elements if the value is an array; empty otherwise.
    var elements: Elements { get }
    /// The names that occur more than once among the members, each listed once, in the order
    /// in which they first repeat (as ``JSONObject/duplicateKeys``); empty for a non-object.
    var duplicateKeys: [String] { get }
    /// Calls `body` with each member (in document order) whose name is one of `index`'s, and
    /// that name's position in ``JSONKeyIndex/keys``. Nothing for a non-object.
    func forEachMember(named index: JSONKeyIndex, _ body: (_ member: Members.Index, _ keyPosition: Int) -> Void)
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
}

extension JSONView {
    /// The name of the value's JSON type, for messages (see ``JSONKind/typeName``).
    @inlinable
    public var typeName: String { kind.typeName }

    /// The value of the last member named `key` if this is an object (as ``JSONObject``
    /// looks members up), or `nil`.
    @inlinable
    public func member(_ key: JSONKey) -> Self? {
        var found: Self?
        for member in members where member.hasKey(key) { found = member.value }
        return found
    }
}
