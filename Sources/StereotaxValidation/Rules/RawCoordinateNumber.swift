import StereotaxJSON
import StereotaxRecords

/// The JSON number a coordinate field was read from, so a fix can name its exact path: a bare
/// number, a `{value, unit}` object's `value`, or either inside a plural legacy key's
/// one-element array.
struct RawCoordinateNumber {
    let path: RecordPath
    /// The number as written, in the record's own unit.
    let value: Double
    /// Its literal text.
    let literal: String

    static func locate(key: String, legacyKeys: [String], in details: JSONValue?, at detailsPath: RecordPath) -> RawCoordinateNumber? {
        guard case .object(let object)? = details else { return nil }
        for name in [key] + legacyKeys {
            guard var value = object[name] else { continue }
            var path = detailsPath.appending(name)
            if case .array(let elements) = value, elements.count == 1 {
                value = elements[0]
                path = path.appending(index: 0)
            }
            if case .object(let inner) = value, let number = inner["value"] {
                value = number
                path = path.appending("value")
            }
            guard case .number(let number) = value else { return nil }
            return RawCoordinateNumber(path: path, value: number.value, literal: number.literal)
        }
        return nil
    }

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
