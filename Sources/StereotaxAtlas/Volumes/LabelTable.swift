/// The growing table of distinct label values of a volume being built, with
/// 0 (unlabelled) fixed at index 0.
struct LabelTable {
    /// At most this many distinct labels fit a 16-bit index.
    static let capacity = 65_536

    private(set) var values: [Int] = [0]
    private var indexOfValue: [Int: UInt16] = [0: 0]

    /// The index of `value`, adding it when new; `nil` when the table is full.
    mutating func index(of value: Int) -> UInt16? {
        if let i = indexOfValue[value] { return i }
        guard values.count < Self.capacity else { return nil }
        let i = UInt16(values.count)
        values.append(value)
        indexOfValue[value] = i
        return i
    }
}
