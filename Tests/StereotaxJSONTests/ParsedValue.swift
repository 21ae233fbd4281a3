import StereotaxJSON

/// The payload a test expects `text` to parse to; any other kind of value is a failure
/// of the test (an error naming the text), never a skip.
enum ParsedValue {
    struct UnexpectedKind: Error, CustomStringConvertible {
        let text: String
        let expected: String
        let found: String
        var description: String { "\(text) parsed as a JSON \(found), expected a JSON \(expected)" }
    }

    static func number(_ text: String) throws -> JSONNumber {
        let value = try JSONValue.parse(text)
        guard case .number(let number) = value else { throw UnexpectedKind(text: text, expected: "number", found: value.typeName) }
        return number
    }

    static func object(_ text: String) throws -> JSONObject {
        let value = try JSONValue.parse(text)
        guard case .object(let object) = value else { throw UnexpectedKind(text: text, expected: "object", found: value.typeName) }
        return object
    }
}
