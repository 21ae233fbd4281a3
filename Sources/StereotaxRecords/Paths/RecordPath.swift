/// A JSON path into a record, printed as `$.coordinates_details.apCoordinate.value`.
///
/// Components are object member names and array indices (0-based). Member names that are
/// not identifiers (letters, digits, `_`) print in brackets: `$["µ unit"]`. The root `$` is
/// the record itself.
public struct RecordPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// One step of a path.
    public enum Component: Hashable, Sendable {
        /// An object member, by name.
        case key(String)
        /// An array element, by 0-based position.
        case index(Int)
    }

    /// The steps from the record to the value.
    public var components: [Component]

    /// The record itself (`$`).
    public static let root = RecordPath([])

    public init(_ components: [Component]) { self.components = components }

    /// A path of member names, e.g. `RecordPath(keys: "coordinates_details", "apCoordinate")`.
    public init(keys: String...) { self.components = keys.map(Component.key) }

    /// Parses a printed path: `$.a.b[0]`, `$["odd key"]`, or the same without the leading `$`
    /// (`coordinates_details.apCoordinate`, as `StereotaxCoordinates` writes issue paths).
    /// Returns `nil` for text that is no path.
    public init?(parsing text: String) {
        guard let components = RecordPathParser.parse(text) else { return nil }
        self.components = components
    }

    /// A literal path; it must be valid (an invalid literal is a programming error).
    public init(stringLiteral text: String) {
        guard let components = RecordPathParser.parse(text) else {
            preconditionFailure("invalid record path literal \(text)")
        }
        self.components = components
    }

    /// This path followed by the member `key`.
    public func appending(_ key: String) -> RecordPath { RecordPath(components + [.key(key)]) }

    /// This path followed by the array element at `index`.
    public func appending(index: Int) -> RecordPath { RecordPath(components + [.index(index)]) }

    /// This path followed by every component of `suffix`.
    public func appending(_ suffix: RecordPath) -> RecordPath { RecordPath(components + suffix.components) }

    /// The path without its last component (`nil` for the root).
    public var parent: RecordPath? { components.isEmpty ? nil : RecordPath(Array(components.dropLast())) }

    /// The last component (`nil` for the root).
    public var last: Component? { components.last }

    /// Whether `prefix` is this path or an ancestor of it.
    public func hasPrefix(_ prefix: RecordPath) -> Bool { components.starts(with: prefix.components) }

    public var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .index(let index): text += "[\(index)]"
            case .key(let key):
                if RecordPathParser.isIdentifier(key) {
                    text += "." + key
                } else {
                    var escaped = ""
                    for character in key {
                        switch character {
                        case "\\": escaped += "\\\\"
                        case "\"": escaped += "\\\""
                        default: escaped.append(character)
                        }
                    }
                    text += "[\"" + escaped + "\"]"
                }
            }
        }
        return text
    }
}

/// Reads the printed form of ``RecordPath``.
enum RecordPathParser {
    static func isIdentifier(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.allSatisfy(isIdentifierByte)
    }

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    static func parse(_ text: String) -> [RecordPath.Component]? {
        // The UTF-8 read in place (native strings), else copied once.
        text.utf8.withContiguousStorageIfAvailable(parse(utf8:)) ?? Array(text.utf8).withUnsafeBufferPointer(parse(utf8:))
    }

    private static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [RecordPath.Component]? {
        var index = 0
        var components: [RecordPath.Component] = []
        // One component per `.` or `[`, and perhaps a first one before either.
        components.reserveCapacity(1 + bytes.reduce(0) { $0 + ($1 == UInt8(ascii: ".") || $1 == UInt8(ascii: "[") ? 1 : 0) })
        if bytes.first == UInt8(ascii: "$") { index = 1 }
        var expectsDotFreeIdentifier = index == 0

        func readIdentifier() -> String? {
            let start = index
            while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
            guard index > start else { return nil }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "."):
                index += 1
                guard let key = readIdentifier() else { return nil }
                components.append(.key(key))
            case UInt8(ascii: "["):
                index += 1
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: "\"") {
                    index += 1
                    var keyBytes: [UInt8] = []
                    var closed = false
                    while index < bytes.count {
                        let byte = bytes[index]
                        if byte == UInt8(ascii: "\\") {
                            guard index + 1 < bytes.count else { return nil }
                            keyBytes.append(bytes[index + 1])
                            index += 2
                        } else if byte == UInt8(ascii: "\"") {
                            index += 1
                            closed = true
                            break
                        } else {
                            keyBytes.append(byte)
                            index += 1
                        }
                    }
                    guard closed, index < bytes.count, bytes[index] == UInt8(ascii: "]") else { return nil }
                    index += 1
                    components.append(.key(String(decoding: keyBytes, as: UTF8.self)))
                } else {
                    let start = index
                    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                    guard index > start, index < bytes.count, bytes[index] == UInt8(ascii: "]"),
                          let position = Int(String(decoding: bytes[start..<index], as: UTF8.self))
                    else { return nil }
                    index += 1
                    components.append(.index(position))
                }
            default:
                guard expectsDotFreeIdentifier, let key = readIdentifier() else { return nil }
                components.append(.key(key))
            }
            expectsDotFreeIdentifier = false
        }
        return components
    }
}
