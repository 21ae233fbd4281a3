import StereotaxGeometry
import StereotaxJSON

/// Whether a field holds a length (stored in millimetres) or an angle (stored in degrees).
public enum CoordinateQuantity: String, Hashable, Sendable {
    case length
    case angle
}

/// An older name under which a field appears in records.
public struct LegacyFieldKey: Hashable, Sendable {
    /// The member name, e.g. `surfaceDepth` or `apCoordinates`.
    public let key: String
    /// ``key`` fingerprinted once, for look-ups in records.
    public let jsonKey: JSONKey
    /// `true` for the plural names of legacy actions (`apCoordinates`, ...), which may hold a
    /// number, a `{value, unit}` object, or a one-element array of either.
    public let isPlural: Bool

    private init(key: String, isPlural: Bool) {
        self.key = key
        self.jsonKey = JSONKey(key)
        self.isPlural = isPlural
    }

    public static func renamed(_ key: String) -> LegacyFieldKey { LegacyFieldKey(key: key, isPlural: false) }
    public static func plural(_ key: String) -> LegacyFieldKey { LegacyFieldKey(key: key, isPlural: true) }
}

/// One field of a coordinate system: its BrainSTEM name, quantity, legacy names and where the
/// typed value keeps it.
public struct CoordinateField<System: CoordinateSystem>: Sendable {
    /// How the field is stored in the typed value.
    public enum Storage: Sendable {
        case length(WritableKeyPath<System, Length?> & Sendable)
        case angle(WritableKeyPath<System, Angle?> & Sendable)
    }

    /// The current BrainSTEM member name, e.g. `apCoordinate`.
    public let key: String
    /// ``key`` fingerprinted once, for look-ups in records.
    public let jsonKey: JSONKey
    public let storage: Storage
    public let legacyKeys: [LegacyFieldKey]
    /// Whether the point cannot be located without this field (the position fields).
    ///
    /// BrainSTEM's schemas make every field optional, so decoding reports a missing required
    /// field as a warning (`coordinates.missing-field`) and leaves it `nil`; whatever places the
    /// point (the conversion layer) fails without it. Angles are never required.
    public let isRequired: Bool
    /// One line saying what the field means, for documentation and messages.
    public let meaning: String

    public var quantity: CoordinateQuantity {
        switch storage {
        case .length: return .length
        case .angle: return .angle
        }
    }

    public static func length(
        _ key: String, _ keyPath: WritableKeyPath<System, Length?> & Sendable,
        legacy: [LegacyFieldKey] = [], required: Bool = false, meaning: String
    ) -> CoordinateField {
        CoordinateField(key: key, jsonKey: JSONKey(key), storage: .length(keyPath), legacyKeys: legacy, isRequired: required,
                        meaning: meaning)
    }

    public static func angle(
        _ key: String, _ keyPath: WritableKeyPath<System, Angle?> & Sendable,
        legacy: [LegacyFieldKey] = [], meaning: String
    ) -> CoordinateField {
        CoordinateField(key: key, jsonKey: JSONKey(key), storage: .angle(keyPath), legacyKeys: legacy, isRequired: false,
                        meaning: meaning)
    }

    /// Whether the value holds this field (absent fields are `nil`, never zero).
    public func isPresent(in value: System) -> Bool {
        switch storage {
        case .length(let keyPath): return value[keyPath: keyPath] != nil
        case .angle(let keyPath): return value[keyPath: keyPath] != nil
        }
    }
}
