import Foundation
import StereotaxJSON

/// Reads records one at a time from a JSON array, a list envelope (`{"procedures": [...]}`,
/// `{"results": [...], "count": n}`, ...), a detail envelope, a single record, or NDJSON.
///
/// Memory stays constant in the number of records: the input is read in chunks and split at
/// the top level by a structural scan (strings and nesting respected) without parsing the
/// whole file; each record is then parsed on its own. Every record yields exactly one item,
/// in order, with its index, line and exact bytes: a malformed record (an NDJSON line, an
/// array element) yields a failed item and the stream goes on. A framing problem outside any
/// record (text after the closing `]`, a missing `]`) yields one further failed item.
///
/// In an array, damage is confined to one element as long as brackets and quotes balance; a
/// raw line break ends an unterminated string, so NDJSON damage never passes a line.
public struct RecordStream: Sequence {
    private enum Input {
        case file(URL)
        case memory([UInt8])
    }

    private let input: Input
    public let format: RecordStreamFormat
    /// The size of each read.
    public let chunkSize: Int
    /// Members of an envelope read as the record list (see ``RecordKind/allListKeys``).
    public let listKeys: Set<String>

    /// A stream over a file. Throws if the file cannot be opened.
    public init(
        contentsOf url: URL, format: RecordStreamFormat = .auto, chunkSize: Int = 1 << 20,
        listKeys: Set<String> = Set(RecordKind.allListKeys)
    ) throws(RecordStreamError) {
        do {
            try FileHandle(forReadingFrom: url).close()
        } catch {
            throw RecordStreamError.readFailed(path: url.path, reason: "\(error.localizedDescription)")
        }
        self.input = .file(url)
        self.format = format
        self.chunkSize = chunkSize
        self.listKeys = listKeys
    }

    /// A stream over bytes in memory (read in chunks all the same).
    public init(
        bytes: [UInt8], format: RecordStreamFormat = .auto, chunkSize: Int = 1 << 20,
        listKeys: Set<String> = Set(RecordKind.allListKeys)
    ) {
        self.input = .memory(bytes)
        self.format = format
        self.chunkSize = chunkSize
        self.listKeys = listKeys
    }

    /// When an iterator parses each record's JSON.
    public enum Parsing: Sendable {
        /// As the record is read: every item's ``RecordStreamItem/result`` is ready.
        case eager
        /// When ``RecordStreamItem/parsed()`` is called, e.g. on a worker thread; the reading
        /// thread only splits the input into records.
        case deferred
    }

    public func makeIterator() -> Iterator { makeIterator(parsing: .eager) }

    /// An iterator that parses records eagerly or leaves it to ``RecordStreamItem/parsed()``.
    /// Items, their order and their results are the same either way.
    public func makeIterator(parsing: Parsing) -> Iterator {
        switch input {
        case .memory(let bytes):
            return Iterator(reader: ByteReader(.memory(bytes), chunkSize: chunkSize), format: format, listKeys: listKeys, parsing: parsing)
        case .file(let url):
            do {
                let handle = try FileHandle(forReadingFrom: url)
                return Iterator(reader: ByteReader(.file(handle, path: url.path), chunkSize: chunkSize), format: format, listKeys: listKeys,
                                parsing: parsing)
            } catch {
                return Iterator(failure: .readFailed(path: url.path, reason: "\(error.localizedDescription)"))
            }
        }
    }

    /// Yields the items of a ``RecordStream``.
    public struct Iterator: IteratorProtocol {
        private let core: StreamCore

        init(reader: ByteReader, format: RecordStreamFormat, listKeys: Set<String>, parsing: Parsing) {
            core = StreamCore(reader: reader, format: format, listKeys: listKeys, parsing: parsing)
        }

        init(failure: RecordStreamError) {
            core = StreamCore(failure: failure)
        }

        /// The form the input was read as, once the first item has been requested.
        public var detectedFormat: RecordStreamFormat? { core.detectedFormat }

        public mutating func next() -> RecordStreamItem? { core.next() }

        /// The most input bytes held at once so far (the record being captured aside).
        var peakBufferedBytes: Int { core.peakBufferedBytes }
    }
}

/// The state machine behind ``RecordStream/Iterator``.
final class StreamCore {
    private enum State {
        case start
        /// Inside an array, before an element; `inEnvelope` says whether it is an envelope's list.
        case arrayElement(inEnvelope: Bool, first: Bool)
        case afterTopLevel
        /// Inside the top-level object, before a member name or `}`.
        case objectMember(first: Bool)
        /// Inside the top-level object, after a member value.
        case objectCommaOrEnd
        case ndjson
        case finished
    }

    private let reader: ByteReader?
    private let listKeys: Set<String>
    private let parsing: RecordStream.Parsing
    var peakBufferedBytes: Int { reader?.peakBufferedBytes ?? 0 }
    private var requestedFormat: RecordStreamFormat
    private(set) var detectedFormat: RecordStreamFormat?
    private var state = State.start
    private var nextIndex = 0
    private var pendingFailure: RecordStreamError?
    private var readErrorReported = false

    /// Document mode: whether a list member was found (then records come from it).
    private var listFound = false
    private var documentStartLine = 1
    private var documentStartOffset = 0
    private var documentStartColumn = 1
    /// Document mode without a list: each member's key and value range within the captured bytes.
    private var members: [(key: String, start: Int, end: Int)] = []

    init(reader: ByteReader, format: RecordStreamFormat, listKeys: Set<String>, parsing: RecordStream.Parsing) {
        self.reader = reader
        self.requestedFormat = format
        self.listKeys = listKeys
        self.parsing = parsing
    }

    init(failure: RecordStreamError) {
        self.reader = nil
        self.requestedFormat = .auto
        self.listKeys = []
        self.parsing = .eager
        self.pendingFailure = failure
        self.state = .finished
    }

    func next() -> RecordStreamItem? {
        guard let reader else { return takePendingFailure() }
        while true {
            switch state {
            case .finished:
                // A read error is one item, once (then the stream ends).
                if pendingFailure == nil, !readErrorReported, let readError = reader.readError {
                    pendingFailure = readError
                    readErrorReported = true
                }
                return takePendingFailure()
            case .start:
                start(reader)
            case .arrayElement(let inEnvelope, let first):
                if let item = arrayElement(reader, inEnvelope: inEnvelope, first: first) { return item }
            case .afterTopLevel:
                reader.skipWhitespace()
                state = .finished
                if reader.peek() != nil { return trailingContent(reader) }
            case .objectMember(let first):
                if let item = objectMember(reader, first: first) { return item }
            case .objectCommaOrEnd:
                if let item = objectCommaOrEnd(reader) { return item }
            case .ndjson:
                if let item = ndjsonLine(reader) { return item }
            }
        }
    }

    // MARK: Start and format detection

    private func start(_ reader: ByteReader) {
        reader.skipByteOrderMark()
        let format = requestedFormat == .auto ? detect(reader) : requestedFormat
        detectedFormat = format
        switch format {
        case .ndjson, .auto:
            detectedFormat = .ndjson
            state = .ndjson
        case .jsonArray:
            reader.skipWhitespace()
            guard let byte = reader.peek() else { state = .finished; return }
            guard byte == UInt8(ascii: "[") else {
                state = .finished
                pendingFailure = structureError(reader, expected: "'[' opening the JSON array")
                return
            }
            reader.advance()
            state = .arrayElement(inEnvelope: false, first: true)
        case .document:
            reader.skipWhitespace()
            guard let byte = reader.peek() else { state = .finished; return }
            guard byte == UInt8(ascii: "{") else {
                state = .finished
                pendingFailure = structureError(reader, expected: "'{' opening the document")
                return
            }
            documentStartLine = reader.line
            documentStartOffset = reader.offset
            documentStartColumn = reader.column
            reader.startCapture()
            reader.advance()
            state = .objectMember(first: true)
        }
    }

    /// The format of the input, from at most three lines (and 16 MiB) of look-ahead (see
    /// ``RecordStreamFormat/auto``). A first line longer than that is read as a document.
    private func detect(_ reader: ByteReader) -> RecordStreamFormat {
        let limit = 16 << 20
        var newlines = 0
        var scanned = 0
        let head = reader.lookahead(limit: limit) { bytes in
            for byte in bytes.dropFirst(scanned) where byte == 0x0A { newlines += 1 }
            scanned = bytes.count
            return newlines >= 3
        }
        guard let firstIndex = head.firstIndex(where: { !Self.isWhitespace($0) }) else { return .ndjson }
        switch head[firstIndex] {
        case UInt8(ascii: "["): return .jsonArray
        case UInt8(ascii: "{"): break
        default: return .ndjson
        }
        var lines = head[firstIndex...].split(separator: 0x0A, maxSplits: 3, omittingEmptySubsequences: false)
        guard lines.count > 1 else {
            return .document  // one line (or longer than the look-ahead): a single document
        }
        if lines.count == 4 { lines.removeLast() }  // the rest, beyond three lines
        if Self.isCompleteValue(lines[0]) {
            return lines.dropFirst().contains(where: { $0.contains(where: { !Self.isWhitespace($0) }) }) ? .ndjson : .document
        }
        // An incomplete first line is a broken NDJSON record only if the next lines are whole
        // records (or the input ends); in a pretty-printed document they never are.
        func isRecordLine(_ line: ArraySlice<UInt8>) -> Bool {
            line.first(where: { !Self.isWhitespace($0) }) == UInt8(ascii: "{") && Self.isCompleteValue(line)
        }
        let secondIsRecord = isRecordLine(lines[1])
        let thirdIsRecordOrEnd = lines.count < 3 || isRecordLine(lines[2])
            || !lines[2].contains(where: { !Self.isWhitespace($0) })
        return secondIsRecord && thirdIsRecordOrEnd ? .ndjson : .document
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Whether `bytes` hold exactly one balanced value (by a structural scan) and then only whitespace.
    private static func isCompleteValue(_ bytes: ArraySlice<UInt8>) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        var closed = false
        for byte in bytes {
            if closed {
                if !isWhitespace(byte) { return false }
                continue
            }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { closed = true }
                if depth < 0 { return false }
            default: break
            }
        }
        return closed
    }

    // MARK: Arrays

    private func arrayElement(_ reader: ByteReader, inEnvelope: Bool, first: Bool) -> RecordStreamItem? {
        reader.skipWhitespace()
        if first, reader.peek() == UInt8(ascii: "]") {
            reader.advance()
            state = inEnvelope ? .objectCommaOrEnd : .afterTopLevel
            return nil
        }
        let line = reader.line
        let column = reader.column
        let offset = reader.offset
        reader.startCapture()
        let stop = reader.scanValue { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "]") }
        let bytes = Self.trimmingTrailingWhitespace(reader.endCapture())
        switch stop {
        case UInt8(ascii: ",")?:
            reader.advance()
            state = .arrayElement(inEnvelope: inEnvelope, first: false)
        case UInt8(ascii: "]")?:
            reader.advance()
            state = inEnvelope ? .objectCommaOrEnd : .afterTopLevel
        default:
            state = .finished
            pendingFailure = .structure(line: reader.line, column: reader.column, found: "end of input",
                                        expected: "',' or ']' (the array is not closed)")
        }
        return makeItem(bytes: bytes, line: line, column: column, offset: offset)
    }

    // MARK: The top-level object

    private func objectMember(_ reader: ByteReader, first: Bool) -> RecordStreamItem? {
        reader.skipWhitespace()
        guard let byte = reader.peek() else { return failStructure(reader, expected: "a member name or '}'") }
        if byte == UInt8(ascii: "}"), first {
            reader.advance()
            return finishDocument(reader)
        }
        guard byte == UInt8(ascii: "\"") else {
            return failStructure(reader, expected: first ? "a member name or '}'" : "a member name after ','")
        }
        guard let key = readKey(reader) else { return failStructure(reader, expected: "a well-formed member name") }
        reader.skipWhitespace()
        guard reader.peek() == UInt8(ascii: ":") else { return failStructure(reader, expected: "':' after the member name") }
        reader.advance()
        reader.skipWhitespace()
        if !listFound, listKeys.contains(key), reader.peek() == UInt8(ascii: "[") {
            listFound = true
            reader.cancelCapture()
            members.removeAll()
            reader.advance()
            state = .arrayElement(inEnvelope: true, first: true)
            return nil
        }
        let start = reader.offset - documentStartOffset
        let stop = reader.scanValue { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "}") }
        guard stop != nil else { return failStructure(reader, expected: "',' or '}' (the object is not closed)") }
        if !listFound { members.append((key, start, reader.offset - documentStartOffset)) }
        state = .objectCommaOrEnd
        return nil
    }

    private func objectCommaOrEnd(_ reader: ByteReader) -> RecordStreamItem? {
        reader.skipWhitespace()
        switch reader.peek() {
        case UInt8(ascii: ",")?:
            reader.advance()
            state = .objectMember(first: false)
            return nil
        case UInt8(ascii: "}")?:
            reader.advance()
            return finishDocument(reader)
        default:
            return failStructure(reader, expected: "',' or '}' after a member value")
        }
    }

    /// After the top-level object's `}`: nothing more if the records came from a list;
    /// otherwise the object is a detail envelope (its record) or a single record.
    private func finishDocument(_ reader: ByteReader) -> RecordStreamItem? {
        state = .afterTopLevel
        guard !listFound else { return nil }
        let bytes = reader.endCapture()
        if members.count == 1, let member = members.first, RecordKind(detailKey: member.key) != nil {
            let valueBytes = Self.trimmingTrailingWhitespace(Array(bytes[member.start..<member.end]))
            if valueBytes.first == UInt8(ascii: "{") {
                let (line, column) = Self.position(of: member.start, in: bytes, startLine: documentStartLine, startColumn: documentStartColumn)
                return makeItem(bytes: valueBytes, line: line, column: column, offset: documentStartOffset + member.start)
            }
        }
        return makeItem(bytes: bytes, line: documentStartLine, column: documentStartColumn, offset: documentStartOffset)
    }

    /// Reads a member name (the reader is at its opening quote).
    private func readKey(_ reader: ByteReader) -> String? {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        reader.advance()
        var escaped = false
        while let byte = reader.peek() {
            reader.advance()
            bytes.append(byte)
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                return (try? JSONValue.parse(bytes))?.stringValue
            } else if byte == 0x0A {
                return nil
            }
        }
        return nil
    }

    // MARK: NDJSON

    private func ndjsonLine(_ reader: ByteReader) -> RecordStreamItem? {
        while true {
            guard reader.peek() != nil else {
                state = .finished
                return nil
            }
            let line = reader.line
            let offset = reader.offset
            reader.startCapture()
            reader.scanToLineEnd()
            var bytes = reader.endCapture()
            if reader.peek() == 0x0A { reader.advance() }
            if bytes.last == 0x0D { bytes.removeLast() }
            guard bytes.contains(where: { !Self.isWhitespace($0) }) else { continue }
            return makeItem(bytes: bytes, line: line, column: 1, offset: offset)
        }
    }

    // MARK: Items and errors

    private func makeItem(bytes: [UInt8], line: Int, column: Int, offset: Int) -> RecordStreamItem {
        defer { nextIndex += 1 }
        switch parsing {
        case .eager:
            return RecordStreamItem(index: nextIndex, line: line, byteOffset: offset, bytes: bytes,
                                    result: RecordStreamItem.parse(bytes, line: line, column: column))
        case .deferred:
            return RecordStreamItem(index: nextIndex, line: line, column: column, byteOffset: offset, unparsedBytes: bytes)
        }
    }

    private func takePendingFailure() -> RecordStreamItem? {
        guard let failure = pendingFailure else { return nil }
        pendingFailure = nil
        let line: Int
        switch failure {
        case .structure(let errorLine, _, _, _), .emptyRecord(let errorLine, _), .invalidJSON(let errorLine, _, _),
             .notAnObject(let errorLine, _):
            line = errorLine
        case .readFailed:
            line = reader?.line ?? 1
        }
        defer { nextIndex += 1 }
        return RecordStreamItem(index: nextIndex, line: line, byteOffset: reader?.offset ?? 0, bytes: [], result: .failure(failure))
    }

    private func structureError(_ reader: ByteReader, expected: String) -> RecordStreamError {
        let found: String
        if let byte = reader.peek() {
            found = byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + String(byte, radix: 16, uppercase: true)
        } else {
            found = "end of input"
        }
        return .structure(line: reader.line, column: reader.column, found: found, expected: expected)
    }

    /// Ends the stream on broken framing of the top-level object. Without a list yet, the
    /// document itself is the one failed record; after its list, the failure is reported alone.
    private func failStructure(_ reader: ByteReader, expected: String) -> RecordStreamItem? {
        let error = structureError(reader, expected: expected)
        state = .finished
        if listFound {
            pendingFailure = error
            return nil
        }
        let bytes = reader.endCapture()
        defer { nextIndex += 1 }
        return RecordStreamItem(index: nextIndex, line: documentStartLine, byteOffset: documentStartOffset, bytes: bytes, result: .failure(error))
    }

    private func trailingContent(_ reader: ByteReader) -> RecordStreamItem {
        let line = reader.line
        let column = reader.column
        let offset = reader.offset
        reader.startCapture()
        reader.scanToLineEnd()
        let bytes = reader.endCapture()
        defer { nextIndex += 1 }
        return RecordStreamItem(index: nextIndex, line: line, byteOffset: offset, bytes: bytes,
                                result: .failure(.structure(line: line, column: column, found: "more text", expected: "end of input after the top-level value")))
    }

    private static func trimmingTrailingWhitespace(_ bytes: [UInt8]) -> [UInt8] {
        var end = bytes.count
        while end > 0, isWhitespace(bytes[end - 1]) { end -= 1 }
        return end == bytes.count ? bytes : Array(bytes[..<end])
    }

    /// Line and column of byte `offset` within `bytes` that start at (`startLine`, `startColumn`).
    private static func position(of offset: Int, in bytes: [UInt8], startLine: Int, startColumn: Int) -> (Int, Int) {
        var line = startLine
        var column = startColumn
        for byte in bytes[..<offset] {
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
