import StereotaxJSON

/// Every member name a procedure record of any shape gives a meaning to (see ``ProcedureShape``).
enum ProcedureMemberName: Int, CaseIterable, Sendable {
    case id, type, notes, description, subject, dateTime, consumableStock, consumable
    case hardwareDevice, hardwareDeviceAction, equipment, licenses, brainRegion, details, typeJSON
    case typeSchemaVersion, coordinatesSystem, coordinates, coordinatesDetails, coordinatesJSON
    case coordinatesSchemaVersion, createdAt, updatedAt

    /// The member name as records spell it.
    var key: String {
        switch self {
        case .id: return "id"
        case .type: return "type"
        case .notes: return "notes"
        case .description: return "description"
        case .subject: return "subject"
        case .dateTime: return "date_time"
        case .consumableStock: return "consumablestock"
        case .consumable: return "consumable"
        case .hardwareDevice: return "hardwaredevice"
        case .hardwareDeviceAction: return "hardware_device"
        case .equipment: return "equipment"
        case .licenses: return "licenses"
        case .brainRegion: return "brain_region"
        case .details: return "details"
        case .typeJSON: return "type_json"
        case .typeSchemaVersion: return "type_schema_version"
        case .coordinatesSystem: return "coordinates_system"
        case .coordinates: return "coordinates"
        case .coordinatesDetails: return "coordinates_details"
        case .coordinatesJSON: return "coordinates_json"
        case .coordinatesSchemaVersion: return "coordinates_schema_version"
        case .createdAt: return "created_at"
        case .updatedAt: return "updated_at"
        }
    }

    /// Every name, found by a member in one look-up; positions are raw values.
    static let index = JSONKeyIndex(allCases.map(\.key))
}

/// Where each known member of a record's object is: the position of its last occurrence
/// (the one a look-up by key returns), found in one pass over the members.
///
/// A record's accessors and the schema check read a dozen known members; looking each up by
/// name would compare its name with every member's. The positions are kept inline (one lane
/// per ``ProcedureMemberName``), so making a table allocates nothing. A position is an index
/// of the object's ``StereotaxJSON/JSONView/members`` (for a tree, the member's place in
/// order; for a tape, its name's place in the tape).
struct ProcedureMemberTable: Hashable, Sendable {
    /// The position in the object's members of each ``ProcedureMemberName`` (by raw value), or −1.
    private let positions: SIMD32<Int32>

    init<Object: JSONView>(_ object: Object) where Object.Members.Index == Int {
        var positions = SIMD32<Int32>(repeating: -1)
        object.forEachMember(named: ProcedureMemberName.index) { position, name in
            // Any object (and any tape) that fits in memory has fewer than 2^31 positions.
            if let lane = Int32(exactly: position) { positions[name] = lane }
        }
        self.positions = positions
    }

    init(_ object: JSONObject) { self.init(JSONValue.object(object)) }

    /// Whether the object has a member called `name`.
    func contains(_ name: ProcedureMemberName) -> Bool { positions[name.rawValue] >= 0 }

    /// The value of the last member called `name` in `object`, the object this table was
    /// made from; `nil` if there is none.
    func value<Object: JSONView>(_ name: ProcedureMemberName, in object: Object) -> Object? where Object.Members.Index == Int {
        let position = Int(positions[name.rawValue])
        // `.none` spelled out: a bare `nil` beside a `JSONValue` would be JSON `null`.
        guard position >= 0 else { return .none }
        return object.members[position].value
    }
}
