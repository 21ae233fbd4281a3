import StereotaxJSON

/// A BrainSTEM record model: a typed view over the record's JSON, which it keeps whole.
///
/// Reading is tolerant (accessors return `nil` for absent or mistyped members; the schema
/// check says what is wrong), and writing an unchanged record gives back its source bytes.
public protocol BrainSTEMRecord: Hashable, Sendable {
    /// The kind of record (which API endpoint it comes from).
    static var kind: RecordKind { get }
    /// The record's JSON and source bytes.
    var raw: RawRecord { get }
    /// A model over `raw`; never fails (any object is accepted).
    init(raw: RawRecord)
}

extension BrainSTEMRecord {
    /// A model over a JSON value, which must be an object.
    public init(_ value: JSONValue, sourceBytes: [UInt8]? = nil) throws(RecordDecodingError) {
        guard case .object(let object) = value else { throw RecordDecodingError.notAnObject(found: value.typeName) }
        self.init(raw: RawRecord(object, sourceBytes: sourceBytes))
    }

    /// Parses one record from UTF-8 bytes, keeping them for byte-exact write-back.
    public init(parsing bytes: [UInt8]) throws(RecordDecodingError) {
        let value: JSONValue
        do { value = try JSONValue.parse(bytes) } catch { throw RecordDecodingError.invalidJSON(error) }
        try self.init(value, sourceBytes: bytes)
    }

    /// Parses one record from a string, keeping its bytes for byte-exact write-back.
    public init(parsing text: String) throws(RecordDecodingError) {
        try self.init(parsing: Array(text.utf8))
    }

    /// The record's members.
    public var json: JSONObject { raw.object }

    /// `id`, if it is a string.
    public var id: String? { raw.object["id"]?.stringValue }

    /// `type`, if it is a string.
    public var recordType: String? { raw.object["type"]?.stringValue }

    /// The value at `path`, or `nil`.
    public subscript(path: RecordPath) -> JSONValue? { raw.value(at: path) }

    /// The record with only the value at `path` changed (an absent last member is appended).
    public func replacing(path: RecordPath, with newValue: JSONValue) throws(RecordPathError) -> Self {
        Self(raw: try raw.replacing(path, with: newValue))
    }

    /// The record without the value at `path`.
    public func removing(path: RecordPath) throws(RecordPathError) -> Self {
        Self(raw: try raw.removing(path))
    }

    /// The record's bytes: its source if unchanged, else compact JSON.
    public func serializedBytes() -> [UInt8] { raw.serializedBytes() }

    /// ``serializedBytes()`` as a string.
    public func serialized() -> String { raw.serialized() }

    /// The string member `key`, or `nil` if absent or not a string.
    func string(_ key: String) -> String? { raw.object[key]?.stringValue }

    /// The member `key` as a list of strings, or `nil` if absent or not an array of strings.
    func strings(_ key: String) -> [String]? { raw.object[key].flatMap(Self.strings) }

    /// `value` as a list of strings, or `nil` if it is not an array of strings.
    static func strings(_ value: JSONValue) -> [String]? {
        guard case .array(let elements) = value else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let text) = element else { return nil }
            strings.append(text)
        }
        return strings
    }
}
