/// What a ``JSONScanner`` hands its builder: each value as it is read, in document order.
///
/// The scanner has checked the value's syntax (and, for a string, its UTF-8 and escapes; for
/// a number, that it fits a `Double`) before the builder sees it. Containers are opened,
/// filled and closed: an object's member name comes before its value, so a builder that keeps
/// the document in order (a tape) can write each where it stands.
protocol JSONBuilder {
    /// What the builder makes of one value (e.g. a ``JSONValue``, or nothing for a tape).
    associatedtype Value
    /// An object being filled.
    associatedtype Object
    /// An array being filled.
    associatedtype Array

    mutating func null(at offset: Int) -> Value
    mutating func bool(_ value: Bool, at offset: Int) -> Value
    mutating func number(_ token: JSONNumberToken, in bytes: UnsafeBufferPointer<UInt8>) -> Value
    mutating func string(_ token: borrowing JSONStringToken, in bytes: UnsafeBufferPointer<UInt8>) -> Value

    /// Opens an object whose `{` is at `offset`, at nesting `depth` (1 for the top level).
    mutating func beginObject(at offset: Int, depth: Int) -> Object
    /// The name of the next member.
    mutating func key(_ token: borrowing JSONStringToken, in bytes: UnsafeBufferPointer<UInt8>, of object: inout Object)
    /// The value of the member named last.
    mutating func memberValue(_ value: consuming Value, of object: inout Object)
    mutating func endObject(_ object: consuming Object) -> Value

    mutating func beginArray(at offset: Int) -> Array
    mutating func element(_ value: consuming Value, of array: inout Array)
    mutating func endArray(_ array: consuming Array) -> Value
}

/// A string as the scanner read it: where its text lies (between the quotes), its bytes
/// decoded when it has escapes, and, for a member name, its fingerprint.
struct JSONStringToken {
    /// The bytes between the quotes.
    let range: Range<Int>
    /// The decoded UTF-8 when the text has escapes; `nil` when the text is the string.
    let unescaped: [UInt8]?
    /// The fingerprint of the decoded name (member names only; ``JSONKeyFingerprint/unknown`` otherwise).
    let fingerprint: JSONKeyFingerprint
}

/// A number as the scanner read it: where its literal lies, its value and whether the literal
/// is an integer.
struct JSONNumberToken {
    let range: Range<Int>
    let value: Double
    let isIntegerLiteral: Bool
}
