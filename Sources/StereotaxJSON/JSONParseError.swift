/// Why a byte sequence is not valid JSON, and where: byte offset (0-based), line and column
/// (1-based; the column counts Unicode scalars from the start of the line).
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as a stable category.
    public enum Kind: String, Hashable, Sendable {
        case emptyInput = "empty-input"
        case unexpectedEnd = "unexpected-end"
        case unexpectedCharacter = "unexpected-character"
        case trailingContent = "trailing-content"
        case invalidNumber = "invalid-number"
        case numberOutOfRange = "number-out-of-range"
        case invalidEscape = "invalid-escape"
        case unpairedSurrogate = "unpaired-surrogate"
        case controlCharacterInString = "control-character-in-string"
        case invalidUTF8 = "invalid-utf8"
        case nestingTooDeep = "nesting-too-deep"
    }

    public let kind: Kind
    /// What was found, in words (e.g. `"'x'"`, `"end of input"`).
    public let found: String
    /// What the grammar expected at that point.
    public let expected: String
    public let byteOffset: Int
    public let line: Int
    public let column: Int

    public init(kind: Kind, found: String, expected: String, byteOffset: Int, line: Int, column: Int) {
        self.kind = kind
        self.found = found
        self.expected = expected
        self.byteOffset = byteOffset
        self.line = line
        self.column = column
    }

    public var description: String {
        "JSON \(kind.rawValue) at line \(line), column \(column) (byte \(byteOffset)): found \(found), expected \(expected)"
    }
}
