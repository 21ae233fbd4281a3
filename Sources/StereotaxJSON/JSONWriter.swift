/// How ``JSONValue/serialized(_:)`` lays out its output.
public enum JSONLayout: Sendable, Hashable {
    /// No whitespace at all: `{"a":[1,2]}`.
    case compact
    /// One member or element per line, indented by `indent` spaces, `"key": value`;
    /// empty arrays and objects stay `[]` and `{}`.
    case pretty(indent: Int = 2)
}

extension JSONValue {
    /// The value as JSON text. Object members keep their order (duplicates included), numbers
    /// are written with their literal text (see ``JSONNumber``), strings are escaped minimally:
    /// `"`, `\` and the control characters U+0000–U+001F (as `\b \f \n \r \t` or `\u00XX`);
    /// everything else, including non-ASCII, is written as UTF-8.
    public func serialized(_ layout: JSONLayout = .compact) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(to: &output, layout: layout, level: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// The value as UTF-8 JSON bytes (see ``serialized(_:)``).
    public func serializedBytes(_ layout: JSONLayout = .compact) -> [UInt8] {
        var output: [UInt8] = []
        write(to: &output, layout: layout, level: 0)
        return output
    }

    /// Appends the value's UTF-8 JSON bytes (see ``serialized(_:)``) to `output`, for a writer
    /// that builds a line or a document in one buffer (no intermediate array).
    public func serialize(into output: inout [UInt8], _ layout: JSONLayout = .compact) {
        write(to: &output, layout: layout, level: 0)
    }

    private func write(to output: inout [UInt8], layout: JSONLayout, level: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): output.append(contentsOf: number.literal.utf8)
        case .string(let string): Self.writeString(string, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                Self.newline(to: &output, layout: layout, level: level + 1)
                element.write(to: &output, layout: layout, level: level + 1)
            }
            Self.newline(to: &output, layout: layout, level: level)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.isEmpty else {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(UInt8(ascii: "{"))
            for (offset, member) in object.members.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                Self.newline(to: &output, layout: layout, level: level + 1)
                Self.writeString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                if case .pretty = layout { output.append(UInt8(ascii: " ")) }
                member.value.write(to: &output, layout: layout, level: level + 1)
            }
            Self.newline(to: &output, layout: layout, level: level)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(to output: inout [UInt8], layout: JSONLayout, level: Int) {
        guard case .pretty(let indent) = layout else { return }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(0, indent) * level))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Writes `string` in quotes. Runs of bytes that need no escape are appended whole (one
    /// copy per run), so a string without `"`, `\` or control characters, the usual case, is
    /// one copy.
    private static func writeString(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        if string.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &output) }) == nil {
            Array(string.utf8).withUnsafeBufferPointer { appendEscaped($0, to: &output) }
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        for offset in bytes.indices {
            let byte = bytes[offset]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
            appendEscape(of: byte, to: &output)
            runStart = offset + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    /// The escape of `"`, `\` or a control character.
    private static func appendEscape(of byte: UInt8, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
        case 0x08: output.append(UInt8(ascii: "b"))
        case 0x0C: output.append(UInt8(ascii: "f"))
        case 0x0A: output.append(UInt8(ascii: "n"))
        case 0x0D: output.append(UInt8(ascii: "r"))
        case 0x09: output.append(UInt8(ascii: "t"))
        default:
            output.append(contentsOf: "u00".utf8)
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0x0F)])
        }
    }
}
