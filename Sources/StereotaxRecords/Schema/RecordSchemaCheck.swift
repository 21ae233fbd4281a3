import StereotaxCoordinates
import StereotaxJSON

/// Checks procedure records against the BrainSTEM schema, one at a time, and remembers ids
/// so that a repeated id is found across a whole stream.
///
/// Coordinate problems come from `StereotaxCoordinates`' decoder (its issue codes mapped to
/// ``RecordFindingCode``); this check adds the record-level rules (required members, types,
/// UUIDs, notes length, duplicate ids) and the plausibility rules on decoded values (angle
/// range, DV sign, sizes that betray a unit slip). Memory grows only with the number of
/// distinct ids (16 bytes each for UUIDs).
public struct RecordSchemaCheck: Sendable {
    /// BrainSTEM's limit on `notes`/`description`, in Unicode scalars (as the server counts).
    public static let notesLimit = 500
    /// Lengths relative to bregma or lambda beyond this are taken for a unit slip (a rat brain
    /// is about 20 mm long).
    public static let implausibleRelativeLength = 20.0
    /// CCF coordinates beyond this (the mouse CCF volume is 13.2 × 8.0 × 11.4 mm) are taken
    /// for a unit slip.
    public static let implausibleCCFLength = 15.0

    private enum IDKey: Hashable, Sendable {
        case uuid(RecordUUID)
        case text(String)
    }

    private var firstIndexOfID: [IDKey: Int] = [:]

    public init() {}

    /// Checks a stream item: an unreadable item gives one `schema.unreadable` finding.
    public mutating func check(_ item: RecordStreamItem) -> [RecordFinding] {
        switch item.procedure {
        case .success(let record):
            return check(record, index: item.index)
        case .failure(.notAnObject(_, let found)):
            return [RecordFinding(recordIndex: item.index, recordID: nil, path: .root, code: .notAnObject, severity: .error,
                                  message: "the record is a JSON \(found), not an object")]
        case .failure(let error):
            return [RecordFinding(recordIndex: item.index, recordID: nil, path: .root, code: .unreadable, severity: .error,
                                  message: error.description)]
        }
    }

    /// Checks one procedure record (any shape) found at `index` in its input.
    public mutating func check(_ record: ProcedureRecord, index: Int) -> [RecordFinding] {
        checkAndDecode(record, index: index).findings
    }

    /// Checks one procedure record like ``check(_:index:)`` and also hands back its decoded
    /// coordinates (exactly `record.decodeCoordinates()`), so that a caller placing the target
    /// need not decode them a second time.
    public mutating func checkAndDecode(
        _ record: ProcedureRecord, index: Int
    ) -> (findings: [RecordFinding], coordinates: CoordinateDecodingResult<Coordinates>?) {
        let view = record.view
        let id = view.id
        var findings = FindingList(index: index)
        Self.checkMembers(view, into: &findings)
        checkDuplicateID(id, into: &findings)
        let decoded = view.decodeCoordinates()
        Self.checkCoordinates(view, decoded: decoded, into: &findings)
        return (findings.findings(recordID: id), decoded)
    }

    /// Checks one procedure record on its own, by every rule except the repeated id (which
    /// needs the whole stream), and hands back its decoded coordinates: what
    /// ``checkAndDecode(_:index:)`` gives on a fresh check. It keeps no state, so threads can
    /// call it at once while the caller looks for repeated ids itself.
    public static func checkAndDecodeIgnoringRepeatedIDs(
        _ record: ProcedureRecord, index: Int
    ) -> (findings: [RecordFinding], coordinates: CoordinateDecodingResult<Coordinates>?) {
        checkAndDecodeIgnoringRepeatedIDs(record.view, index: index)
    }

    /// ``checkAndDecodeIgnoringRepeatedIDs(_:index:)`` reading the record where it is kept (a
    /// tree or a tape): the same findings for the same JSON.
    @specialized(where Object == JSONTape.Value)
    public static func checkAndDecodeIgnoringRepeatedIDs<Object: JSONView>(
        _ record: ProcedureView<Object>, index: Int
    ) -> (findings: [RecordFinding], coordinates: CoordinateDecodingResult<Coordinates>?) {
        var findings = FindingList(index: index)
        checkMembers(record, into: &findings)
        let decoded = record.decodeCoordinates()
        checkCoordinates(record, decoded: decoded, into: &findings)
        return (findings.findings(recordID: record.id), decoded)
    }

    // MARK: Members

    /// The fields whose JSON type the member rules check, in order (the coordinates are the
    /// decoder's). Kept, not made for each record as `allCases` would be.
    private static let typeCheckedFields = ProcedureField.allCases.filter { $0 != .coordinatesDetails }

    private static func checkMembers<Object: JSONView>(_ record: ProcedureView<Object>, into findings: inout FindingList) {
        for field in ProcedureShape.requiredFields {
            guard let key = record.key(for: field) else { continue }
            guard let value = record.value(of: field) else {
                findings.add(RecordPath(keys: key), .requiredMissing, .error, "\(key) is required but absent")
                continue
            }
            switch value.kind {
            case .null:
                findings.add(RecordPath(keys: key), .requiredMissing, .error, "\(key) is required but null")
            case .string where isBlank(value):
                findings.add(RecordPath(keys: key), .requiredMissing, .error, "\(key) is required but empty")
            default:
                break
            }
        }
        for field in Self.typeCheckedFields {
            guard let value = record.value(of: field), value.kind != .null else { continue }
            // Names and paths are built only for a finding: most members have none.
            func key() -> String { record.key(for: field) ?? field.rawValue }
            func path() -> RecordPath { RecordPath(keys: key()) }
            switch field.expectedValue {
            case .string:
                guard value.kind == .string else {
                    findings.add(path(), .wrongType, .error, "\(key()) is a JSON \(value.typeName), expected a string")
                    continue
                }
            case .uuidString:
                checkUUID(value, at: path(), name: key(), into: &findings)
            case .uuidList:
                guard value.kind == .array else {
                    findings.add(path(), .wrongType, .error, "\(key()) is a JSON \(value.typeName), expected a list of UUID strings")
                    continue
                }
                for (position, element) in value.elements.enumerated() {
                    checkUUID(element, at: path().appending(index: position), name: "\(key())[\(position)]", into: &findings)
                }
            case .object:
                guard value.kind == .object else {
                    findings.add(path(), .wrongType, .error, "\(key()) is a JSON \(value.typeName), expected an object")
                    continue
                }
            }
        }
        // At most 500 bytes of UTF-8 are at most 500 scalars: only longer notes need counting.
        if let notesValue = record.value(of: .notes), notesValue.withStringUTF8({ $0.count > Self.notesLimit }) ?? true,
           let notes = notesValue.stringValue, notes.utf8.count > Self.notesLimit, let key = record.key(for: .notes) {
            let length = notes.unicodeScalars.count
            if length > Self.notesLimit {
                findings.add(RecordPath(keys: key), .notesTooLong, .error,
                             "\(key) has \(length) characters, more than the \(Self.notesLimit) BrainSTEM accepts")
            }
        }
    }

    /// Whether `value`, a string, is empty or only white space; a first byte that is printable
    /// ASCII other than space answers without making the string.
    private static func isBlank<Value: JSONView>(_ value: Value) -> Bool {
        if value.withStringUTF8({ $0.first.map { $0 > 0x20 && $0 < 0x7F } ?? false }) == true { return false }
        return value.stringValue?.isBlank ?? false
    }

    /// Whether `value` is a string that is a UUID (read in place where it can be).
    private static func isUUIDString<Value: JSONView>(_ value: Value) -> Bool {
        if let valid = value.withStringUTF8({ RecordUUID(utf8: $0) != nil }) { return valid }
        return value.stringValue.flatMap(RecordUUID.init) != nil
    }

    /// `path` and `name` are evaluated only for a finding.
    private static func checkUUID<Value: JSONView>(
        _ value: Value, at path: @autoclosure () -> RecordPath, name: @autoclosure () -> String, into findings: inout FindingList
    ) {
        guard value.kind == .string else {
            findings.add(path(), .wrongType, .error, "\(name()) is a JSON \(value.typeName), expected a UUID string")
            return
        }
        if !isUUIDString(value), let text = value.stringValue {
            let at = path()
            let trimmed = text.trimming(" \t\n{}")
            let fix = RecordUUID(trimmed).map {
                RecordFix(path: at, replacement: .string($0.description), summary: "write \"\($0)\"")
            }
            findings.add(at, .malformedUUID, .error, "\(name()) \"\(text)\" is not a UUID (8-4-4-4-12 hexadecimal digits)", fix: fix)
        }
    }

    // MARK: Ids

    private mutating func checkDuplicateID(_ id: String?, into findings: inout FindingList) {
        guard let id else { return }
        let key = RecordUUID(id).map(IDKey.uuid) ?? .text(id)
        if let first = firstIndexOfID[key] {
            findings.add(RecordPath(keys: "id"), .duplicateID, .error, "id \(id) is also the id of record \(first)")
        } else {
            firstIndexOfID[key] = findings.index
        }
    }

    // MARK: Coordinates

    /// The findings of `decoded`, the record's `decodeCoordinates()`.
    private static func checkCoordinates<Object: JSONView>(
        _ record: ProcedureView<Object>, decoded: CoordinateDecodingResult<Coordinates>?, into findings: inout FindingList
    ) {
        guard let detailsKey = record.key(for: .coordinatesDetails) else { return }
        // Absent, null, blank or not a string: reported by the member rules above.
        guard let systemName = record.value(of: .coordinatesSystem), systemName.kind == .string, !isBlank(systemName) else { return }
        // The outcome taken apart once (each of `issues` and `value` would copy it whole).
        let issues: [CoordinateIssue]
        let coordinates: Coordinates?
        switch decoded {
        case nil: return
        case .decoded(let value, let found)?: (coordinates, issues) = (value, found)
        case .failed(let found)?: (coordinates, issues) = (nil, found)
        }
        // The path of the details is built only where a finding needs it.
        for issue in issues {
            findings.add(finding(for: issue, record: record, detailsKey: detailsKey))
        }
        guard let coordinates, let details = record.coordinatesDetails, details.kind == .object else { return }
        checkPlausibility(coordinates, details: details, detailsKey: detailsKey, into: &findings)
    }

    private static func finding<Object: JSONView>(for issue: CoordinateIssue, record: ProcedureView<Object>, detailsKey: String) -> PendingFinding {
        let path = RecordPath(parsing: issue.path) ?? RecordPath(keys: detailsKey)
        let severity: RecordFinding.Severity = issue.severity == .error ? .error : .warning
        let message = "\(issue.message); expected \(issue.expected)"
        switch issue.code {
        case .unknownSystem:
            let fix = record.coordinatesSystemName.flatMap(CoordinateSystemName.caseInsensitiveMatch).map {
                RecordFix(path: path, replacement: .string($0.rawValue), summary: "write \"\($0.rawValue)\"")
            }
            return PendingFinding(path, .unknownSystem, .error, message, fix)
        case .unknownSchemaVersion:
            return PendingFinding(path, .unknownSchemaVersion, severity, message, nil)
        case .detailsNotObject, .booleanValue, .nullValue, .wrongType:
            return PendingFinding(path, .wrongType, severity, message, nil)
        case .duplicateField:
            return PendingFinding(path, .duplicateField, severity, message, nil)
        case .unknownField:
            let key: String
            if case .key(let last)? = path.last { key = last } else { key = "" }
            let owners = CoordinateFieldTable.systems(havingMember: key)
            if owners.isEmpty {
                return PendingFinding(path, .fieldNotInSystem, .warning, message, nil)
            }
            let names = owners.map(\.rawValue).joined(separator: ", ")
            return PendingFinding(path, .fieldNotInSystem, .error,
                                  "\(issue.message); \"\(key)\" belongs to \(names): the system or the field is wrong", nil)
        case .legacyKey:
            return PendingFinding(path, .legacyKey, .info, message, nil)
        case .numericString:
            var fix: RecordFix?
            if let text = record.value(at: path)?.stringValue, let number = JSONNumber(Double(text.trimming(" \t\n")) ?? .nan) {
                fix = RecordFix(path: path, replacement: .number(number), summary: "write \(number.literal) as a number")
            }
            return PendingFinding(path, .numericString, .error, message, fix)
        case .nonFinite, .nonFiniteValue:
            return PendingFinding(path, .nonFinite, .error, message, nil)
        case .expectedValueObject, .encodingMismatch, .missingValue, .unknownValueKey, .pluralArrayLength:
            return PendingFinding(path, .valueEncoding, severity, message, nil)
        case .missingUnit, .unitNotString, .unknownUnit, .unitKindMismatch:
            return PendingFinding(path, .unit, .error, message, nil)
        case .missingField:
            return PendingFinding(path, .requiredMissing, severity, message, nil)
        case .outOfRange:
            return PendingFinding(path, .nonFinite, .error, message, nil)
        }
    }

    /// Angle range, DV sign and unit-slip sizes on a decoded value.
    private static func checkPlausibility<Details: JSONView>(
        _ coordinates: Coordinates, details: Details, detailsKey: String, into findings: inout FindingList
    ) {
        // Each system's own field table, so that the field loop is specialised per system.
        switch coordinates {
        case .stereotaxicBregmaAbsolute(let value):
            checkPlausibility(value, sizeLimit: implausibleRelativeLength, signedDepthKey: "dvCoordinate", details: details, detailsKey: detailsKey, into: &findings)
        case .stereotaxicLambdaAbsolute(let value):
            checkPlausibility(value, sizeLimit: implausibleRelativeLength, signedDepthKey: "dvCoordinate", details: details, detailsKey: detailsKey, into: &findings)
        case .stereotaxicBregmaBrainSurface(let value):
            checkPlausibility(value, sizeLimit: implausibleRelativeLength, signedDepthKey: "depth", details: details, detailsKey: detailsKey, into: &findings)
        case .stereotaxicLambdaBrainSurface(let value):
            checkPlausibility(value, sizeLimit: implausibleRelativeLength, signedDepthKey: "depth", details: details, detailsKey: detailsKey, into: &findings)
        case .stereotaxicXYSurface(let value):
            checkPlausibility(value, sizeLimit: nil, signedDepthKey: "depth", details: details, detailsKey: detailsKey, into: &findings)
        case .ccfXYZAbsolute(let value):
            checkPlausibility(value, sizeLimit: implausibleCCFLength, signedDepthKey: nil, details: details, detailsKey: detailsKey, into: &findings)
        case .stereotaxicXYZAbsolute(let value):
            checkPlausibility(value, sizeLimit: nil, signedDepthKey: nil, details: details, detailsKey: detailsKey, into: &findings)
        case .externalXYZAbsolute(let value):
            checkPlausibility(value, sizeLimit: nil, signedDepthKey: nil, details: details, detailsKey: detailsKey, into: &findings)
        }
    }

    /// The rules on each field of `value`: angles within −180…180°, lengths within `sizeLimit`
    /// (when the system has one), the field `signedDepthKey` (DV or depth) not negative.
    ///
    /// The number a finding points at is looked up in `details` only for a finding (most
    /// fields have none); a field whose number cannot be found there gets none.
    private static func checkPlausibility<S: CoordinateSystem, Details: JSONView>(
        _ value: S, sizeLimit: Double?, signedDepthKey: String?, details: Details, detailsKey: String,
        into findings: inout FindingList
    ) {
        S.fields.withUnsafeBufferPointer { fields in
            for index in fields.indices {
                guard let amount = value.amount(ofFieldAt: index) else { continue }
                func source() -> RawCoordinateNumber? {
                    guard let details = details.jsonValue.objectValue else { return nil }
                    return RawCoordinateNumber.locate(key: fields[index].key, legacyKeys: fields[index].legacyKeys.lazy.map(\.key),
                                                      in: details, at: RecordPath(keys: detailsKey))
                }
                switch fields[index].quantity {
                case .angle:
                    guard amount < -180 || amount > 180, let source = source() else { continue }
                    var wrapped = amount.truncatingRemainder(dividingBy: 360)
                    if wrapped > 180 { wrapped -= 360 } else if wrapped <= -180 { wrapped += 360 }
                    findings.add(source.path, .angleOutOfRange, .error, "\(fields[index].key) is \(amount)°, outside −180…180°",
                                 fix: source.fix(amount: wrapped, summary: "the same direction within −180…180°"))
                case .length:
                    if let sizeLimit, abs(amount) > sizeLimit {
                        guard let source = source() else { continue }
                        findings.add(source.path, .unit, .warning,
                                     "\(fields[index].key) is \(amount) mm, beyond \(sizeLimit) mm: most likely micrometres written as millimetres",
                                     fix: source.fix(amount: source.value / 1000, summary: "divide by 1000"))
                    } else if amount < 0, fields[index].key == signedDepthKey, let source = source() {
                        findings.add(source.path, .dvSign, .warning,
                                     "\(fields[index].key) is \(amount) mm, above the reference; BrainSTEM's DV is positive ventral (most likely typed negative-down)",
                                     fix: source.fix(amount: -source.value, summary: "negate"))
                    }
                }
            }
        }
    }
}

/// The JSON number a decoded field came from: a bare number, a `{value, unit}` object's
/// `value`, or either inside a plural legacy key's one-element array.
extension RawCoordinateNumber {
    func fix(amount: Double, summary: String) -> RecordFix? {
        guard let number = JSONNumber(amount) else { return nil }
        return RecordFix(path: path, replacement: .number(number), summary: "\(summary): \(number.literal)")
    }
}

/// A finding before the record's index and id are attached.
private struct PendingFinding {
    let path: RecordPath
    let code: RecordFindingCode
    let severity: RecordFinding.Severity
    let message: String
    let fix: RecordFix?

    init(_ path: RecordPath, _ code: RecordFindingCode, _ severity: RecordFinding.Severity, _ message: String, _ fix: RecordFix?) {
        (self.path, self.code, self.severity, self.message, self.fix) = (path, code, severity, message, fix)
    }
}

/// Collects the findings of one record; the record's id is attached at the end, and read only
/// if there is a finding (most records have none).
private struct FindingList {
    let index: Int
    private var pending: [PendingFinding] = []

    init(index: Int) { self.index = index }

    mutating func add(_ path: RecordPath, _ code: RecordFindingCode, _ severity: RecordFinding.Severity, _ message: String, fix: RecordFix? = nil) {
        pending.append(PendingFinding(path, code, severity, message, fix))
    }

    mutating func add(_ finding: PendingFinding) { pending.append(finding) }

    /// The findings, in the order added, with the record's index and `recordID`.
    func findings(recordID: @autoclosure () -> String?) -> [RecordFinding] {
        guard !pending.isEmpty else { return [] }
        let id = recordID()
        return pending.map {
            RecordFinding(recordIndex: index, recordID: id, path: $0.path, code: $0.code, severity: $0.severity,
                          message: $0.message, suggestedFix: $0.fix)
        }
    }
}
