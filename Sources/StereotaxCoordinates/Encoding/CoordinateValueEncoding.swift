import StereotaxGeometry

/// How typed coordinates are written back to `coordinates_details`.
public enum CoordinateValueEncoding: Hashable, Sendable {
    /// Schema 0.0.0: bare numbers, millimetres and degrees (`External_XYZ_Absolute`: metres).
    case bareNumbers
    /// Schema 1.1.0: `{"value": n, "unit": u}` with lengths in `lengthUnit` and angles in `°`.
    case valueObjects(lengthUnit: LengthUnit)

    /// Schema 1.1.0 in millimetres and degrees.
    public static let schema1_1_0 = CoordinateValueEncoding.valueObjects(lengthUnit: .millimetre)
    /// Schema 0.0.0.
    public static let schema0_0_0 = CoordinateValueEncoding.bareNumbers

    /// The `coordinates_schema_version` to write next to the encoded details.
    public var schemaVersion: CoordinateSchemaVersion {
        switch self {
        case .bareNumbers: return .v0_0_0
        case .valueObjects: return .v1_1_0
        }
    }
}
