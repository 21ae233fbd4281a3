/// A fixed list of member names, for finding which of them a member is called with one hash
/// look-up instead of a comparison with each (e.g. the two dozen names a record's members may
/// have).
///
/// Names compare as Swift strings, as everywhere in ``JSONObject``. An ASCII name is found
/// through its fingerprint (see ``JSONKey``): equal names have equal fingerprints, so only the
/// names sharing the member's fingerprint are compared, and a name of at most seven bytes not
/// even that. A member whose name is not ASCII, and names that are not ASCII, are compared as
/// strings (canonically equivalent spellings are one name: `"\u{212A}"`, KELVIN SIGN, is `"K"`).
/// Immutable: one index serves every thread.
public struct JSONKeyIndex: Sendable {
    /// The names, in the order given.
    public let keys: [JSONKey]
    /// Open addressing on the fingerprint: the position in ``keys`` of an ASCII name, or −1
    /// (a power of two of slots, at most half of them used).
    private let slots: [Int]
    /// The positions of the names without a fingerprint (not ASCII, or empty).
    private let unfingerprinted: [Int]

    /// An index of `names`; a name given twice is found at its first position.
    public init(_ names: [String]) {
        let keys = names.map(JSONKey.init)
        var slotCount = 1
        while slotCount < 2 * keys.count { slotCount *= 2 }
        var slots = [Int](repeating: -1, count: slotCount)
        var unfingerprinted: [Int] = []
        for (position, key) in keys.enumerated() where !keys[..<position].contains(key) {
            guard key.fingerprint != .unknown else {
                unfingerprinted.append(position)
                continue
            }
            var slot = Self.slot(of: key.fingerprint, mask: slotCount - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = position
        }
        self.keys = keys
        self.slots = slots
        self.unfingerprinted = unfingerprinted
    }

    /// The position in ``keys`` of the name `member` has, or `nil` if it has none of them.
    public func position(of member: JSONObject.Member) -> Int? {
        withUnsafePointer(to: member) { position(ofMemberAt: $0) }
    }

    /// Calls `body` with the position of each member of `object` that has one of the names
    /// (in document order) and the position of that name in ``keys``. Members are read in
    /// place, not copied.
    public func forEachMember(of object: JSONObject, _ body: (_ memberPosition: Int, _ keyPosition: Int) -> Void) {
        object.members.withUnsafeBufferPointer { members in
            guard let base = members.baseAddress else { return }
            for memberPosition in members.indices {
                if let keyPosition = position(ofMemberAt: base + memberPosition) { body(memberPosition, keyPosition) }
            }
        }
    }

    private func position(ofMemberAt member: UnsafePointer<JSONObject.Member>) -> Int? {
        position(ofNameWith: member.pointee.keyFingerprint) { member.pointee.hasKey($0) }
    }

    /// The position of the name whose fingerprint is `fingerprint` and for which `isName`
    /// holds (called only for candidates: every name if the fingerprint is unknown).
    func position(ofNameWith fingerprint: JSONKeyFingerprint, _ isName: (JSONKey) -> Bool) -> Int? {
        if fingerprint == .unknown {  // a non-ASCII (or empty) name may equal any name
            return keys.firstIndex(where: isName)
        }
        let mask = slots.count - 1
        var slot = Self.slot(of: fingerprint, mask: mask)
        while true {
            let position = slots[slot]
            guard position >= 0 else { break }
            if keys[position].fingerprint == fingerprint, isName(keys[position]) { return position }
            slot = (slot + 1) & mask
        }
        return unfingerprinted.first { isName(keys[$0]) }
    }

    /// The slot a fingerprint hashes to: its bits mixed by a multiplication, the top bits kept.
    private static func slot(of fingerprint: JSONKeyFingerprint, mask: Int) -> Int {
        Int(truncatingIfNeeded: (fingerprint.bits &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
