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
    /// at fixed positions, hexadecimal digits everywhere else.
    public init?(_ text: String) {
        let parsed = text.utf8.withContiguousStorageIfAvailable { Self.parse($0) } ?? Array(text.utf8).withUnsafeBufferPointer { Self.parse($0) }
        guard let parsed else { return nil }
        self = parsed
    }

    /// The UUID spelled by exactly `bytes`, or `nil`.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> RecordUUID? {
        guard bytes.count == 36, bytes[8] == UInt8(ascii: "-"), bytes[13] == UInt8(ascii: "-"),
              bytes[18] == UInt8(ascii: "-"), bytes[23] == UInt8(ascii: "-"),
              let a = hexadecimal(bytes, 0..<8), let b = hexadecimal(bytes, 9..<13), let c = hexadecimal(bytes, 14..<18),
              let d = hexadecimal(bytes, 19..<23), let e = hexadecimal(bytes, 24..<36)
        else { return nil }
        return RecordUUID(high: a << 32 | b << 16 | c, low: d << 48 | e)
    }

    /// The value of the hexadecimal digits `bytes[range]` (any case), or `nil` if one is no digit.
    private static func hexadecimal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
        var value: UInt64 = 0
        for byte in bytes[range] {
            let nibble: UInt8
            if byte &- UInt8(ascii: "0") < 10 {
                nibble = byte &- UInt8(ascii: "0")
            } else if (byte | 0x20) &- UInt8(ascii: "a") < 6 {  // `| 0x20` lower-cases A–F
                nibble = (byte | 0x20) &- UInt8(ascii: "a") + 10
            } else {
                return nil
            }
            value = value << 4 | UInt64(nibble)
        }
        return value
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
