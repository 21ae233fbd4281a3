import Foundation

/// Strings that recur in every document of a kind (a record's long member names, the names of
/// its coordinate systems, ...), which the parser hands out shared instead of allocating a copy
/// each time it reads one.
///
/// Swift keeps a string of up to 15 UTF-8 bytes inline; a longer one costs an allocation when
/// it is parsed and a deallocation when its document is freed. A parsed string (member name or
/// value, without escapes) whose bytes are those of a string in the table *is* that string:
/// equal to the one the parser would have made, byte for byte, so no reader can tell them
/// apart, and comparing it with the table's own string is an identity check. Only strings of
/// more than 15 bytes are kept (shorter ones cost nothing to make).
///
/// Look-up hashes the length and the first and last eight bytes into an open-addressed table
/// and confirms a candidate with `memcmp`. Immutable: one table serves every thread.
public final class JSONStringTable: Sendable {
    /// The strings kept, each once.
    private let strings: [String]
    /// Their UTF-8 bytes, back to back; string `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// Open addressing: the index in `strings` of the string hashed there, or −1 (a power of
    /// two of slots, at most half of them used).
    private let slots: [Int]

    /// The longest string Swift keeps inline; longer ones are worth sharing.
    static let inlineCapacity = 15

    /// A table of the strings of more than 15 UTF-8 bytes among `strings` (repeats kept once).
    public init(_ strings: some Sequence<String>) {
        var kept: [String] = []
        var bytes: [UInt8] = []
        var starts = [0]
        for string in strings where string.utf8.count > Self.inlineCapacity && !kept.contains(string) {
            kept.append(string)
            bytes += string.utf8
            starts.append(bytes.count)
        }
        var slotCount = 1
        while slotCount < 2 * kept.count { slotCount *= 2 }
        var slots = [Int](repeating: -1, count: kept.isEmpty ? 0 : slotCount)
        bytes.withUnsafeBufferPointer { all in
            for index in kept.indices {
                let utf8 = UnsafeBufferPointer(rebasing: all[starts[index]..<starts[index + 1]])
                var slot = Self.hash(utf8) & (slotCount - 1)
                while slots[slot] >= 0 { slot = (slot + 1) & (slotCount - 1) }
                slots[slot] = index
            }
        }
        self.strings = kept
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
    }

    /// The number of strings kept.
    public var count: Int { strings.count }

    /// The table's string whose UTF-8 bytes are `utf8`, or `nil`.
    func string(matching utf8: UnsafeBufferPointer<UInt8>) -> String? {
        guard utf8.count > Self.inlineCapacity, !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Self.hash(utf8) & mask
        return bytes.withUnsafeBufferPointer { all in
            while true {
                let index = slots[slot]
                guard index >= 0 else { return nil }
                let start = starts[index], end = starts[index + 1]
                if end - start == utf8.count, let candidate = all.baseAddress, let probe = utf8.baseAddress,
                   memcmp(candidate + start, probe, utf8.count) == 0 {
                    return strings[index]
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// A hash of a string of at least eight bytes: its length and its first and last eight
    /// bytes (which tell apart the names of one vocabulary), mixed by a multiplication.
    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(utf8)
        let head = raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        let tail = raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self)
        let mixed = (head ^ tail.rotated(by: 29) ^ UInt64(raw.count)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32)
    }
}

extension UInt64 {
    fileprivate func rotated(by count: Int) -> UInt64 { self << count | self >> (64 - count) }
}
