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
    static let legacyActionMarkers = ["type_json", "coordinates_json", "hardware_device"]
    /// Members only the earlier procedure (and the action) have.
    static let earlierMarkers = ["description", "consumable", "hardwaredevice"]
    /// Members only the current procedure has.
    static let currentMarkers = [
        "notes", "consumablestock", "equipment", "licenses", "type_schema_version",
        "coordinates_schema_version", "created_at", "updated_at",
    ]

    /// The shape of `object` and the members that decided it.
    ///
    /// Rule: any legacy-action marker (`type_json`, `coordinates_json`, `hardware_device`, or
    /// `coordinates` without `coordinates_system`) makes a legacy action; otherwise earlier
    /// markers with no current marker make an earlier procedure; anything else (including a
    /// record with only the members all shapes share) is read as current.
    public static func detect(in object: JSONObject) -> (shape: ProcedureShape, evidence: [String]) {
        // A linear scan: records have a dozen members, fewer than hashing them all would cost.
        func has(_ key: String) -> Bool { object.members.contains { $0.key == key } }
        var legacy = legacyActionMarkers.filter(has)
        if has("coordinates"), !has("coordinates_system") { legacy.append("coordinates") }
        if !legacy.isEmpty { return (.legacyAction, legacy) }
        let earlier = earlierMarkers.filter(has)
        let current = currentMarkers.filter(has)
        if !earlier.isEmpty, current.isEmpty { return (.earlier, earlier) }
        return (.current, current)
    }

    /// The member name of `field` in this shape (`nil` if the shape has no such member).
    public func key(for field: ProcedureField) -> String? {
        switch (field, self) {
        case (.id, _): return "id"
        case (.type, _): return "type"
        case (.subject, _): return "subject"
        case (.dateTime, _): return "date_time"
        case (.brainRegion, _): return "brain_region"
        case (.notes, .current): return "notes"
        case (.notes, _): return "description"
        case (.consumable, .current): return "consumablestock"
        case (.consumable, _): return "consumable"
        case (.hardwareDevice, .current): return nil
        case (.hardwareDevice, .earlier): return "hardwaredevice"
        case (.hardwareDevice, .legacyAction): return "hardware_device"
        case (.equipment, .current): return "equipment"
        case (.equipment, _): return nil
        case (.licenses, .current): return "licenses"
        case (.licenses, _): return nil
        case (.details, .legacyAction): return "type_json"
        case (.details, _): return "details"
        case (.typeSchemaVersion, .current): return "type_schema_version"
        case (.typeSchemaVersion, _): return nil
        case (.coordinatesSystem, .legacyAction): return "coordinates"
        case (.coordinatesSystem, _): return "coordinates_system"
        case (.coordinatesDetails, .legacyAction): return "coordinates_json"
        case (.coordinatesDetails, _): return "coordinates_details"
        case (.coordinatesSchemaVersion, .current): return "coordinates_schema_version"
        case (.coordinatesSchemaVersion, _): return nil
        case (.createdAt, .current): return "created_at"
        case (.updatedAt, .current): return "updated_at"
        case (.createdAt, _), (.updatedAt, _): return nil
        }
    }

    /// The fields the API requires: `type`, `subject` and the coordinate system.
    public static let requiredFields: [ProcedureField] = [.type, .subject, .coordinatesSystem]
}
