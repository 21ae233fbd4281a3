import StereotaxJSON
import StereotaxRecords

extension RawCoordinateNumber {
    /// The value divided by 1000, by moving the decimal point of the literal (so `1312.4`
    /// gives exactly `1.3124`, not a neighbouring double).
    var thousandth: Double {
        var text = literal
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        guard text.allSatisfy({ $0.isNumber || $0 == "." }) else { return value / 1000 }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var integer = String(parts[0]), fraction = parts.count > 1 ? String(parts[1]) : ""
        while integer.count < 4 { integer = "0" + integer }
        fraction = String(integer.suffix(3)) + fraction
        integer = String(integer.dropLast(3))
        return Double((negative ? "-" : "") + integer + "." + fraction) ?? value / 1000
    }

    /// A fix writing `amount` (in the record's unit) at this number's path.
    func fix(_ amount: Double, summary: String) -> RecordFix? {
        guard let number = JSONNumber(amount) else { return nil }
        return RecordFix(path: path, replacement: .number(number), summary: "\(summary): \(number.literal)")
    }
}
