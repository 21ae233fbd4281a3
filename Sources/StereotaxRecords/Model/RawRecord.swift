import StereotaxJSON

/// The JSON object of one record, and the exact bytes it was read from while it is unchanged.
///
/// Writing an untouched record gives back its source bytes (whitespace, escapes and all);
/// a record changed through ``replacing(_:with:)`` is written from its object, compact, with
/// member order and number literals kept.
public struct RawRecord: Hashable, Sendable {
    /// The record's members in document order.
    public private(set) var object: JSONObject
    /// The bytes the record was read from; `nil` once changed, or when built in memory.
    public private(set) var sourceBytes: [UInt8]?

    public init(_ object: JSONObject, sourceBytes: [UInt8]? = nil) {
        self.object = object
        self.sourceBytes = sourceBytes
    }

    /// The record as a JSON value.
    public var value: JSONValue { .object(object) }

    /// The value at `path`, or `nil`.
    public func value(at path: RecordPath) -> JSONValue? { value.value(at: path) }

    /// The record with the value at `path` replaced (see ``StereotaxJSON/JSONValue/replacing(_:with:)``).
    public func replacing(_ path: RecordPath, with newValue: JSONValue) throws(RecordPathError) -> RawRecord {
        let updated = try value.replacing(path, with: newValue)
        guard case .object(let object) = updated else { throw RecordPathError.rootMustBeObject(found: updated.typeName) }
        return RawRecord(object)
    }

    /// The record without the value at `path`.
    public func removing(_ path: RecordPath) throws(RecordPathError) -> RawRecord {
        guard !path.components.isEmpty else { throw RecordPathError.rootMustBeObject(found: "nothing") }
        let updated = try value.removing(path)
        guard case .object(let object) = updated else { throw RecordPathError.rootMustBeObject(found: updated.typeName) }
        return RawRecord(object)
    }

    /// The bytes to write: the source bytes if unchanged, else the compact serialization.
    public func serializedBytes() -> [UInt8] {
        sourceBytes ?? value.serializedBytes(.compact)
    }

    /// ``serializedBytes()`` as a string.
    public func serialized() -> String { String(decoding: serializedBytes(), as: UTF8.self) }

    /// Records are equal when their JSON is (source layout is not compared).
    public static func == (a: RawRecord, b: RawRecord) -> Bool { a.object == b.object }
    public func hash(into hasher: inout Hasher) { hasher.combine(object) }
}
