import StereotaxJSON

/// Which generation of the BrainSTEM procedure record a JSON object follows.
///
/// | member | `current` | `earlier` | `legacyAction` |
/// |---|---|---|---|
/// | free text | `notes` | `description` | `description` |
/// | consumable | `consumablestock` | `consumable` | `consumable` |
/// | hardware | `equipment` (list) | `hardwaredevice` | `hardware_device` |
/// | type-specific JSON | `details` | `details` | `type_json` |
/// | system name | `coordinates_system` | `coordinates_system` | `coordinates` |
/// | coordinates | `coordinates_details` | `coordinates_details` | `coordinates_json` |
/// | versions | `type_schema_version`, `coordinates_schema_version` | — | — |
public enum ProcedureShape: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// The current procedure (`notes`, `consumablestock`, `equipment`, schema versions).
    case current
    /// The earlier procedure (`description`, `consumable`, `hardwaredevice`).
    case earlier
    /// The legacy action (`type_json`, `coordinates`, `coordinates_json`).
    case legacyAction = "legacy-action"

    public var description: String { rawValue }

    /// Members only the legacy action has.
    static let legacyActionMarkers: [ProcedureMemberName] = [.typeJSON, .coordinatesJSON, .hardwareDeviceAction]
    /// Members only the earlier procedure (and the action) have.
    static let earlierMarkers: [ProcedureMemberName] = [.description, .consumable, .hardwareDevice]
    /// Members only the current procedure has.
    static let currentMarkers: [ProcedureMemberName] = [
        .notes, .consumableStock, .equipment, .licenses, .typeSchemaVersion,
        .coordinatesSchemaVersion, .createdAt, .updatedAt,
    ]

    /// The shape of `object` and the members that decided it.
    ///
    /// Rule: any legacy-action marker (`type_json`, `coordinates_json`, `hardware_device`, or
    /// `coordinates` without `coordinates_system`) makes a legacy action; otherwise earlier
    /// markers with no current marker make an earlier procedure; anything else (including a
    /// record with only the members all shapes share) is read as current.
    public static func detect(in object: JSONObject) -> (shape: ProcedureShape, evidence: [String]) {
        let members = ProcedureMemberTable(object)
        let shape = detect(members)
        return (shape, evidence(for: shape, members: members))
    }

    /// The shape of the object whose known members are `members` (the rule of ``detect(in:)``).
    static func detect(_ members: ProcedureMemberTable) -> ProcedureShape {
        if legacyActionMarkers.contains(where: members.contains) || isActionSystemName(members) { return .legacyAction }
        if earlierMarkers.contains(where: members.contains), !currentMarkers.contains(where: members.contains) { return .earlier }
        return .current
    }

    /// `coordinates` without `coordinates_system`: the action's name of the system member.
    private static func isActionSystemName(_ members: ProcedureMemberTable) -> Bool {
        members.contains(.coordinates) && !members.contains(.coordinatesSystem)
    }

    /// The members that decided `shape` (its markers present, in the order listed above).
    static func evidence(for shape: ProcedureShape, members: ProcedureMemberTable) -> [String] {
        switch shape {
        case .legacyAction:
            return legacyActionMarkers.filter(members.contains).map(\.key) + (isActionSystemName(members) ? ["coordinates"] : [])
        case .earlier:
            return earlierMarkers.filter(members.contains).map(\.key)
        case .current:
            return currentMarkers.filter(members.contains).map(\.key)
        }
    }

    /// The member name of `field` in this shape (`nil` if the shape has no such member).
    public func key(for field: ProcedureField) -> String? { memberName(for: field)?.key }

    /// The member of `field` in this shape (`nil` if the shape has no such member).
    func memberName(for field: ProcedureField) -> ProcedureMemberName? {
        switch (field, self) {
        case (.id, _): return .id
        case (.type, _): return .type
        case (.subject, _): return .subject
        case (.dateTime, _): return .dateTime
        case (.brainRegion, _): return .brainRegion
        case (.notes, .current): return .notes
        case (.notes, _): return .description
        case (.consumable, .current): return .consumableStock
        case (.consumable, _): return .consumable
        case (.hardwareDevice, .current): return nil
        case (.hardwareDevice, .earlier): return .hardwareDevice
        case (.hardwareDevice, .legacyAction): return .hardwareDeviceAction
        case (.equipment, .current): return .equipment
        case (.equipment, _): return nil
        case (.licenses, .current): return .licenses
        case (.licenses, _): return nil
        case (.details, .legacyAction): return .typeJSON
        case (.details, _): return .details
        case (.typeSchemaVersion, .current): return .typeSchemaVersion
        case (.typeSchemaVersion, _): return nil
        case (.coordinatesSystem, .legacyAction): return .coordinates
        case (.coordinatesSystem, _): return .coordinatesSystem
        case (.coordinatesDetails, .legacyAction): return .coordinatesJSON
        case (.coordinatesDetails, _): return .coordinatesDetails
        case (.coordinatesSchemaVersion, .current): return .coordinatesSchemaVersion
        case (.coordinatesSchemaVersion, _): return nil
        case (.createdAt, .current): return .createdAt
        case (.updatedAt, .current): return .updatedAt
        case (.createdAt, _), (.updatedAt, _): return nil
        }
    }

    /// The fields the API requires: `type`, `subject` and the coordinate system.
    public static let requiredFields: [ProcedureField] = [.type, .subject, .coordinatesSystem]
}
