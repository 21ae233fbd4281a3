import StereotaxFrames
import StereotaxJSON
import StereotaxRecords

/// References between a procedure and the auxiliary files (subjects, consumable stock), and
/// from manipulations to the procedures of the input.
public struct CrossRecordCheck: Sendable {
    /// Subjects by id (`nil`: no subjects file, not checked).
    public let subjects: [String: Subject]?
    /// Consumable stock by id (`nil`: no stock file, not checked).
    public let stock: [String: ConsumableStock]?

    public init(subjects: [Subject]? = nil, stock: [ConsumableStock]? = nil) {
        self.subjects = subjects.map { Dictionary($0.compactMap { s in s.id.map { ($0, s) } }, uniquingKeysWith: { first, _ in first }) }
        self.stock = stock.map { Dictionary($0.compactMap { s in s.id.map { ($0, s) } }, uniquingKeysWith: { first, _ in first }) }
    }

    /// The consumable stock types that fit each procedure type. A pair not listed (an unknown
    /// procedure or stock type) is not judged.
    public static let stockTypesByProcedureType: [String: Set<String>] = [
        "SiliconProbeImplant": ["SiliconProbe"],
        "OpticFiberImplant": ["OpticFiber"],
        "VirusInjection": ["VirusSolution"],
        "SingleWireElectrode": ["SingleWireElectrode"],
        "SingleWireElectrodeImplant": ["SingleWireElectrode"],
        "TetrodeWireElectrode": ["TetrodeWireElectrode"],
        "TetrodeWireElectrodeImplant": ["TetrodeWireElectrode"],
    ]
    /// Every stock type the table knows.
    static let knownStockTypes = Set(stockTypesByProcedureType.values.joined())

    /// The procedure's subject and consumable stock against the files given.
    /// `recordID` is the record's `id` (read once by the caller, for every finding).
    func check<Object: JSONView>(_ record: ProcedureView<Object>, recordID: String?, index: Int, into findings: inout [ValidationFinding]) {
        if let subjects, let subject = record.subjectID, RecordUUID(subject) != nil, subjects[subject] == nil {
            findings.append(ValidationFinding(
                recordIndex: index, recordID: recordID, path: RecordPath(keys: "subject"), code: .cross(.unknownSubject),
                severity: .warning, message: "subject \(subject) is not in the subjects file"))
        }
        guard let stock, let stockID = record.consumableID, RecordUUID(stockID) != nil else { return }
        let path = record.path(of: .consumable) ?? RecordPath(keys: "consumablestock")
        guard let item = stock[stockID] else {
            findings.append(ValidationFinding(
                recordIndex: index, recordID: recordID, path: path, code: .cross(.unknownStock), severity: .warning,
                message: "\(path.description.dropFirst(2)) \(stockID) is not in the stock file"))
            return
        }
        guard let procedureType = record.procedureType, let stockType = item.stockType,
              let fitting = Self.stockTypesByProcedureType[procedureType], Self.knownStockTypes.contains(stockType),
              !fitting.contains(stockType) else { return }
        findings.append(ValidationFinding(
            recordIndex: index, recordID: recordID, path: path, code: .cross(.stockTypeMismatch), severity: .error,
            message: "a \(procedureType) uses stock of type \(fitting.sorted().joined(separator: " or ")), but \(stockID) is a \(stockType)"))
    }

    /// The species of the record's subject, when the subjects file says it.
    func species<Object: JSONView>(ofSubjectOf record: ProcedureView<Object>) -> Species? {
        guard let subjects, let id = record.subjectID else { return nil }
        return subjects[id]?.species
    }

    /// Manipulations whose `procedures` name an id no input record has. Findings carry the
    /// manipulation's index in its file and the path of the reference.
    public static func checkManipulations(
        _ manipulations: [Manipulation], procedureIDs: ProcedureIDIndex
    ) -> [ValidationFinding] {
        var findings: [ValidationFinding] = []
        for (index, manipulation) in manipulations.enumerated() {
            guard case .array(let references)? = manipulation.json["procedures"] else { continue }
            for (position, reference) in references.enumerated() {
                guard let id = reference.stringValue, !procedureIDs.contains(id) else { continue }
                findings.append(ValidationFinding(
                    recordIndex: index, recordID: manipulation.id, path: RecordPath(keys: "procedures").appending(index: position),
                    code: .cross(.missingProcedure), severity: .error,
                    message: "procedure \(id) is referenced but no input record has that id"))
            }
        }
        return findings
    }
}

/// The ids of the input's records and where each first occurs, compact: UUIDs as 128-bit
/// values (case ignored), other ids as text.
public struct ProcedureIDIndex: Sendable {
    private var uuids = UUIDPositionTable()
    private var texts: [String: Int] = [:]

    public init() {}

    /// Records that record `index` has `id`; returns the index of an earlier record with the
    /// same id (which stays the first), or `nil`.
    public mutating func insert(_ id: String, index: Int) -> Int? {
        if let uuid = RecordUUID(id) { return uuids.insert(uuid, position: index) }
        return Self.insert(id, index: index, into: &texts)
    }

    /// Enters `index` for `key` unless the key is already there, with one hash look-up (the
    /// default of the subscript is stored only when the key is absent); returns the index
    /// already there.
    private static func insert<Key: Hashable>(_ key: Key, index: Int, into table: inout [Key: Int]) -> Int? {
        var isNew = false
        let stored = value(of: &table[key, default: { isNew = true; return index }()])
        return isNew ? nil : stored
    }

    private static func value(of entry: inout Int) -> Int { entry }

    public func contains(_ id: String) -> Bool {
        if let uuid = RecordUUID(id) { return uuids.position(of: uuid) != nil }
        return texts[id] != nil
    }

    /// The number of distinct ids.
    public var count: Int { uuids.count + texts.count }
}
