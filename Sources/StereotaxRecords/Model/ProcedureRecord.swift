import StereotaxCoordinates
import StereotaxJSON

/// A BrainSTEM procedure (surgery step) in any of its three shapes (see ``ProcedureShape``):
/// the current procedure, the earlier procedure and the legacy action.
///
/// Accessors read the member the record's shape uses (e.g. ``notes`` reads `notes` or
/// `description`) and return `nil` when it is absent or of the wrong JSON type.
public struct ProcedureRecord: BrainSTEMRecord {
    public static let kind = RecordKind.procedure

    public let raw: RawRecord
    /// The detected shape.
    public let shape: ProcedureShape
    /// Where the known members are, so that accessors read them without a search by name.
    let members: ProcedureMemberTable

    public init(raw: RawRecord) {
        self.raw = raw
        members = ProcedureMemberTable(raw.object)
        shape = ProcedureShape.detect(members)
    }

    /// The members that decided ``shape`` (empty when only shared members are present).
    public var shapeEvidence: [String] { ProcedureShape.evidence(for: shape, members: members) }

    /// The member name of `field` in this record's shape (`nil` if the shape has none).
    public func key(for field: ProcedureField) -> String? { shape.key(for: field) }

    /// The path of `field` in this record's shape (`nil` if the shape has none).
    public func path(of field: ProcedureField) -> RecordPath? { key(for: field).map { RecordPath(keys: $0) } }

    /// The raw value of `field`, or `nil` if absent (JSON `null` is returned as `.null`).
    public func value(of field: ProcedureField) -> JSONValue? {
        shape.memberName(for: field).flatMap { members.value($0, in: raw.object) }
    }

    /// The value of the known member `name`, or `nil` if absent.
    func value(_ name: ProcedureMemberName) -> JSONValue? { members.value(name, in: raw.object) }

    /// `id`, if it is a string.
    public var id: String? { value(.id)?.stringValue }

    /// `type`, e.g. `SiliconProbeImplant`.
    public var procedureType: String? { value(.type)?.stringValue }
    /// `notes` (current) or `description` (earlier, action).
    public var notes: String? { value(of: .notes)?.stringValue }
    /// `subject`: the subject's UUID.
    public var subjectID: String? { value(.subject)?.stringValue }
    /// `date_time`.
    public var dateTime: String? { value(.dateTime)?.stringValue }
    /// `brain_region`: the UUID of a brain-region taxonomy entry.
    public var brainRegionID: String? { value(.brainRegion)?.stringValue }
    /// `consumablestock` (current) or `consumable`.
    public var consumableID: String? { value(of: .consumable)?.stringValue }
    /// `hardwaredevice` (earlier) or `hardware_device` (action).
    public var hardwareDeviceID: String? { value(of: .hardwareDevice)?.stringValue }
    /// `equipment` (current): equipment UUIDs.
    public var equipmentIDs: [String]? { value(of: .equipment).flatMap(Self.strings) }
    /// `licenses` (current): license UUIDs.
    public var licenseIDs: [String]? { value(of: .licenses).flatMap(Self.strings) }
    /// `details` or `type_json`: the type-specific JSON.
    public var details: JSONValue? { value(of: .details) }
    /// `coordinates_system` or (action) `coordinates`: the system name as written.
    public var coordinatesSystemName: String? { value(of: .coordinatesSystem)?.stringValue }
    /// The coordinate system, if the name is one of the eight BrainSTEM systems.
    public var coordinatesSystem: CoordinateSystemName? { coordinatesSystemName.flatMap(CoordinateSystemName.init(rawValue:)) }
    /// `coordinates_details` or (action) `coordinates_json`.
    public var coordinatesDetails: JSONValue? { value(of: .coordinatesDetails) }
    /// `coordinates_schema_version` (current records only).
    public var coordinatesSchemaVersion: String? { value(of: .coordinatesSchemaVersion)?.stringValue }
    /// `type_schema_version` (current records only).
    public var typeSchemaVersion: String? { value(of: .typeSchemaVersion)?.stringValue }

    /// Decodes the coordinates with `StereotaxCoordinates`, issue paths naming this record's
    /// members (e.g. `coordinates_json.apCoordinates`). `nil` when the record has no system
    /// name string.
    public func decodeCoordinates() -> CoordinateDecodingResult<Coordinates>? {
        guard let systemName = coordinatesSystemName,
              let systemKey = key(for: .coordinatesSystem), let detailsKey = key(for: .coordinatesDetails)
        else { return nil }
        return Coordinates.decode(
            systemName: systemName, details: coordinatesDetails ?? .object(JSONObject()),
            schemaVersion: coordinatesSchemaVersion, path: detailsKey, systemPath: systemKey)
    }
}
