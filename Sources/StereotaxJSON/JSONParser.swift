import Foundation

extension JSONValue {
    /// The deepest nesting of arrays and objects the parser accepts (deeper input is rejected
    /// rather than risking the stack).
    public static let maximumNestingDepth = 512

    /// Parses one JSON text (RFC 8259) from UTF-8 bytes.
    ///
    /// Strict: no comments, trailing commas, single quotes, `NaN`/`Infinity` literals, or lone
    /// surrogate escapes; numbers whose magnitude overflows `Double` are rejected (underflow
    /// rounds to zero). A leading UTF-8 byte-order mark is skipped. Any value may be the top
    /// level; only whitespace (space, tab, LF, CR) may surround it.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        try parseBytes(bytes)
    }

    /// Parses one JSON text from UTF-8 bytes, as the generic `parse(_:)` does, handing out the
    /// strings of `strings` shared wherever the text spells one of them (see
    /// ``JSONStringTable``): the same value, made with fewer allocations.
    public static func parse(_ bytes: [UInt8], sharing strings: JSONStringTable? = nil) throws(JSONParseError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer throws(JSONParseError) -> JSONValue in
            var scanner = JSONScanner(buffer, builder: JSONTreeBuilder(strings: strings))
            return try scanner.scanDocument()
        }
    }

    /// Parses one JSON text from UTF-8 data.
    public static func parse(_ data: Data) throws(JSONParseError) -> JSONValue {
        try parseBytes(data)
    }

    private static func parseBytes(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONParseError) -> JSONValue in
                var scanner = JSONScanner(buffer, builder: JSONTreeBuilder())
                return try scanner.scanDocument()
            }
        }
        if let result { return try result.get() }
        let copy = Array(bytes)
        return try copy.withUnsafeBufferPointer { buffer throws(JSONParseError) -> JSONValue in
            var scanner = JSONScanner(buffer, builder: JSONTreeBuilder())
            return try scanner.scanDocument()
        }
    }

    /// Parses one JSON text from a string (its UTF-8 encoding).
    public static func parse(_ string: String) throws(JSONParseError) -> JSONValue {
        var string = string
        let result = string.withUTF8 { buffer in
            Result { () throws(JSONParseError) -> JSONValue in
                var scanner = JSONScanner(buffer, builder: JSONTreeBuilder())
                return try scanner.scanDocument()
            }
        }
        return try result.get()
    }
}

/// A recursive-descent JSON scanner over a contiguous UTF-8 buffer: it checks the grammar,
/// the UTF-8 and the numbers' range, and hands each value it reads to its builder, which makes
/// of them what it keeps (a ``JSONValue`` tree, a ``JSONTape``). Errors are the scanner's, so
/// every builder fails on the same input at the same place.
struct JSONScanner<Builder: JSONBuilder> {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var builder: Builder
    private var index = 0
    private var depth = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, builder: Builder) {
        self.bytes = bytes
        self.builder = builder
    }

    mutating func scanDocument() throws(JSONParseError) -> Builder.Value {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        guard index < bytes.count else {
            throw error(.emptyInput, at: index, expected: "a JSON value")
        }
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else {
            throw error(.trailingContent, at: index, expected: "end of input after the top-level value")
        }
        return value
    }

    // MARK: Values

    private mutating func parseValue() throws(JSONParseError) -> Builder.Value {
        guard index < bytes.count else {
            throw error(.unexpectedEnd, at: index, expected: "a JSON value")
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return builder.string(try parseString(fingerprinting: false), in: bytes)
        case UInt8(ascii: "t"): let start = index; try expectLiteral("true"); return builder.bool(true, at: start)
        case UInt8(ascii: "f"): let start = index; try expectLiteral("false"); return builder.bool(false, at: start)
        case UInt8(ascii: "n"): let start = index; try expectLiteral("null"); return builder.null(at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return builder.number(try parseNumber(), in: bytes)
        default:
            throw error(.unexpectedCharacter, at: index, expected: "a JSON value (object, array, string, number, true, false or null)")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let start = index
        let count = literal.utf8CodeUnitCount
        for offset in 0..<count {
            guard index < bytes.count else {
                throw error(.unexpectedEnd, at: index, expected: "the literal '\(literal)'")
            }
            guard bytes[index] == literal.utf8Start[offset] else {
                throw error(.unexpectedCharacter, at: start == index ? start : index, expected: "the literal '\(literal)'")
            }
            index += 1
        }
    }

    private mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        guard depth <= JSONValue.maximumNestingDepth else {
            throw error(.nestingTooDeep, at: index, expected: "at most \(JSONValue.maximumNestingDepth) nested arrays/objects")
        }
    }

    private mutating func parseObject() throws(JSONParseError) -> Builder.Value {
        try enterContainer()
        let start = index
        index += 1  // {
        var object = builder.beginObject(at: start, depth: depth)
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return builder.endObject(object)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd, at: index, expected: "a member name string") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw error(.unexpectedCharacter, at: index, expected: "a member name string in double quotes")
            }
            builder.key(try parseString(fingerprinting: true), in: bytes, of: &object)
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd, at: index, expected: "':' after the member name") }
            guard bytes[index] == UInt8(ascii: ":") else {
                throw error(.unexpectedCharacter, at: index, expected: "':' after the member name")
            }
            index += 1
            skipWhitespace()
            builder.memberValue(try parseValue(), of: &object)
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd, at: index, expected: "',' or '}'") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                depth -= 1
                return builder.endObject(object)
            default: throw error(.unexpectedCharacter, at: index, expected: "',' or '}' after an object member")
            }
        }
    }

    private mutating func parseArray() throws(JSONParseError) -> Builder.Value {
        try enterContainer()
        let start = index
        index += 1  // [
        var array = builder.beginArray(at: start)
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return builder.endArray(array)
        }
        while true {
            skipWhitespace()
            builder.element(try parseValue(), of: &array)
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd, at: index, expected: "',' or ']'") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                depth -= 1
                return builder.endArray(array)
            default: throw error(.unexpectedCharacter, at: index, expected: "',' or ']' after an array element")
            }
        }
    }

    // MARK: Numbers

    /// number = [ "-" ] int [ frac ] [ exp ]; int = "0" / digit1-9 *DIGIT.
    ///
    /// The scan that checks the syntax also gathers the digits as an integer and the power of
    /// ten, so that most values come from one floating-point operation (see
    /// ``ExactDecimalConversion``) without reading the literal again.
    private mutating func parseNumber() throws(JSONParseError) -> JSONNumberToken {
        let start = index
        var isInteger = true
        var decimal = ExactDecimalConversion.Digits()
        if bytes[index] == UInt8(ascii: "-") {
            decimal.isNegative = true
            index += 1
        }
        guard index < bytes.count else { throw error(.unexpectedEnd, at: index, expected: "a digit after '-'") }
        if bytes[index] == UInt8(ascii: "0") {
            decimal.append(0)
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                throw error(.invalidNumber, at: index, expected: "no leading zeros: '.', 'e' or the end of the number after '0'")
            }
        } else if isDigit(bytes[index]) {
            while index < bytes.count, isDigit(bytes[index]) {
                decimal.append(bytes[index] &- UInt8(ascii: "0"))
                index += 1
            }
        } else {
            throw error(.invalidNumber, at: index, expected: "a digit")
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error(index < bytes.count ? .invalidNumber : .unexpectedEnd, at: index, expected: "a digit after the decimal point")
            }
            while index < bytes.count, isDigit(bytes[index]) {
                decimal.append(bytes[index] &- UInt8(ascii: "0"))
                decimal.exponent -= 1
                index += 1
            }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            var sign = 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                if bytes[index] == UInt8(ascii: "-") { sign = -1 }
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error(index < bytes.count ? .invalidNumber : .unexpectedEnd, at: index, expected: "a digit in the exponent")
            }
            var written = 0
            while index < bytes.count, isDigit(bytes[index]) {
                if written < 10_000 { written = written * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }  // beyond: no fast path
                index += 1
            }
            decimal.exponent += sign * written
        }
        let value: Double
        if let exact = decimal.exactValue {
            value = exact
        } else if let parsed = Double(JSONTreeBuilder.string(fromValidUTF8: UnsafeBufferPointer(rebasing: bytes[start..<index]))),
                  parsed.isFinite {
            value = parsed
        } else {
            throw error(.numberOutOfRange, at: start, expected: "a number whose magnitude fits a 64-bit float (below about 1.8e308)")
        }
        return JSONNumberToken(range: start..<index, value: value, isIntegerLiteral: isInteger)
    }

    @inline(__always) private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    // MARK: Strings

    /// Parses a string starting at the opening quote; validates UTF-8 and decodes escapes.
    /// With `fingerprinting` (for member names) it also returns the fingerprint of the decoded
    /// bytes, otherwise ``JSONKeyFingerprint/unknown``.
    private mutating func parseString(fingerprinting: Bool) throws(JSONParseError) -> JSONStringToken {
        index += 1  // opening quote
        let start = index
        var isASCII = true
        // Fast path: no escapes — validate and decode the slice in one go. Runs of plain
        // ASCII (no quote, backslash or control character) are passed over a word at a time.
        while index < bytes.count {
            index = PlainStringBytes.endOfPlainRun(in: bytes, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let fingerprint = fingerprinting && isASCII ? JSONKeyFingerprint(asciiBytes: start..<index, in: bytes) : .unknown
                let range = start..<index
                index += 1
                return JSONStringToken(range: range, unescaped: nil, fingerprint: fingerprint)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 {
                throw error(.controlCharacterInString, at: index, expected: "control characters (U+0000–U+001F) escaped, e.g. \\n or \\u0000")
            }
            if byte < 0x80 {
                index += 1
            } else {
                isASCII = false
                try skipUTF8Sequence()
            }
        }
        guard index < bytes.count else { throw error(.unexpectedEnd, at: index, expected: "the closing '\"' of the string") }
        // Slow path: copy what was scanned and decode escapes.
        var scalars: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let fingerprint = fingerprinting ? scalars.withUnsafeBufferPointer(JSONKeyFingerprint.init(utf8:)) : .unknown
                let range = start..<index
                index += 1
                return JSONStringToken(range: range, unescaped: scalars, fingerprint: fingerprint)
            }
            if byte == UInt8(ascii: "\\") {
                try decodeEscape(into: &scalars)
            } else if byte < 0x20 {
                throw error(.controlCharacterInString, at: index, expected: "control characters (U+0000–U+001F) escaped, e.g. \\n or \\u0000")
            } else if byte < 0x80 {
                scalars.append(byte)
                index += 1
            } else {
                let sequenceStart = index
                try skipUTF8Sequence()
                scalars.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[sequenceStart..<index]))
            }
        }
        throw error(.unexpectedEnd, at: index, expected: "the closing '\"' of the string")
    }

    private mutating func decodeEscape(into output: inout [UInt8]) throws(JSONParseError) {
        let escapeStart = index
        index += 1  // backslash
        guard index < bytes.count else { throw error(.unexpectedEnd, at: index, expected: "an escape character after '\\'") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): output.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            let first = try readHex4()
            var scalarValue = UInt32(first)
            if (0xD800...0xDBFF).contains(first) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error(.unpairedSurrogate, at: escapeStart, expected: "a low surrogate escape \\uDC00–\\uDFFF after a high surrogate")
                }
                index += 2
                let second = try readHex4()
                guard (0xDC00...0xDFFF).contains(second) else {
                    throw error(.unpairedSurrogate, at: escapeStart, expected: "a low surrogate escape \\uDC00–\\uDFFF after a high surrogate")
                }
                scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(first) {
                throw error(.unpairedSurrogate, at: escapeStart, expected: "a high surrogate escape \\uD800–\\uDBFF before a low surrogate")
            }
            let scalar = Unicode.Scalar(scalarValue)!  // surrogates excluded above
            output.append(contentsOf: UTF8.encode(scalar)!)
        default:
            throw error(.invalidEscape, at: escapeStart, expected: "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        }
    }

    private mutating func readHex4() throws(JSONParseError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error(.unexpectedEnd, at: index, expected: "four hexadecimal digits after \\u") }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error(.invalidEscape, at: index, expected: "four hexadecimal digits after \\u")
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    /// Advances over one well-formed multi-byte UTF-8 sequence (no overlongs, no surrogates,
    /// nothing above U+10FFFF), or throws at its first byte.
    private mutating func skipUTF8Sequence() throws(JSONParseError) {
        let lead = bytes[index]
        let length: Int
        var lowerBound: UInt8 = 0x80
        var upperBound: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowerBound = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upperBound = 0x9F
        case 0xF0: length = 4; lowerBound = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upperBound = 0x8F
        default: throw error(.invalidUTF8, at: index, expected: "well-formed UTF-8")
        }
        guard index + length <= bytes.count else { throw error(.invalidUTF8, at: index, expected: "well-formed UTF-8 (sequence cut short)") }
        let second = bytes[index + 1]
        guard second >= lowerBound, second <= upperBound else { throw error(.invalidUTF8, at: index, expected: "well-formed UTF-8") }
        for offset in 2..<max(2, length) {
            guard bytes[index + offset] & 0xC0 == 0x80 else { throw error(.invalidUTF8, at: index, expected: "well-formed UTF-8") }
        }
        index += length
    }

    // MARK: Whitespace and errors

    @inline(__always) private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Builds an error at `offset`, computing line and column (1-based; columns count Unicode
    /// scalars, i.e. bytes that are not UTF-8 continuation bytes).
    private func error(_ kind: JSONParseError.Kind, at offset: Int, expected: String) -> JSONParseError {
        var line = 1
        var column = 1
        var position = 0
        while position < offset, position < bytes.count {
            let byte = bytes[position]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            position += 1
        }
        let found: String
        if offset >= bytes.count {
            found = "end of input"
        } else {
            let byte = bytes[offset]
            if byte >= 0x20, byte < 0x7F {
                found = "'\(Character(Unicode.Scalar(byte)))'"
            } else {
                found = "byte 0x" + String(byte, radix: 16, uppercase: true)
            }
        }
        return JSONParseError(kind: kind, found: found, expected: expected, byteOffset: offset, line: line, column: column)
    }
}
