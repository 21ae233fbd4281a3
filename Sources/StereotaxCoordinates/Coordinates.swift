import StereotaxJSON

/// Typed coordinates of any of the eight BrainSTEM systems.
public enum Coordinates: Hashable, Sendable {
    case stereotaxicBregmaAbsolute(BregmaAbsoluteCoordinates)
    case stereotaxicLambdaAbsolute(LambdaAbsoluteCoordinates)
    case stereotaxicBregmaBrainSurface(BregmaBrainSurfaceCoordinates)
    case stereotaxicLambdaBrainSurface(LambdaBrainSurfaceCoordinates)
    case stereotaxicXYZAbsolute(StereotaxicXYZAbsoluteCoordinates)
    case stereotaxicXYSurface(StereotaxicXYSurfaceCoordinates)
    case externalXYZAbsolute(ExternalXYZAbsoluteCoordinates)
    case ccfXYZAbsolute(CCFXYZAbsoluteCoordinates)

    /// The system of the value (read from the case: no existential is made).
    public var systemName: CoordinateSystemName {
        switch self {
        case .stereotaxicBregmaAbsolute: return .stereotaxicBregmaAbsolute
        case .stereotaxicLambdaAbsolute: return .stereotaxicLambdaAbsolute
        case .stereotaxicBregmaBrainSurface: return .stereotaxicBregmaBrainSurface
        case .stereotaxicLambdaBrainSurface: return .stereotaxicLambdaBrainSurface
        case .stereotaxicXYZAbsolute: return .stereotaxicXYZAbsolute
        case .stereotaxicXYSurface: return .stereotaxicXYSurface
        case .externalXYZAbsolute: return .externalXYZAbsolute
        case .ccfXYZAbsolute: return .ccfXYZAbsolute
        }
    }

    /// The typed value, as an existential.
    public var system: any CoordinateSystem {
        switch self {
        case .stereotaxicBregmaAbsolute(let value): return value
        case .stereotaxicLambdaAbsolute(let value): return value
        case .stereotaxicBregmaBrainSurface(let value): return value
        case .stereotaxicLambdaBrainSurface(let value): return value
        case .stereotaxicXYZAbsolute(let value): return value
        case .stereotaxicXYSurface(let value): return value
        case .externalXYZAbsolute(let value): return value
        case .ccfXYZAbsolute(let value): return value
        }
    }

    /// Members that are no field of the system, kept in order.
    public var unknownFields: JSONObject { system.unknownFields }

    /// Decodes `coordinates_details` for the named system (see ``CoordinateSystem/decode(_:schemaVersion:path:)``).
    public static func decode(
        system: CoordinateSystemName, details: JSONValue, schemaVersion: String?,
        path: String = "coordinates_details"
    ) -> CoordinateDecodingResult<Coordinates> {
        decode(system: system, reading: details, schemaVersion: schemaVersion, path: path)
    }

    /// ``decode(system:details:schemaVersion:path:)`` reading `details` where it is kept (a
    /// tree or a tape).
    @specialized(where Details == JSONTape.Value)
    public static func decode<Details: JSONView>(
        system: CoordinateSystemName, reading details: Details, schemaVersion: String?,
        path: String = "coordinates_details"
    ) -> CoordinateDecodingResult<Coordinates> {
        switch system {
        case .stereotaxicBregmaAbsolute:
            return BregmaAbsoluteCoordinates.decode(reading: details, schemaVersion: schemaVersion, path: path).map(Coordinates.stereotaxicBregmaAbsolute)
        case .stereotaxicLambdaAbsolute:
            return LambdaAbsoluteCoordinates.decode(reading: details, schemaVersion: schemaVersion, path: path).map(Coordinates.stereotaxicLambdaAbsolute)
        case .stereotaxicBregmaBrainSurface:
            return BregmaBrainSurfaceCoordinates.decode(reading: details, schemaVersion: schemaVersion, path: path).map(Coordinates.stereotaxicBregmaBrainSurface)
        case .stereotaxicLambdaBrainSurface:
            return LambdaBrainSurfaceCoordinates.decode(reading: details, schemaVersion: schemaVersion, path: path).map(Coordinates.stereotaxicLambdaBrainSurface)
        case .stereotaxicXYZAbsolute:
            return StereotaxicXYZAbsoluteCoordinates.decode(reading: details, schemaVersion: schemaVersion, path: path).map(Coordinates.stereotaxicXYZAbsolute)
        case .stereotaxicXYSurface:
            return StereotaxicXYSurfaceCoordinates.decode(reading: details, schemaVersion: schemaVersion, path: path).map(Coordinates.stereotaxicXYSurface)
        case .externalXYZAbsolute:
            return ExternalXYZAbsoluteCoordinates.decode(reading: details, schemaVersion: schemaVersion, path: path).map(Coordinates.externalXYZAbsolute)
        case .ccfXYZAbsolute:
            return CCFXYZAbsoluteCoordinates.decode(reading: details, schemaVersion: schemaVersion, path: path).map(Coordinates.ccfXYZAbsolute)
        }
    }

    /// Decodes `coordinates_details` for a system given by its record string. An unknown name
    /// fails with `coordinates.unknown-system` at `systemPath` (with a hint if only the case differs).
    public static func decode(
        systemName: String, details: JSONValue, schemaVersion: String?,
        path: String = "coordinates_details", systemPath: String = "coordinates_system"
    ) -> CoordinateDecodingResult<Coordinates> {
        decode(systemName: systemName, reading: details, schemaVersion: schemaVersion, path: path, systemPath: systemPath)
    }

    /// ``decode(systemName:details:schemaVersion:path:systemPath:)`` reading `details` where
    /// it is kept (a tree or a tape).
    @specialized(where Details == JSONTape.Value)
    public static func decode<Details: JSONView>(
        systemName: String, reading details: Details, schemaVersion: String?,
        path: String = "coordinates_details", systemPath: String = "coordinates_system"
    ) -> CoordinateDecodingResult<Coordinates> {
        guard let system = CoordinateSystemName.named(systemName) else {
            let hint = CoordinateSystemName.caseInsensitiveMatch(systemName).map { " (did you mean \"\($0.rawValue)\"?)" } ?? ""
            return .failed([CoordinateIssue(
                code: .unknownSystem, severity: .error, path: systemPath,
                message: "\"\(systemName)\" is not a BrainSTEM coordinate system\(hint)",
                expected: "one of " + CoordinateSystemName.allCases.map(\.rawValue).joined(separator: ", "))])
        }
        return decode(system: system, reading: details, schemaVersion: schemaVersion, path: path)
    }

    /// Writes the value as `coordinates_details` (see ``CoordinateSystem/encoded(as:path:)``).
    public func encoded(
        as encoding: CoordinateValueEncoding, path: String = "coordinates_details"
    ) throws(CoordinateEncodingError) -> JSONValue {
        try system.encoded(as: encoding, path: path)
    }
}
