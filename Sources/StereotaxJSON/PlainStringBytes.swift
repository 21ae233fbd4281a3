/// Finds, eight bytes at a time, where a string's plain run ends: the first byte that is a
/// quote, a backslash, a control character (below 0x20) or not ASCII (0x80 and above).
///
/// Bytes of a word are tested in parallel with the classic SWAR tests (H. S. Warren,
/// *Hacker's Delight*, 6-1): for bytes `b`, `(b − 0x01…) & ~b & 0x80…` marks zero bytes, so
/// `x ^ 0x22…` marks quotes, `x ^ 0x5C…` backslashes, `(x − 0x20…) & ~x & 0x80…` bytes below
/// 0x20, and `x & 0x80…` non-ASCII bytes. A borrow can mark a byte above a marked one
/// spuriously, never below, so the lowest mark is exact.
enum PlainStringBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The offset in `bytes` of the first byte at or after `start` that ends a plain run,
    /// checking whole words only: stops at the last full word and returns the offset where
    /// the byte-wise scan must go on (the special byte, or the start of a partial word).
    @inline(__always)
    static func endOfPlainRun(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = start
        while offset + 8 <= raw.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            let marks = specialByteMarks(word)
            if marks != 0 { return offset + marks.trailingZeroBitCount / 8 }
            offset += 8
        }
        return offset
    }

    /// The high bit of each special byte of `word` set (byte 0 in the low bits), and possibly
    /// of bytes above the first special one.
    @inline(__always)
    static func specialByteMarks(_ word: UInt64) -> UInt64 {
        let quotes = hasZeroByte(word ^ (ones &* 0x22))
        let backslashes = hasZeroByte(word ^ (ones &* 0x5C))
        let controls = (word &- ones &* 0x20) & ~word
        return (quotes | backslashes | controls | word) & highBits
    }

    @inline(__always) private static func hasZeroByte(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word
    }
}
