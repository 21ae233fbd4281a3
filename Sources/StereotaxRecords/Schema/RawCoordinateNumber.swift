import StereotaxJSON

/// The JSON number a coordinate field was read from, so a finding or a fix can name its
/// exact path: a bare number, a `{value, unit}` object's `value`, or either inside a plural
/// legacy key's one-element array.
public struct RawCoordinateNumber: Hashable, Sendable {
    public let path: RecordPath
    /// The number as written, in the record's own unit.
    public let value: Double
    /// Its literal text.
    public let literal: String

    /// The number of the first of `key` and `legacyKeys` present in `details`, or `nil` when
    /// none is, or the member is not (a one-element array of, or a value object of) a number.
    public static func locate(key: String, legacyKeys: [String], in details: JSONObject, at detailsPath: RecordPath) -> RawCoordinateNumber? {
        // The first of the current and the legacy names that is present (no array of names built).
        guard let name = details[key] != nil ? key : legacyKeys.first(where: { details[$0] != nil }),
              var value = details[name]
        else { return nil }
        var path = detailsPath.appending(name)
        if case .array(let elements) = value, elements.count == 1 {
            value = elements[0]
            path = path.appending(index: 0)
        }
        if case .object(let object) = value, let inner = object["value"] {
            value = inner
            path = path.appending("value")
        }
        guard case .number(let number) = value else { return nil }
        return RawCoordinateNumber(path: path, value: number.value, literal: number.literal)
    }
}
