/// A JSON text read into a tape: one entry per value, in document order, each saying where
/// its text lies; strings and numbers are made from the text only when asked for.
///
/// The scanner is the one behind ``JSONValue/parse(_:sharing:)`` (same grammar, same errors
/// at the same places), so a tape exists only for a valid JSON text. Reading a document
/// into a tape costs one array of entries instead of one heap object per string, array and
/// object; a reader that needs a few members reads them in place.
///
/// Layout: a container's entry is followed by the entries of its contents (for an object, the
/// name of each member as a string entry, then the member's value) and records the position
/// after its last one, so a reader passes over a whole subtree in one step.
public struct JSONTape: Sendable {
    /// A value's JSON type.
    public enum Kind: UInt8, Sendable {
        case null, boolean, number, string, array, object
    }

    /// A position in the tape: one value (or member name).
    public struct Index: Hashable, Sendable {
        fileprivate let entry: Int
    }

    struct Entry: Sendable {
        var kind: Kind
        /// boolean: `true`; number: an integer literal; string: has escapes.
        var flag: Bool
        /// Where the text starts (a string's: after the opening quote).
        var start: Int32
        /// Where the text ends (a string's: at the closing quote); a container's: the entry
        /// after its last one.
        var end: Int32
        /// A container's members or elements.
        var count: Int32
        /// A number's value.
        var number: Double
    }

    /// The JSON text.
    public let bytes: [UInt8]
    private(set) var entries: [Entry]

    /// Reads a JSON text (UTF-8; strict, as ``JSONValue/parse(_:sharing:)``). The text may be
    /// at most 2 GB long.
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONTape {
        let entries = try bytes.withUnsafeBufferPointer { buffer throws(JSONParseError) -> [Entry] in
            var scanner = JSONScanner(buffer, builder: Builder(expectedCount: bytes.count / 12))
            try scanner.scanDocument()
            return scanner.builder.entries
        }
        return JSONTape(bytes: bytes, entries: entries)
    }

    /// The top-level value.
    public var root: Index { Index(entry: 0) }

    public func kind(at index: Index) -> Kind { entries[index.entry].kind }

    /// The boolean at `index`, if it is one.
    public func bool(at index: Index) -> Bool? {
        let entry = entries[index.entry]
        return entry.kind == .boolean ? entry.flag : nil
    }

    /// The number at `index`, if it is one, with its literal as written.
    public func number(at index: Index) -> JSONNumber? {
        let entry = entries[index.entry]
        guard entry.kind == .number else { return nil }
        return JSONNumber(value: entry.number, isIntegerLiteral: entry.flag, literal: text(of: entry))
    }

    /// The number's value at `index`, if it is one (without making its literal).
    public func double(at index: Index) -> Double? {
        let entry = entries[index.entry]
        return entry.kind == .number ? entry.number : nil
    }

    /// The string at `index`, if it is one (escapes decoded).
    public func string(at index: Index) -> String? {
        let entry = entries[index.entry]
        guard entry.kind == .string else { return nil }
        guard entry.flag else { return text(of: entry) }
        // Escapes: the quoted text, read again by the parser (it was checked once already).
        let quoted = Array(bytes[Int(entry.start) - 1...Int(entry.end)])
        guard case .string(let string)? = try? JSONValue.parse(quoted) else { preconditionFailure("a checked string no longer parses") }
        return string
    }

    /// Calls `body` with the UTF-8 of the string at `index` as written, when it is a string
    /// without escapes (`nil` otherwise: use ``string(at:)``).
    public func withUnescapedUTF8<R>(at index: Index, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        let entry = entries[index.entry]
        guard entry.kind == .string, !entry.flag else { return nil }
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[Int(entry.start)..<Int(entry.end)])) }
    }

    /// The number of members (object) or elements (array) at `index`; 0 for other values.
    public func count(at index: Index) -> Int { Int(entries[index.entry].count) }

    /// The members of the object at `index`, in document order: each name's position (a
    /// string) and its value's. Empty if `index` is not an object.
    public func members(of index: Index) -> [(name: Index, value: Index)] {
        guard entries[index.entry].kind == .object else { return [] }
        var members: [(name: Index, value: Index)] = []
        members.reserveCapacity(count(at: index))
        var position = index.entry + 1
        for _ in 0..<entries[index.entry].count {
            members.append((Index(entry: position), Index(entry: position + 1)))
            position = next(after: position + 1)
        }
        return members
    }

    /// The elements of the array at `index`, in order. Empty if `index` is not an array.
    public func elements(of index: Index) -> [Index] {
        guard entries[index.entry].kind == .array else { return [] }
        var elements: [Index] = []
        elements.reserveCapacity(count(at: index))
        var position = index.entry + 1
        for _ in 0..<entries[index.entry].count {
            elements.append(Index(entry: position))
            position = next(after: position)
        }
        return elements
    }

    /// The value of the last member named `key` of the object at `index` (as ``JSONObject``
    /// looks members up), or `nil`.
    public func member(_ key: JSONKey, of index: Index) -> Index? {
        guard entries[index.entry].kind == .object else { return nil }
        var found: Index?
        var position = index.entry + 1
        for _ in 0..<entries[index.entry].count {
            if hasName(key, at: position) { found = Index(entry: position + 1) }
            position = next(after: position + 1)
        }
        return found
    }

    /// The value at `index` as a ``JSONValue`` tree: what ``JSONValue/parse(_:sharing:)`` gives
    /// for its text.
    public func value(at index: Index) -> JSONValue {
        let entry = entries[index.entry]
        switch entry.kind {
        case .null: return .null
        case .boolean: return .bool(entry.flag)
        case .number: return .number(number(at: index)!)
        case .string: return .string(string(at: index)!)
        case .array: return .array(elements(of: index).map(value(at:)))
        case .object:
            return .object(JSONObject(members(of: index).map { JSONObject.Member(key: string(at: $0.name)!, value: value(at: $0.value)) }))
        }
    }

    // MARK: Reading entries

    /// The position after the value at `position` and all it contains.
    private func next(after position: Int) -> Int {
        let entry = entries[position]
        return entry.kind == .array || entry.kind == .object ? Int(entry.end) : position + 1
    }

    private func text(of entry: Entry) -> String {
        bytes.withUnsafeBufferPointer { JSONTreeBuilder.string(fromValidUTF8: UnsafeBufferPointer(rebasing: $0[Int(entry.start)..<Int(entry.end)])) }
    }

    /// Whether the member name at `position` is `key` (as Swift strings compare).
    private func hasName(_ key: JSONKey, at position: Int) -> Bool {
        let entry = entries[position]
        if entry.flag { return string(at: Index(entry: position)) == key.name }
        let matches = bytes.withUnsafeBufferPointer { buffer -> Bool? in
            let name = UnsafeBufferPointer(rebasing: buffer[Int(entry.start)..<Int(entry.end)])
            let fingerprint = JSONKeyFingerprint(utf8: name)
            guard fingerprint != .unknown, key.fingerprint != .unknown else { return nil }  // non-ASCII: compare strings
            guard fingerprint == key.fingerprint else { return false }
            return fingerprint.identifiesName || name.elementsEqual(key.name.utf8)
        }
        return matches ?? (text(of: entry) == key.name)
    }

    // MARK: Building

    /// Writes the scanner's values to the tape.
    struct Builder: JSONBuilder {
        var entries: [Entry] = []

        init(expectedCount: Int) { entries.reserveCapacity(max(expectedCount, 4)) }

        private mutating func append(_ kind: Kind, flag: Bool = false, _ range: Range<Int>, number: Double = 0) {
            entries.append(Entry(kind: kind, flag: flag, start: Int32(truncatingIfNeeded: range.lowerBound),
                                 end: Int32(truncatingIfNeeded: range.upperBound), count: 0, number: number))
        }

        mutating func null(at offset: Int) { append(.null, offset..<offset + 4) }
        mutating func bool(_ value: Bool, at offset: Int) { append(.boolean, flag: value, offset..<offset + (value ? 4 : 5)) }
        mutating func number(_ token: JSONNumberToken, in bytes: UnsafeBufferPointer<UInt8>) {
            append(.number, flag: token.isIntegerLiteral, token.range, number: token.value)
        }
        mutating func string(_ token: borrowing JSONStringToken, in bytes: UnsafeBufferPointer<UInt8>) {
            append(.string, flag: token.unescaped != nil, token.range)
        }

        mutating func beginObject(at offset: Int, depth: Int) -> Int {
            append(.object, offset..<offset)
            return entries.count - 1
        }
        mutating func key(_ token: borrowing JSONStringToken, in bytes: UnsafeBufferPointer<UInt8>, of object: inout Int) {
            entries[object].count += 1
            append(.string, flag: token.unescaped != nil, token.range)
        }
        mutating func memberValue(_ value: consuming Void, of object: inout Int) {}
        mutating func endObject(_ object: consuming Int) { entries[object].end = Int32(truncatingIfNeeded: entries.count) }

        mutating func beginArray(at offset: Int) -> Int {
            append(.array, offset..<offset)
            return entries.count - 1
        }
        mutating func element(_ value: consuming Void, of array: inout Int) { entries[array].count += 1 }
        mutating func endArray(_ array: consuming Int) { entries[array].end = Int32(truncatingIfNeeded: entries.count) }
    }
}
