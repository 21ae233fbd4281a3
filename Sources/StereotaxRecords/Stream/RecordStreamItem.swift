import StereotaxJSON

/// One record of a ``RecordStream``: its position, its exact bytes and its JSON (or the error).
///
/// An item from a deferred-parsing iterator (``RecordStream/makeIterator(parsing:)`` with
/// ``RecordStream/Parsing/deferred``) holds only its bytes until ``parsed()`` is called, so
/// that the parse can run on another thread than the structural scan; its ``result`` is then
/// exactly what the eager iterator would have given.
public struct RecordStreamItem: Sendable {
    private enum Content: Sendable {
        case parsed(Result<JSONValue, RecordStreamError>)
        /// Not parsed yet; the column where the record starts (its line is ``line``).
        case unparsed(column: Int)
    }

    /// 0-based position in the input: every record yields one item, failed ones included.
    public let index: Int
    /// The 1-based line where the record starts.
    public let line: Int
    /// The byte offset where the record starts.
    public let byteOffset: Int
    /// The record's bytes exactly as in the input (NDJSON: without the line break).
    public let bytes: [UInt8]
    private let content: Content

    public init(index: Int, line: Int, byteOffset: Int, bytes: [UInt8], result: Result<JSONValue, RecordStreamError>) {
        self.index = index
        self.line = line
        self.byteOffset = byteOffset
        self.bytes = bytes
        self.content = .parsed(result)
    }

    /// An item whose bytes are parsed later (by ``parsed()``), starting at (`line`, `column`).
    init(index: Int, line: Int, column: Int, byteOffset: Int, unparsedBytes bytes: [UInt8]) {
        self.index = index
        self.line = line
        self.byteOffset = byteOffset
        self.bytes = bytes
        self.content = .unparsed(column: column)
    }

    /// Whether the JSON has been parsed (always, except for items of a deferred-parsing iterator
    /// before ``parsed()``).
    public var isParsed: Bool {
        if case .parsed = content { return true }
        return false
    }

    /// This item with its JSON parsed (itself if it already is).
    public func parsed() -> RecordStreamItem {
        guard case .unparsed(let column) = content else { return self }
        return RecordStreamItem(index: index, line: line, byteOffset: byteOffset, bytes: bytes,
                                result: Self.parse(bytes, line: line, column: column))
    }

    /// The parsed value, or why there is none (parsed on each access if not ``isParsed``).
    public var result: Result<JSONValue, RecordStreamError> {
        switch content {
        case .parsed(let result): return result
        case .unparsed(let column): return Self.parse(bytes, line: line, column: column)
        }
    }

    /// The value, if the record parsed.
    public var value: JSONValue? { try? result.get() }

    /// The error, if it did not.
    public var error: RecordStreamError? {
        if case .failure(let error) = result { return error }
        return nil
    }

    /// The record's JSON read into a tape (strings and numbers made only when read), or the
    /// error ``result`` gives; read from ``bytes`` on each access.
    public var tape: Result<JSONTape, RecordStreamError> {
        switch content {
        case .parsed(.failure(let error)): return .failure(error)
        case .parsed(.success): return Self.parse(bytes, line: line, column: 1, with: JSONTape.parse)  // it parses again
        case .unparsed(let column): return Self.parse(bytes, line: line, column: column, with: JSONTape.parse)
        }
    }

    /// The record as a model, keeping its bytes for byte-exact write-back.
    public func record<R: BrainSTEMRecord>(as type: R.Type) -> Result<R, RecordStreamError> {
        switch result {
        case .failure(let error): return .failure(error)
        case .success(.object(let object)): return .success(R(raw: RawRecord(object, sourceBytes: bytes)))
        case .success(let other): return .failure(.notAnObject(line: line, found: other.typeName))
        }
    }

    /// The record as a procedure (any shape).
    public var procedure: Result<ProcedureRecord, RecordStreamError> { record(as: ProcedureRecord.self) }

    /// Parses a record's bytes that start at (`line`, `column`); error positions are the input's.
    static func parse(_ bytes: [UInt8], line: Int, column: Int) -> Result<JSONValue, RecordStreamError> {
        parse(bytes, line: line, column: column) { bytes throws(JSONParseError) in try JSONValue.parse(bytes, sharing: .brainSTEMRecords) }
    }

    /// Reads a record's bytes that start at (`line`, `column`) with `read` (into a tree or a
    /// tape); error positions are the input's.
    private static func parse<Parsed>(
        _ bytes: [UInt8], line: Int, column: Int, with read: ([UInt8]) throws(JSONParseError) -> Parsed
    ) -> Result<Parsed, RecordStreamError> {
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }) else {
            return .failure(.emptyRecord(line: line, column: column))
        }
        do {
            return .success(try read(bytes))
        } catch {
            let errorLine = line + error.line - 1
            let errorColumn = error.line == 1 ? column + error.column - 1 : error.column
            return .failure(.invalidJSON(line: errorLine, column: errorColumn, error))
        }
    }
}
