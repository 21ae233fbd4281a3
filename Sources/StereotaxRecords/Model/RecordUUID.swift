/// A UUID as BrainSTEM writes ids: 32 hexadecimal digits in groups 8-4-4-4-12, either case.
/// Held as 128 bits, so a million of them fit in a few megabytes.
public struct RecordUUID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Parses `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (hexadecimal, any case); `nil` otherwise.
    ///
    /// Reads the 36 UTF-8 bytes in place (no copy for native and small strings): four dashes
    /// at fixed positions, hexadecimal digits everywhere else, eight digits at a time.
    public init?(_ text: String) {
        let parsed = text.utf8.withContiguousStorageIfAvailable { Self.parse($0) } ?? Array(text.utf8).withUnsafeBufferPointer { Self.parse($0) }
        guard let parsed else { return nil }
        self = parsed
    }

    /// Parses the UTF-8 of `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (as ``init(_:)``); `nil` otherwise.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let parsed = Self.parse(bytes) else { return nil }
        self = parsed
    }

    /// The UUID spelled by exactly `bytes`, or `nil`.
    ///
    /// The 32 digits are read as four words of eight: `0..<8`; `9..<13` with `14..<18`;
    /// `19..<23` with `24..<28`; `28..<36`. Each word gives 32 bits of the UUID, in order.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> RecordUUID? {
        guard bytes.count == 36, bytes[8] == UInt8(ascii: "-"), bytes[13] == UInt8(ascii: "-"),
              bytes[18] == UInt8(ascii: "-"), bytes[23] == UInt8(ascii: "-")
        else { return nil }
        let raw = UnsafeRawBufferPointer(bytes)
        func word(_ offset: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        func halves(_ first: Int, _ second: Int) -> UInt64 {
            UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: first, as: UInt32.self)))
                | UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: second, as: UInt32.self))) << 32
        }
        guard let a = hexadecimal(word(0)), let bc = hexadecimal(halves(9, 14)),
              let de = hexadecimal(halves(19, 24)), let e = hexadecimal(word(28))
        else { return nil }
        return RecordUUID(high: a << 32 | bc, low: de << 32 | e)
    }

    /// The value of eight hexadecimal digits (any case), the first in the lowest byte of
    /// `word`, or `nil` if a byte is no digit. All eight bytes are tested at once (SWAR, as in
    /// H. S. Warren, *Hacker's Delight*, 6-1): for an ASCII byte `b`, adding `0x80 − k` sets its
    /// high bit exactly when `b ≥ k`, without a carry into the next byte.
    private static func hexadecimal(_ word: UInt64) -> UInt64? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        guard word & high == 0 else { return nil }  // not ASCII
        func atLeast(_ x: UInt64, _ k: UInt64) -> UInt64 { (x &+ ones &* (0x80 - k)) & high }
        let isDigit = atLeast(word, 0x30) & ~atLeast(word, 0x3A)
        let lowered = word | 0x2020_2020_2020_2020  // A–F → a–f; no other byte becomes a–f
        let isLetter = atLeast(lowered, 0x61) & ~atLeast(lowered, 0x67)
        guard isDigit | isLetter == high else { return nil }
        // Each byte's value: its low four bits, plus 9 for a letter (bit 6 set).
        var nibbles = (word & 0x0F0F_0F0F_0F0F_0F0F) &+ (word >> 6 & ones) &* 9
        // Pack the eight values, first most significant: pairs into bytes, bytes into halves, halves into the word.
        nibbles = (nibbles << 4 | nibbles >> 8) & 0x00FF_00FF_00FF_00FF
        nibbles = (nibbles << 8 | nibbles >> 16) & 0x0000_FFFF_0000_FFFF
        return (nibbles << 16 | nibbles >> 32) & 0xFFFF_FFFF
    }

    /// Lower-case `8-4-4-4-12` form.
    public var description: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var position = 0
            for nibbleIndex in 0..<32 {
                if nibbleIndex == 8 || nibbleIndex == 12 || nibbleIndex == 16 || nibbleIndex == 20 {
                    buffer[position] = UInt8(ascii: "-")
                    position += 1
                }
                let word = nibbleIndex < 16 ? high : low
                let shift = UInt64(60 - 4 * (nibbleIndex % 16))
                buffer[position] = digits[Int((word >> shift) & 0xF)]
                position += 1
            }
            return position
        }
    }

    public static func < (a: RecordUUID, b: RecordUUID) -> Bool { (a.high, a.low) < (b.high, b.low) }
}
