/// Builds the ``JSONValue`` tree of a document, handing out the strings of a
/// ``JSONStringTable`` shared where the text spells them.
struct JSONTreeBuilder: JSONBuilder {
    /// Strings handed out shared rather than made anew (see ``JSONStringTable``).
    private let strings: JSONStringTable?

    init(strings: JSONStringTable? = nil) { self.strings = strings }

    /// Members reserved for an object at the top level (most often a whole record, of 15 to
    /// 25 members: one allocation instead of three) and for a nested one.
    private static let topLevelObjectCapacity = 32
    private static let nestedObjectCapacity = 8

    struct Object {
        var members: [JSONObject.Member]
        var key: String?
        var fingerprint = JSONKeyFingerprint.unknown
    }

    func null(at offset: Int) -> JSONValue { .null }
    func bool(_ value: Bool, at offset: Int) -> JSONValue { .bool(value) }

    func number(_ token: JSONNumberToken, in bytes: UnsafeBufferPointer<UInt8>) -> JSONValue {
        .number(JSONNumber(value: token.value, isIntegerLiteral: token.isIntegerLiteral,
                           literal: Self.string(fromValidUTF8: UnsafeBufferPointer(rebasing: bytes[token.range]))))
    }

    func string(_ token: borrowing JSONStringToken, in bytes: UnsafeBufferPointer<UInt8>) -> JSONValue {
        .string(string(of: token, in: bytes))
    }

    func beginObject(at offset: Int, depth: Int) -> Object {
        var members: [JSONObject.Member] = []
        members.reserveCapacity(depth == 1 ? Self.topLevelObjectCapacity : Self.nestedObjectCapacity)
        return Object(members: members)
    }

    func key(_ token: borrowing JSONStringToken, in bytes: UnsafeBufferPointer<UInt8>, of object: inout Object) {
        object.key = string(of: token, in: bytes)
        object.fingerprint = token.fingerprint
    }

    func memberValue(_ value: consuming JSONValue, of object: inout Object) {
        object.members.append(JSONObject.Member(key: object.key.take()!, fingerprint: object.fingerprint, value: value))
    }

    func endObject(_ object: consuming Object) -> JSONValue { .object(JSONObject(object.members)) }

    func beginArray(at offset: Int) -> [JSONValue] { [] }
    func element(_ value: consuming JSONValue, of array: inout [JSONValue]) { array.append(value) }
    func endArray(_ array: consuming [JSONValue]) -> JSONValue { .array(array) }

    /// The string a token spells: the table's if it holds it, else made.
    @inline(__always) private func string(of token: borrowing JSONStringToken, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        if let unescaped = token.unescaped { return String(decoding: unescaped, as: UTF8.self) }
        let slice = UnsafeBufferPointer(rebasing: bytes[token.range])
        return sharedString(slice) ?? Self.string(fromValidUTF8: slice)
    }

    /// The shared string of ``strings`` spelled by `bytes`, if any (strings short enough to be
    /// kept inline are never shared, so they are not looked up).
    @inline(__always) private func sharedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count > JSONStringTable.inlineCapacity, let strings else { return nil }
        return strings.string(matching: bytes)
    }

    /// A `String` of bytes already validated as UTF-8. Built in place with
    /// `String(unsafeUninitializedCapacity:initializingUTF8With:)`, which makes a small (inline,
    /// ≤ 15-byte) ASCII string without validating it again — most member names and number
    /// literals; longer text is validated by the standard library as before.
    @inline(__always) static func string(fromValidUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(bytes))
            return bytes.count
        }
    }
}
