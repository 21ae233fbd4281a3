/// A member name prepared for fast look-up in a ``JSONObject``.
///
/// Look-up compares names as Swift strings do (canonically equivalent spellings are one
/// name). Most member names are ASCII, and two ASCII names are equal exactly when their
/// bytes are, so every name carries a fingerprint of its UTF-8 bytes (see
/// ``JSONKeyFingerprint``): a scan skips a member whose ASCII name has another fingerprint
/// with two integer comparisons, and compares strings only for a likely match or a non-ASCII
/// name. Make a key once (e.g. a `static let`) for a name looked up in many objects; the
/// `String` subscripts of ``JSONObject`` compute the fingerprint on every call.
public struct JSONKey: Hashable, Sendable, CustomStringConvertible {
    /// The member name.
    public let name: String
    /// The fingerprint of ``name``.
    @usableFromInline let fingerprint: JSONKeyFingerprint

    public init(_ name: String) {
        self.name = name
        self.fingerprint = JSONKeyFingerprint(name)
    }

    public var description: String { name }

    /// Keys are equal when their names are (as Swift strings).
    public static func == (a: JSONKey, b: JSONKey) -> Bool { a.name == b.name }

    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// The UTF-8 length and up to seven bytes of an ASCII member name, packed in one word, so
/// that most unequal names are told apart without comparing strings.
///
/// Layout of ``bits`` for an ASCII name of `n` bytes: `min(n, 255)` in the top byte; below
/// it the bytes themselves if `n ≤ 7`, otherwise the first four and the last three. Equal
/// names have equal fingerprints; only names of at most seven bytes are fully held by one.
/// A name with a byte ≥ 0x80, and the empty name, get ``unknown`` (0): Swift compares such
/// names by canonical equivalence, which bytes cannot decide (`"é"` may be spelt in two ways,
/// and U+212A KELVIN SIGN equals `"K"`).
@usableFromInline
struct JSONKeyFingerprint: Hashable, Sendable {
    @usableFromInline let bits: UInt64

    /// The fingerprint that says nothing: the names must be compared as strings.
    static let unknown = JSONKeyFingerprint(bits: 0)

    @inlinable init(bits: UInt64) { self.bits = bits }

    /// The fingerprint of a name's UTF-8 bytes.
    @inline(__always) init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        self = Self.isASCII(bytes) ? JSONKeyFingerprint(asciiBytes: bytes) : .unknown
    }

    /// The fingerprint of a name whose bytes are all known to be ASCII (``unknown`` if empty).
    @inline(__always) init(asciiBytes bytes: UnsafeBufferPointer<UInt8>) {
        let raw = UnsafeRawBufferPointer(bytes)
        let count = raw.count
        var packed: UInt64 = 0
        if count >= 8 {
            // Bytes 0–3 in the low half, then bytes count−3 … count−1 (the top three of the
            // last four), read as two little-endian words.
            let head = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self)))
            let tail = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))) >> 8
            packed = head | tail << 32
        } else {
            for offset in 0..<count { packed |= UInt64(raw[offset]) << (8 * offset) }
        }
        bits = UInt64(min(count, 255)) << 56 | packed
    }

    /// The fingerprint of the ASCII name `buffer[range]`, as ``init(asciiBytes:)`` gives it;
    /// a name of fewer than eight bytes with eight bytes of `buffer` from its start is read
    /// with one load, masked to its length, instead of byte by byte.
    @inline(__always) init(asciiBytes range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) {
        let count = range.count
        if count < 8, range.lowerBound + 8 <= buffer.count {
            let word = UInt64(littleEndian: UnsafeRawBufferPointer(buffer).loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self))
            let packed = count == 0 ? 0 : word & (UInt64.max >> (64 - 8 * count))
            self.init(bits: UInt64(count) << 56 | packed)
        } else {
            self.init(asciiBytes: UnsafeBufferPointer(rebasing: buffer[range]))
        }
    }

    /// Whether every byte is below 0x80 (eight at a time).
    @inline(__always) private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var union: UInt64 = 0
        var offset = 0
        while offset + 8 <= raw.count {
            union |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < raw.count {
            union |= UInt64(raw[offset])
            offset += 1
        }
        return union & 0x8080_8080_8080_8080 == 0
    }

    /// The fingerprint of `name`.
    init(_ name: String) {
        if let fingerprint = name.utf8.withContiguousStorageIfAvailable({ JSONKeyFingerprint(utf8: $0) }) {
            self = fingerprint
        } else {
            self = Array(name.utf8).withUnsafeBufferPointer { JSONKeyFingerprint(utf8: $0) }
        }
    }

    /// Whether names with fingerprints `self` and `other` can be equal: `false` proves them
    /// unequal, `true` calls for a string comparison unless ``identifiesName``.
    @inlinable func mayMatch(_ other: JSONKeyFingerprint) -> Bool {
        bits == other.bits || bits == 0 || other.bits == 0
    }

    /// Whether the fingerprint holds its whole name (ASCII, at most seven bytes), so that an
    /// equal fingerprint proves an equal name.
    @inlinable var identifiesName: Bool { bits != 0 && bits >> 56 <= 7 }
}
