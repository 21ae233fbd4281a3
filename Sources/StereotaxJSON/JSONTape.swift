import Foundation

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
public struct JSONTape: @unchecked Sendable {  // its storage is written only while it is built
    /// A value's JSON type.
    public typealias Kind = JSONKind

    /// A position in the tape: one value (or member name).
    public struct Index: Hashable, Sendable {
        @usableFromInline let entry: Int

        @inlinable init(entry: Int) { self.entry = entry }
    }

    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline var kind: Kind
        /// boolean: `true`; number: an integer literal; string: has escapes.
        @usableFromInline var flag: Bool
        /// Where the text starts (a string's: after the opening quote).
        @usableFromInline var start: Int32
        /// Where the text ends (a string's: at the closing quote); a container's: the entry
        /// after its last one.
        @usableFromInline var end: Int32
        /// A container's members or elements.
        @usableFromInline var count: Int32
        /// A number's value (its bits); a member name's fingerprint (see ``JSONKeyFingerprint``).
        @usableFromInline var payload: UInt64

        var number: Double { Double(bitPattern: payload) }
        @inlinable var fingerprint: JSONKeyFingerprint { JSONKeyFingerprint(bits: payload) }
    }

    /// The text and its entries in one heap object (the entries stored after the header, as
    /// ``ManagedBuffer`` lays them out): one allocation per tape, and a value read from the
    /// tape (see ``Value``) holds one reference. Written only while the tape is built.
    @usableFromInline
    final class Storage: ManagedBuffer<StorageHeader, Entry> {
        /// A storage for `bytes` with room for `capacity` entries, none written yet.
        static func make(bytes: [UInt8], capacity: Int) -> Storage {
            unsafeDowncast(create(minimumCapacity: capacity) { _ in StorageHeader(bytes: bytes, count: 0) }, to: Storage.self)
        }
    }

    @usableFromInline
    struct StorageHeader {
        /// The JSON text.
        @usableFromInline let bytes: [UInt8]
        /// The entries written.
        @usableFromInline var count: Int
    }

    @usableFromInline let storage: Storage

    /// The entry at `position` (a position the tape itself handed out).
    @inlinable func entry(_ position: Int) -> Entry {
        storage.withUnsafeMutablePointerToElements { $0[position] }
    }

    /// The JSON text.
    public var bytes: [UInt8] { storage.withUnsafeMutablePointerToHeader { $0.pointee.bytes } }

    /// Calls `body` with the JSON text in place. (Through the header's pointer: reading
    /// ``ManagedBuffer/header`` as a property would cost an exclusivity check at run time.)
    @inlinable func withText<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try storage.withUnsafeMutablePointerToHeader { try $0.pointee.bytes.withUnsafeBufferPointer(body) }
    }

    /// Reads a JSON text (UTF-8; strict, as ``JSONValue/parse(_:sharing:)``). The text may be
    /// at most 2 GB long.
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONTape {
        let storage = try bytes.withUnsafeBufferPointer { buffer throws(JSONParseError) -> Storage in
            var scanner = JSONScanner(buffer, builder: Builder(bytes: bytes, expectedCount: bytes.count / Self.bytesPerEntryReserved))
            try scanner.scanDocument()
            return scanner.builder.finished()
        }
        return JSONTape(storage: storage)
    }

    /// Entries reserved per this many bytes of text, so that the tape is made in one
    /// allocation: BrainSTEM records have one value per 10 to 35 bytes (a record of
    /// `{value, unit}` objects is the densest), a growing array would copy its entries.
    static let bytesPerEntryReserved = 8

    /// The top-level value.
    @inlinable public var root: Index { Index(entry: 0) }

    @inlinable public func kind(at index: Index) -> Kind { entry(index.entry).kind }

    /// The boolean at `index`, if it is one.
    @inlinable public func bool(at index: Index) -> Bool? {
        let entry = entry(index.entry)
        return entry.kind == .boolean ? entry.flag : nil
    }

    /// The number at `index`, if it is one, with its literal as written.
    public func number(at index: Index) -> JSONNumber? {
        let entry = entry(index.entry)
        guard entry.kind == .number else { return nil }
        return JSONNumber(value: entry.number, isIntegerLiteral: entry.flag, literal: text(of: entry))
    }

    /// The number's value at `index`, if it is one (without making its literal).
    @inlinable public func double(at index: Index) -> Double? {
        let entry = entry(index.entry)
        return entry.kind == .number ? Double(bitPattern: entry.payload) : nil
    }

    /// The string at `index`, if it is one (escapes decoded).
    public func string(at index: Index) -> String? {
        let entry = entry(index.entry)
        guard entry.kind == .string else { return nil }
        guard entry.flag else { return text(of: entry) }
        // Escapes: the quoted text, read again by the parser (it was checked once already).
        let quoted = withText { Array($0[Int(entry.start) - 1...Int(entry.end)]) }
        guard case .string(let string)? = try? JSONValue.parse(quoted) else { preconditionFailure("a checked string no longer parses") }
        return string
    }

    /// Calls `body` with the UTF-8 of the string at `index` as written, when it is a string
    /// without escapes (`nil` otherwise: use ``string(at:)``).
    @inlinable
    public func withUnescapedUTF8<R>(at index: Index, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        let entry = entry(index.entry)
        guard entry.kind == .string, !entry.flag else { return nil }
        return try withText { try body(UnsafeBufferPointer(rebasing: $0[Int(entry.start)..<Int(entry.end)])) }
    }

    /// The number of members (object) or elements (array) at `index`; 0 for other values.
    @inlinable public func count(at index: Index) -> Int { Int(entry(index.entry).count) }

    /// The value at `index` as a ``JSONValue`` tree: what ``JSONValue/parse(_:sharing:)`` gives
    /// for its text.
    public func value(at index: Index) -> JSONValue {
        let entry = entry(index.entry)
        switch entry.kind {
        case .null: return .null
        case .boolean: return .bool(entry.flag)
        case .number: return .number(number(at: index)!)
        case .string: return .string(string(at: index)!)
        case .array: return .array(Value(self, at: index).elements.map(\.jsonValue))
        case .object:
            return .object(JSONObject(Value(self, at: index).members.map { JSONObject.Member(key: $0.key, value: $0.value.jsonValue) }))
        }
    }

    // MARK: Reading entries

    /// The position after the value at `position` and all it contains.
    @inlinable func next(after position: Int) -> Int {
        let entry = entry(position)
        return entry.kind == .array || entry.kind == .object ? Int(entry.end) : position + 1
    }

    private func text(of entry: Entry) -> String {
        withText {
            JSONTreeBuilder.string(fromValidUTF8: UnsafeBufferPointer(rebasing: $0[Int(entry.start)..<Int(entry.end)]))
        }
    }

    /// Whether the member name at `position` is `key` (as Swift strings compare): decided by
    /// the fingerprints where they can (in line), else by ``hasName(comparing:at:)``.
    @inlinable func hasName(_ key: JSONKey, at position: Int) -> Bool {
        let own = entry(position).fingerprint
        guard own.mayMatch(key.fingerprint) else { return false }
        if own == key.fingerprint, own.identifiesName { return true }
        return hasName(comparing: key, at: position)
    }

    /// Whether the member name at `position` is `key`, by the bytes (both ASCII) or the strings.
    @usableFromInline func hasName(comparing key: JSONKey, at position: Int) -> Bool {
        let entry = entry(position)
        // Both ASCII: the bytes decide (the key's read in place; it is a native string unless bridged).
        if entry.fingerprint != .unknown, key.fingerprint != .unknown, !entry.flag,
           let equal = key.name.utf8.withContiguousStorageIfAvailable({ wanted in
               withText { text in
                   Int(entry.end - entry.start) == wanted.count
                       && memcmp(text.baseAddress! + Int(entry.start), wanted.baseAddress!, wanted.count) == 0
               }
           }) {
            return equal
        }
        return string(at: Index(entry: position)) == key.name
    }

    /// Whether the member names at `position` and `other` are equal.
    @usableFromInline func haveSameName(_ position: Int, _ other: Int) -> Bool {
        let (a, b) = (entry(position), entry(other))
        guard a.fingerprint.mayMatch(b.fingerprint) else { return false }
        if a.fingerprint == b.fingerprint, a.fingerprint.identifiesName { return true }
        if a.fingerprint != .unknown, b.fingerprint != .unknown, !a.flag, !b.flag {
            return a.end - a.start == b.end - b.start && withText {
                memcmp($0.baseAddress! + Int(a.start), $0.baseAddress! + Int(b.start), Int(a.end - a.start)) == 0
            }
        }
        return string(at: Index(entry: position)) == string(at: Index(entry: other))
    }

    /// The names repeated among the members of the object at `object` (see
    /// ``JSONView/duplicateKeys``): every pair compared in place for a small object (the
    /// common case: none), names made and hashed only for a large one or a repeat.
    func duplicateNames(of object: Int) -> [String] {
        let entry = entry(object)
        guard entry.kind == .object else { return [] }
        let end = Int(entry.end)
        if entry.count <= 32 {
            var repeats = false
            var first = object + 1
            pairs: while first < end {
                var second = next(after: first + 1)
                while second < end {
                    if haveSameName(first, second) {
                        repeats = true
                        break pairs
                    }
                    second = next(after: second + 1)
                }
                first = next(after: first + 1)
            }
            if !repeats { return [] }
        }
        var seen = Set<String>()
        var reported = Set<String>()
        var duplicates: [String] = []
        var name = object + 1
        while name < end {
            let key = string(at: Index(entry: name))!
            if !seen.insert(key).inserted, reported.insert(key).inserted { duplicates.append(key) }
            name = next(after: name + 1)
        }
        return duplicates
    }

    /// The position in `index` of the member name at `position`.
    @usableFromInline func position(ofNameAt position: Int, in index: JSONKeyIndex) -> Int? {
        index.position(ofNameWith: entry(position).fingerprint) { hasName($0, at: position) }
    }

    // MARK: Building

    /// Writes the scanner's values to the tape.
    struct Builder: JSONBuilder {
        private var storage: Storage
        private var capacity: Int
        private var count = 0

        init(bytes: [UInt8], expectedCount: Int) {
            capacity = max(expectedCount, 4)
            storage = Storage.make(bytes: bytes, capacity: capacity)
        }

        /// The storage with its entries counted.
        func finished() -> Storage {
            storage.withUnsafeMutablePointerToHeader { $0.pointee.count = count }
            return storage
        }

        private mutating func append(_ kind: Kind, flag: Bool = false, _ range: Range<Int>, payload: UInt64 = 0) {
            if count == capacity { grow() }
            let entry = Entry(kind: kind, flag: flag, start: Int32(truncatingIfNeeded: range.lowerBound),
                              end: Int32(truncatingIfNeeded: range.upperBound), count: 0, payload: payload)
            storage.withUnsafeMutablePointerToElements { ($0 + count).initialize(to: entry) }
            count += 1
        }

        /// Moves the entries to a storage of twice the room (a text denser than expected).
        private mutating func grow() {
            capacity *= 2
            let larger = Storage.make(bytes: storage.withUnsafeMutablePointerToHeader { $0.pointee.bytes }, capacity: capacity)
            larger.withUnsafeMutablePointerToElements { target in
                storage.withUnsafeMutablePointerToElements { target.moveInitialize(from: $0, count: count) }
            }
            storage = larger
        }

        /// Changes the entry of the container at `position`.
        private func update(_ position: Int, _ change: (inout Entry) -> Void) {
            storage.withUnsafeMutablePointerToElements { change(&$0[position]) }
        }

        mutating func null(at offset: Int) { append(.null, offset..<offset + 4) }
        mutating func bool(_ value: Bool, at offset: Int) { append(.boolean, flag: value, offset..<offset + (value ? 4 : 5)) }
        mutating func number(_ token: JSONNumberToken, in bytes: UnsafeBufferPointer<UInt8>) {
            append(.number, flag: token.isIntegerLiteral, token.range, payload: token.value.bitPattern)
        }
        mutating func string(_ token: borrowing JSONStringToken, in bytes: UnsafeBufferPointer<UInt8>) {
            append(.string, flag: token.unescaped != nil, token.range)
        }

        mutating func beginObject(at offset: Int, depth: Int) -> Int {
            append(.object, offset..<offset)
            return count - 1
        }
        mutating func key(_ token: borrowing JSONStringToken, in bytes: UnsafeBufferPointer<UInt8>, of object: inout Int) {
            update(object) { $0.count += 1 }
            append(.string, flag: token.unescaped != nil, token.range, payload: token.fingerprint.bits)
        }
        mutating func memberValue(_ value: consuming Void, of object: inout Int) {}
        mutating func endObject(_ object: consuming Int) {
            let end = Int32(truncatingIfNeeded: count)
            update(object) { $0.end = end }
        }

        mutating func beginArray(at offset: Int) -> Int {
            append(.array, offset..<offset)
            return count - 1
        }
        mutating func element(_ value: consuming Void, of array: inout Int) { update(array) { $0.count += 1 } }
        mutating func endArray(_ array: consuming Int) {
            let end = Int32(truncatingIfNeeded: count)
            update(array) { $0.end = end }
        }
    }
}
