import StereotaxGeometry
import StereotaxJSON

extension CoordinateSystem {
    /// The encoding `details` is written in, so that a decoded record can be written back in
    /// its own encoding and units.
    ///
    /// - `.bareNumbers` when every field (under its current or legacy name) is a bare number;
    /// - `.valueObjects(lengthUnit:)` when every field is a `{value, unit}` object and the
    ///   length fields share one unit (spellings are normalised: `um` is `µm`); millimetres
    ///   if no length field is present;
    /// - with no field present, the encoding `schemaVersion` prescribes (1.1.0: value
    ///   objects in mm; otherwise bare numbers);
    /// - `nil` when `details` mixes encodings or length units, or holds a field value of
    ///   neither shape (decoding reports why).
    public static func encoding(of details: JSONValue, schemaVersion: String?) -> CoordinateValueEncoding? {
        guard case .object(let object) = details else { return nil }
        var sawBare = false
        var sawObject = false
        var lengthUnits = Set<LengthUnit>()
        for member in object {
            guard let (field, _) = field(forKey: member.key) else { continue }
            var value = member.value
            if case .array(let elements) = value, elements.count == 1 { value = elements[0] }
            switch value {
            case .number:
                sawBare = true
            case .object(let valueObject):
                sawObject = true
                if field.quantity == .length {
                    guard let symbol = valueObject["unit"]?.stringValue, let unit = LengthUnit(symbol: symbol) else { return nil }
                    lengthUnits.insert(unit)
                }
            default:
                return nil
            }
        }
        switch (sawBare, sawObject) {
        case (true, false):
            return .bareNumbers
        case (false, true):
            guard lengthUnits.count <= 1 else { return nil }
            return .valueObjects(lengthUnit: lengthUnits.first ?? .millimetre)
        case (false, false):
            return CoordinateSchemaVersion(recordValue: schemaVersion) == .v1_1_0 ? .schema1_1_0 : .bareNumbers
        case (true, true):
            return nil
        }
    }
}

extension CoordinateSystemName {
    /// The type that holds coordinates of this system.
    public var systemType: any CoordinateSystem.Type {
        switch self {
        case .stereotaxicBregmaAbsolute: return BregmaAbsoluteCoordinates.self
        case .stereotaxicLambdaAbsolute: return LambdaAbsoluteCoordinates.self
        case .stereotaxicBregmaBrainSurface: return BregmaBrainSurfaceCoordinates.self
        case .stereotaxicLambdaBrainSurface: return LambdaBrainSurfaceCoordinates.self
        case .stereotaxicXYZAbsolute: return StereotaxicXYZAbsoluteCoordinates.self
        case .stereotaxicXYSurface: return StereotaxicXYSurfaceCoordinates.self
        case .externalXYZAbsolute: return ExternalXYZAbsoluteCoordinates.self
        case .ccfXYZAbsolute: return CCFXYZAbsoluteCoordinates.self
        }
    }
}
