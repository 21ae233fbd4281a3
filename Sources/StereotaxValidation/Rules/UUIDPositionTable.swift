import StereotaxRecords

/// Where each 128-bit record id first occurs: a hash table with open addressing and linear
/// probing, for the millions of ids of one input.
///
/// A slot is chosen from the id's bits by one multiplication (Fibonacci hashing of
/// `high ^ low ^ seed`, `seed` random per table) instead of a `Hasher` pass: version-4 UUIDs
/// are random already, and the multiplication spreads ids that count up. The table doubles
/// when it is three-quarters full.
struct UUIDPositionTable: Sendable {
    private struct Slot {
        var high: UInt64
        var low: UInt64
        /// The record position; −1 for an empty slot.
        var position: Int
    }

    private var slots = [Slot](repeating: Slot(high: 0, low: 0, position: -1), count: 1 << 10)
    private var shift = 64 - 10
    private let seed = UInt64.random(in: .min ... .max)
    private(set) var count = 0

    init() {}

    /// Enters `position` for `id` unless `id` is already there; returns the position already there.
    mutating func insert(_ id: RecordUUID, position: Int) -> Int? {
        if 4 * (count + 1) > 3 * slots.count { grow() }
        let slot = self.slot(for: id)
        if slots[slot].position >= 0 { return slots[slot].position }
        slots[slot] = Slot(high: id.high, low: id.low, position: position)
        count += 1
        return nil
    }

    /// The position entered for `id`, if any.
    func position(of id: RecordUUID) -> Int? {
        let position = slots[slot(for: id)].position
        return position >= 0 ? position : nil
    }

    /// The slot holding `id`, or the empty slot where it belongs: probing on from its hash slot.
    private func slot(for id: RecordUUID) -> Int {
        let mask = slots.count - 1
        var slot = hashSlot(of: id)
        while slots[slot].position >= 0, slots[slot].high != id.high || slots[slot].low != id.low {
            slot = (slot + 1) & mask
        }
        return slot
    }

    @inline(__always) private func hashSlot(of id: RecordUUID) -> Int {
        Int(truncatingIfNeeded: ((id.high ^ id.low ^ seed) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(high: 0, low: 0, position: -1), count: old.count * 2)
        shift -= 1
        count = 0
        for entry in old where entry.position >= 0 {
            _ = insert(RecordUUID(high: entry.high, low: entry.low), position: entry.position)
        }
    }
}
