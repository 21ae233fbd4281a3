import StereotaxJSON

/// One record of a ``RecordStream``: its position, its exact bytes and its JSON (or the error).
public struct RecordStreamItem: Sendable {
    /// 0-based position in the input: every record yields one item, failed ones included.
    public let index: Int
    /// The 1-based line where the record starts.
    public let line: Int
    /// The byte offset where the record starts.
    public let byteOffset: Int
    /// The record's bytes exactly as in the input (NDJSON: without the line break).
    public let bytes: [UInt8]
    /// The parsed value, or why there is none.
    public let result: Result<JSONValue, RecordStreamError>

    public init(index: Int, line: Int, byteOffset: Int, bytes: [UInt8], result: Result<JSONValue, RecordStreamError>) {
        self.index = index
        self.line = line
        self.byteOffset = byteOffset
        self.bytes = bytes
        self.result = result
    }

    /// The value, if the record parsed.
    public var value: JSONValue? { try? result.get() }

    /// The error, if it did not.
    public var error: RecordStreamError? {
        if case .failure(let error) = result { return error }
        return nil
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
}
