import Foundation

/// Strings that one thread's parses have made recently, handed out again when the same bytes
/// recur: a member name, a region's UUID, a date that a record repeats in three members.
///
/// Making a string costs a call into the standard library, and one of more than 15 UTF-8 bytes
/// an allocation, a copy and, when its document is freed, a deallocation; handing out a kept
/// string costs a hash, a byte comparison and (for a long one) a retain. A string handed out
/// *is* the string the parser would have made: equal byte for byte, so no reader can tell.
///
/// The cache is direct-mapped: ``slotCount`` slots, each holding one string of at most
/// ``maximumLength`` bytes with a copy of its bytes for the comparison. A string found in its
/// slot earns the slot a credit (up to ``maximumCredit``); a different string that maps to an
/// occupied slot spends one credit, and takes the slot only when none is left. So strings that
/// recur in every document (names, units, shared UUIDs) stay, and one-off strings (record ids,
/// free text) pass through without evicting them. The strings of a ``JSONStringTable`` the
/// cache is seeded with are pinned: never evicted.
///
/// Not thread-safe: each thread uses its own (``forCurrentThread(seededWith:)``).
final class JSONStringCache {
    /// Slots (a power of two).
    static let slotCount = 2048
    /// The longest string kept, in UTF-8 bytes.
    static let maximumLength = 64
    /// The most credit a slot can hold.
    static let maximumCredit: Int32 = 3
    /// The credit of a pinned slot, never spent.
    private static let pinned = Int32.max

    private struct Slot {
        var string = ""
        /// The first eight bytes (fewer: packed, the rest zero) and the last eight (none: zero).
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var length: Int32 = -1  // −1: empty
        var credit: Int32 = 0
    }

    /// The words a string is compared by: its first and last eight bytes, little-endian (a string
    /// of fewer than eight bytes packed in `head`, `tail` zero). They hold a string of at most
    /// 16 bytes whole; a longer one is compared by its remaining bytes too.
    private struct Words {
        var head: UInt64
        var tail: UInt64

        /// The words of `utf8`, from which `readable` ≥ `utf8.count` bytes may be read.
        @inline(__always) init(_ utf8: UnsafeBufferPointer<UInt8>, readable: Int) {
            let raw = UnsafeRawBufferPointer(start: utf8.baseAddress, count: readable)
            let count = utf8.count
            if count >= 8 {
                head = raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
                tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            } else if readable >= 8 {
                head = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)) & (UInt64.max >> (64 - 8 * count))
                tail = 0
            } else {
                var packed: UInt64 = 0
                for offset in 0..<count { packed |= UInt64(raw[offset]) << (8 * offset) }
                head = packed
                tail = 0
            }
        }

        /// The slot of a string with these words and `count` bytes: mixed by a multiplication,
        /// the top bits.
        @inline(__always) func slot(count: Int) -> Int {
            let mixed = (head ^ (tail << 29 | tail >> 35) ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
            return Int(truncatingIfNeeded: mixed >> (64 - JSONStringCache.slotBits))
        }
    }

    private let slots: UnsafeMutablePointer<Slot>
    /// Slot `i`'s bytes at `bytes + i * maximumLength`.
    private let bytes: UnsafeMutablePointer<UInt8>
    /// The table the cache was seeded with (its strings pinned).
    let seed: JSONStringTable?

    /// An empty cache with the strings of `seed` that fit pinned in their slots (a seed string
    /// whose slot another seed string took is looked up by the parser as before).
    init(seededWith seed: JSONStringTable? = nil) {
        slots = .allocate(capacity: Self.slotCount)
        slots.initialize(repeating: Slot(), count: Self.slotCount)
        bytes = .allocate(capacity: Self.slotCount * Self.maximumLength)
        self.seed = seed
        for string in seed?.strings ?? [] {
            let utf8 = Array(string.utf8)
            utf8.withUnsafeBufferPointer { utf8 in
                guard utf8.count <= Self.maximumLength else { return }
                let words = Words(utf8, readable: utf8.count)
                let slot = words.slot(count: utf8.count)
                guard slots[slot].credit != Self.pinned else { return }
                store(string, utf8, words: words, in: slot, credit: Self.pinned)
            }
        }
    }

    deinit {
        slots.deinitialize(count: Self.slotCount)
        slots.deallocate()
        bytes.deallocate()
    }

    /// The kept string whose UTF-8 bytes are `utf8`, else the string `make()` returns (kept if
    /// its slot has no credit left). `utf8` must be valid UTF-8 and `make()` its string;
    /// `readable` ≥ `utf8.count` bytes from its start may be read (to load short strings whole).
    @inline(__always)
    func string(_ utf8: UnsafeBufferPointer<UInt8>, readable: Int, orMake make: () -> String) -> String {
        let count = utf8.count
        guard count > 0, count <= Self.maximumLength, let probe = utf8.baseAddress else { return make() }
        let words = Words(utf8, readable: readable)
        let slot = words.slot(count: count)
        let kept = slots + slot
        if kept.pointee.length == Int32(truncatingIfNeeded: count), kept.pointee.head == words.head, kept.pointee.tail == words.tail,
           count <= 16 || memcmp(bytes + slot * Self.maximumLength + 8, probe + 8, count - 16) == 0
        {
            if kept.pointee.credit < Self.maximumCredit { kept.pointee.credit += 1 }
            return kept.pointee.string
        }
        let made = make()
        if kept.pointee.credit > 0 {
            if kept.pointee.credit != Self.pinned { kept.pointee.credit -= 1 }
        } else {
            store(made, utf8, words: words, in: slot, credit: 0)
        }
        return made
    }

    /// Whether the cache keeps `string` (for tests).
    func keeps(_ string: String) -> Bool {
        Array(string.utf8).withUnsafeBufferPointer { utf8 in
            guard utf8.count > 0, utf8.count <= Self.maximumLength else { return false }
            let slot = Words(utf8, readable: utf8.count).slot(count: utf8.count)
            return slots[slot].length == Int32(utf8.count) && memcmp(bytes + slot * Self.maximumLength, utf8.baseAddress!, utf8.count) == 0
        }
    }

    private func store(_ string: String, _ utf8: UnsafeBufferPointer<UInt8>, words: Words, in slot: Int, credit: Int32) {
        slots[slot] = Slot(string: string, head: words.head, tail: words.tail, length: Int32(utf8.count), credit: credit)
        (bytes + slot * Self.maximumLength).update(from: utf8.baseAddress!, count: utf8.count)
    }

    private static let slotBits = slotCount.trailingZeroBitCount

    // MARK: One cache per thread

    /// The calling thread's cache, made (seeded with `seed`) on first use or when `seed` is
    /// another table than the one it was seeded with. Released when the thread ends.
    static func forCurrentThread(seededWith seed: JSONStringTable?) -> JSONStringCache {
        if let pointer = pthread_getspecific(threadKey) {
            let cache = Unmanaged<JSONStringCache>.fromOpaque(pointer).takeUnretainedValue()
            if cache.seed === seed { return cache }
            Unmanaged<JSONStringCache>.fromOpaque(pointer).release()
        }
        let cache = JSONStringCache(seededWith: seed)
        pthread_setspecific(threadKey, Unmanaged.passRetained(cache).toOpaque())
        return cache
    }

    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<JSONStringCache>.fromOpaque(pointer).release()
        }
        precondition(status == 0, "pthread_key_create failed (\(status)): no thread-local storage left")
        return key
    }()
}
