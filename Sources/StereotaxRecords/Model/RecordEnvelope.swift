import StereotaxJSON

/// A whole BrainSTEM response or export held in memory: a list envelope
/// (`{"procedures": [...]}`, `{"results": [...], "count": n}`), a detail envelope
/// (`{"procedure": {...}}`) or a bare array of records.
///
/// For large files use ``RecordStream``, which reads the same forms one record at a time.
public struct RecordEnvelope: Hashable, Sendable {
    /// How the records are wrapped.
    public enum Form: String, Hashable, Sendable {
        /// `[ {...}, {...} ]`
        case array
        /// `{"procedures": [ ... ]}` and other list members (see ``RecordKind/allListKeys``).
        case list
        /// `{"procedure": { ... }}`: one record.
        case detail
    }

    public let form: Form
    /// The member holding the records (`nil` for a bare array).
    public let key: String?
    /// The kind the key names (`nil` for a bare array or a generic key such as `results`).
    public let kind: RecordKind?
    /// The whole document, unchanged (other members such as `count` or `next` included).
    public let document: JSONValue
    /// The record values, in order (a detail envelope has one).
    public let records: [JSONValue]

    /// Recognises the form of `document`.
    public init(document: JSONValue) throws(RecordDecodingError) {
        self.document = document
        switch document {
        case .array(let elements):
            (form, key, kind, records) = (.array, nil, nil, elements)
        case .object(let object):
            if let member = object.members.first(where: { member in
                if case .array = member.value { return RecordKind.allListKeys.contains(member.key) }
                return false
            }), case .array(let elements) = member.value {
                (form, key, kind, records) = (.list, member.key, RecordKind(listKey: member.key), elements)
            } else if object.count == 1, let member = object.members.first,
                      let detailKind = RecordKind(detailKey: member.key), case .object = member.value {
                (form, key, kind, records) = (.detail, member.key, detailKind, [member.value])
            } else {
                let keys = object.keys.prefix(6).map { "\"\($0)\"" }.joined(separator: ", ")
                throw RecordDecodingError.notAnEnvelope(found: "an object with members \(keys)")
            }
        default:
            throw RecordDecodingError.notAnEnvelope(found: "a JSON \(document.typeName)")
        }
    }

    /// Parses and recognises a document.
    public init(parsing bytes: [UInt8]) throws(RecordDecodingError) {
        let value: JSONValue
        do { value = try JSONValue.parse(bytes) } catch { throw RecordDecodingError.invalidJSON(error) }
        try self.init(document: value)
    }

    /// A list envelope `{"<kind.listKey>": [records]}`.
    public static func list(_ kind: RecordKind, records: [JSONValue]) -> RecordEnvelope {
        // Cannot fail: the document is a list envelope by construction.
        RecordEnvelope(form: .list, key: kind.listKey, kind: kind,
                       document: .object(JSONObject([.init(key: kind.listKey, value: .array(records))])), records: records)
    }

    /// A detail envelope `{"<kind.detailKey>": record}`.
    public static func detail(_ kind: RecordKind, record: JSONValue) -> RecordEnvelope {
        RecordEnvelope(form: .detail, key: kind.detailKey, kind: kind,
                       document: .object(JSONObject([.init(key: kind.detailKey, value: record)])), records: [record])
    }

    private init(form: Form, key: String?, kind: RecordKind?, document: JSONValue, records: [JSONValue]) {
        (self.form, self.key, self.kind, self.document, self.records) = (form, key, kind, document, records)
    }

    /// The path of record `index` in the document: `$[3]`, `$.procedures[3]` or `$.procedure`.
    public func path(ofRecord index: Int) -> RecordPath {
        switch form {
        case .array: return RecordPath([.index(index)])
        case .list: return RecordPath([.key(key ?? ""), .index(index)])
        case .detail: return RecordPath([.key(key ?? "")])
        }
    }

    /// The records as models of type `R` (a non-object element gives a failure, in place).
    public func records<R: BrainSTEMRecord>(as type: R.Type) -> [Result<R, RecordDecodingError>] {
        records.map { value in Result { () throws(RecordDecodingError) -> R in try R(value) } }
    }
}
