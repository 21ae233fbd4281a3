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

    /// The record read through its tree: every accessor below is the view's.
    public var view: ProcedureView<JSONValue> { ProcedureView(object: raw.value, shape: shape, members: members) }

    /// The members that decided ``shape`` (empty when only shared members are present).
    public var shapeEvidence: [String] { view.shapeEvidence }

    /// The member name of `field` in this record's shape (`nil` if the shape has none).
    public func key(for field: ProcedureField) -> String? { shape.key(for: field) }

    /// The path of `field` in this record's shape (`nil` if the shape has none).
    public func path(of field: ProcedureField) -> RecordPath? { view.path(of: field) }

    /// The raw value of `field`, or `nil` if absent (JSON `null` is returned as `.null`).
    public func value(of field: ProcedureField) -> JSONValue? { view.value(of: field) }

    /// `id`, if it is a string.
    public var id: String? { view.id }
    /// `type`, e.g. `SiliconProbeImplant`.
    public var procedureType: String? { view.procedureType }
    /// `notes` (current) or `description` (earlier, action).
    public var notes: String? { view.notes }
    /// `subject`: the subject's UUID.
    public var subjectID: String? { view.subjectID }
    /// `date_time`.
    public var dateTime: String? { view.dateTime }
    /// `brain_region`: the UUID of a brain-region taxonomy entry.
    public var brainRegionID: String? { view.brainRegionID }
    /// `consumablestock` (current) or `consumable`.
    public var consumableID: String? { view.consumableID }
    /// `hardwaredevice` (earlier) or `hardware_device` (action).
    public var hardwareDeviceID: String? { view.hardwareDeviceID }
    /// `equipment` (current): equipment UUIDs.
    public var equipmentIDs: [String]? { value(of: .equipment).flatMap(Self.strings) }
    /// `licenses` (current): license UUIDs.
    public var licenseIDs: [String]? { value(of: .licenses).flatMap(Self.strings) }
    /// `details` or `type_json`: the type-specific JSON.
    public var details: JSONValue? { view.details }
    /// `coordinates_system` or (action) `coordinates`: the system name as written.
    public var coordinatesSystemName: String? { view.coordinatesSystemName }
    /// The coordinate system, if the name is one of the eight BrainSTEM systems.
    public var coordinatesSystem: CoordinateSystemName? { view.coordinatesSystem }
    /// `coordinates_details` or (action) `coordinates_json`.
    public var coordinatesDetails: JSONValue? { view.coordinatesDetails }
    /// `coordinates_schema_version` (current records only).
    public var coordinatesSchemaVersion: String? { view.coordinatesSchemaVersion }
    /// `type_schema_version` (current records only).
    public var typeSchemaVersion: String? { view.typeSchemaVersion }

    /// Decodes the coordinates with `StereotaxCoordinates`, issue paths naming this record's
    /// members (e.g. `coordinates_json.apCoordinates`). `nil` when the record has no system
    /// name string.
    public func decodeCoordinates() -> CoordinateDecodingResult<Coordinates>? { view.decodeCoordinates() }
}
