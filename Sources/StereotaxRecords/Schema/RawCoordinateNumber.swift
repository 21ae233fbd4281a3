import StereotaxJSON

/// The JSON number a coordinate field was read from, so a finding or a fix can name its
/// exact path: a bare number, a `{value, unit}` object's `value`, or either inside a plural
/// legacy key's one-element array.
public struct RawCoordinateNumber: Hashable, Sendable {
    /// The number as written, in the record's own unit.
    public let value: Double
    /// Its literal text.
    public let literal: String
    /// The path of `coordinates_details` and the member the number is in; the full path is
    /// built from them only when asked for (most numbers never need it).
    private let detailsPath: RecordPath
    private let member: String
    private let isArrayElement: Bool
    private let isValueObject: Bool

    /// `value`, fingerprinted once (see `JSONKey`).
    private static let valueKey = JSONKey("value")

    /// Where the number is in the record.
    public var path: RecordPath {
        var path = detailsPath.appending(member)
        if isArrayElement { path = path.appending(index: 0) }
        if isValueObject { path = path.appending("value") }
        return path
    }

    /// The number of the first of `key` and `legacyKeys` present in `details`, or `nil` when
    /// none is, or the member is not (a one-element array of, or a value object of) a number.
    public static func locate(key: String, legacyKeys: [String], in details: JSONObject, at detailsPath: RecordPath) -> RawCoordinateNumber? {
        locate(key: key, legacyKeys: legacyKeys[...], in: details, at: detailsPath)
    }

    /// ``locate(key:legacyKeys:in:at:)`` for legacy names given by any sequence (e.g. read
    /// lazily from a field table, without an array built).
    static func locate<Names: Sequence<String>>(
        key: String, legacyKeys: Names, in details: JSONObject, at detailsPath: RecordPath
    ) -> RawCoordinateNumber? {
        // The first of the current and the legacy names that is present.
        var found = details[key].map { (name: key, value: $0) }
        if found == nil {
            for legacyKey in legacyKeys {
                if let value = details[legacyKey] {
                    found = (legacyKey, value)
                    break
                }
            }
        }
        guard let (name, member) = found else { return nil }
        var value = member
        var isArrayElement = false, isValueObject = false
        if case .array(let elements) = value, elements.count == 1 {
            value = elements[0]
            isArrayElement = true
        }
        if case .object(let object) = value, let inner = object[Self.valueKey] {
            value = inner
            isValueObject = true
        }
        guard case .number(let number) = value else { return nil }
        return RawCoordinateNumber(value: number.value, literal: number.literal, detailsPath: detailsPath, member: name,
                                   isArrayElement: isArrayElement, isValueObject: isValueObject)
    }

    /// Numbers are equal when they are the same number at the same path.
    public static func == (a: RawCoordinateNumber, b: RawCoordinateNumber) -> Bool {
        a.value == b.value && a.literal == b.literal && a.path == b.path
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(literal)
        hasher.combine(path)
    }
}
