import StereotaxCoordinates
import StereotaxJSON

/// A procedure record (any shape, see ``ProcedureShape``) read where its JSON is kept: a
/// ``StereotaxJSON/JSONValue`` tree (what ``ProcedureRecord`` reads through) or a place in a
/// ``StereotaxJSON/JSONTape``, which a bulk check reads without building the tree.
///
/// Accessors read the member the record's shape uses (e.g. ``notes`` reads `notes` or
/// `description`) and return `nil` when it is absent or of the wrong JSON type. Strings are
/// made on each access (from a tape), so a caller that needs one twice keeps it.
public struct ProcedureView<Object: JSONView> where Object.Members.Index == Int {
    /// The record's object.
    public let object: Object
    /// The detected shape.
    public let shape: ProcedureShape
    /// Where the known members are, so that accessors read them without a search by name.
    let members: ProcedureMemberTable

    /// A view of `object`, which must be a JSON object (anything else reads as having no members).
    @specialized(where Object == JSONTape.Value)
    public init(_ object: Object) {
        self.object = object
        members = ProcedureMemberTable(object)
        shape = ProcedureShape.detect(members)
    }

    init(object: Object, shape: ProcedureShape, members: ProcedureMemberTable) {
        (self.object, self.shape, self.members) = (object, shape, members)
    }

    /// The members that decided ``shape`` (empty when only shared members are present).
    public var shapeEvidence: [String] { ProcedureShape.evidence(for: shape, members: members) }

    /// The member name of `field` in this record's shape (`nil` if the shape has none).
    public func key(for field: ProcedureField) -> String? { shape.key(for: field) }

    /// The path of `field` in this record's shape (`nil` if the shape has none).
    public func path(of field: ProcedureField) -> RecordPath? { key(for: field).map { RecordPath(keys: $0) } }

    /// The value of `field`, or `nil` if absent (JSON `null` is a value of kind `.null`).
    @specialized(where Object == JSONTape.Value)
    public func value(of field: ProcedureField) -> Object? {
        shape.memberName(for: field).flatMap { members.value($0, in: object) }
    }

    /// The value of the known member `name`, or `nil` if absent.
    func value(_ name: ProcedureMemberName) -> Object? { members.value(name, in: object) }

    /// `id`, if it is a string.
    public var id: String? {
        @specialized(where Object == JSONTape.Value) get { value(.id)?.stringValue }
    }
    /// `type`, e.g. `SiliconProbeImplant`.
    public var procedureType: String? { value(.type)?.stringValue }
    /// `notes` (current) or `description` (earlier, action).
    public var notes: String? { value(of: .notes)?.stringValue }
    /// `subject`: the subject's UUID.
    public var subjectID: String? { value(.subject)?.stringValue }
    /// `date_time`.
    public var dateTime: String? { value(.dateTime)?.stringValue }
    /// `brain_region`: the UUID of a brain-region taxonomy entry.
    public var brainRegionID: String? {
        @specialized(where Object == JSONTape.Value) get { value(.brainRegion)?.stringValue }
    }
    /// `consumablestock` (current) or `consumable`.
    public var consumableID: String? { value(of: .consumable)?.stringValue }
    /// `hardwaredevice` (earlier) or `hardware_device` (action).
    public var hardwareDeviceID: String? { value(of: .hardwareDevice)?.stringValue }
    /// `details` or `type_json`: the type-specific JSON.
    public var details: Object? { value(of: .details) }
    /// `coordinates_system` or (action) `coordinates`: the system name as written.
    public var coordinatesSystemName: String? { value(of: .coordinatesSystem)?.stringValue }
    /// The coordinate system, if the name is one of the eight BrainSTEM systems.
    public var coordinatesSystem: CoordinateSystemName? { coordinatesSystemName.flatMap(CoordinateSystemName.init(rawValue:)) }
    /// `coordinates_details` or (action) `coordinates_json`.
    public var coordinatesDetails: Object? { value(of: .coordinatesDetails) }
    /// `coordinates_schema_version` (current records only).
    public var coordinatesSchemaVersion: String? { value(of: .coordinatesSchemaVersion)?.stringValue }
    /// `type_schema_version` (current records only).
    public var typeSchemaVersion: String? { value(of: .typeSchemaVersion)?.stringValue }

    /// The value at `path` in the record, as a tree (`nil` if there is none there).
    public func value(at path: RecordPath) -> JSONValue? { object.jsonValue.value(at: path) }

    /// Decodes the coordinates with `StereotaxCoordinates`, issue paths naming this record's
    /// members (e.g. `coordinates_json.apCoordinates`). `nil` when the record has no system
    /// name string; an absent `coordinates_details` reads as an empty object.
    public func decodeCoordinates() -> CoordinateDecodingResult<Coordinates>? {
        guard let systemValue = value(of: .coordinatesSystem), systemValue.kind == .string,
              let systemKey = key(for: .coordinatesSystem), let detailsKey = key(for: .coordinatesDetails)
        else { return nil }
        let schemaVersion = coordinatesSchemaVersion
        let details = coordinatesDetails ?? .none
        // A known name is read in place; any other is decoded from its string (for its finding).
        if let known = systemValue.withStringUTF8(CoordinateSystemName.init(utf8:)), let system = known {
            guard let details else {
                return Coordinates.decode(system: system, details: .object(JSONObject()), schemaVersion: schemaVersion, path: detailsKey)
            }
            return Coordinates.decode(system: system, reading: details, schemaVersion: schemaVersion, path: detailsKey)
        }
        let systemName = systemValue.stringValue ?? ""
        guard let details else {
            return Coordinates.decode(systemName: systemName, details: .object(JSONObject()), schemaVersion: schemaVersion,
                                      path: detailsKey, systemPath: systemKey)
        }
        return Coordinates.decode(systemName: systemName, reading: details, schemaVersion: schemaVersion,
                                  path: detailsKey, systemPath: systemKey)
    }
}

extension ProcedureView: Sendable where Object: Sendable {}
