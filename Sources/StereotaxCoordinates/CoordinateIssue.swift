/// A problem found while decoding or encoding `coordinates_details`: a value, never a thrown
/// untyped error.
///
/// `code` is a stable machine-readable string (e.g. `coordinates.numeric-string`), `path` a
/// JSON path to the offending value (e.g. `coordinates_details.apCoordinate.value`), `message`
/// says what was found and `expected` what would have been accepted.
public struct CoordinateIssue: Hashable, Sendable, CustomStringConvertible {
    /// Stable issue codes. The raw value is the code written in reports.
    public enum Code: String, CaseIterable, Hashable, Sendable {
        /// `coordinates_system` names no known system.
        case unknownSystem = "coordinates.unknown-system"
        /// `coordinates_schema_version` is neither absent, `0.0.0` nor `1.1.0` (warning).
        case unknownSchemaVersion = "coordinates.unknown-schema-version"
        /// `coordinates_details` is not a JSON object.
        case detailsNotObject = "coordinates.details-not-object"
        /// A member name occurs twice, or a field is given under two names (e.g. `depth` and `surfaceDepth`).
        case duplicateField = "coordinates.duplicate-field"
        /// A member that is not a field of the system; kept in `unknownFields` (warning).
        case unknownField = "coordinates.unknown-field"
        /// A field under a legacy name (`surfaceDepth`, `apCoordinates`, ...); read as the current field (warning).
        case legacyKey = "coordinates.legacy-key"
        /// A number written as a string, e.g. `"1.5"`.
        case numericString = "coordinates.numeric-string"
        /// A string spelling a non-finite number (`"NaN"`, `"Infinity"`, ...).
        case nonFinite = "coordinates.non-finite"
        /// `true` or `false` where a number belongs.
        case booleanValue = "coordinates.boolean-value"
        /// `null` where a number belongs.
        case nullValue = "coordinates.null-value"
        /// Any other non-number where a number belongs (text, array, object).
        case wrongType = "coordinates.wrong-type"
        /// Schema 1.1.0 requires `{"value": n, "unit": u}` but a bare number was found (its unit is unknown).
        case expectedValueObject = "coordinates.expected-value-object"
        /// A `{value, unit}` object under schema 0.0.0, which uses bare numbers; read with its unit (warning).
        case encodingMismatch = "coordinates.encoding-mismatch"
        /// A `{value, unit}` object without `value`.
        case missingValue = "coordinates.missing-value"
        /// A `{value, unit}` object without `unit`.
        case missingUnit = "coordinates.missing-unit"
        /// A `unit` that is not a string.
        case unitNotString = "coordinates.unit-not-string"
        /// A `unit` string that is no known length or angle unit.
        case unknownUnit = "coordinates.unknown-unit"
        /// A length unit on an angle field, or an angle unit on a length field.
        case unitKindMismatch = "coordinates.unit-kind-mismatch"
        /// A member of a `{value, unit}` object other than `value` and `unit`.
        case unknownValueKey = "coordinates.unknown-value-key"
        /// A field needed to locate the point (see `CoordinateField.isRequired`) is absent; it
        /// stays absent, never zero (warning: BrainSTEM itself makes every field optional).
        case missingField = "coordinates.missing-field"
        /// A value whose conversion to millimetres, or to the unit it is written in, exceeds the
        /// largest finite `Double` (e.g. `1e306` m).
        case outOfRange = "coordinates.out-of-range"
        /// A plural legacy key holding an array with other than exactly one element.
        case pluralArrayLength = "coordinates.plural-array-length"
        /// A typed value holds NaN or an infinity, which JSON cannot write (encoding).
        case nonFiniteValue = "coordinates.non-finite-value"
    }

    /// Whether the issue stops the record from being decoded.
    public enum Severity: String, Hashable, Sendable, Comparable {
        case warning
        case error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public let code: Code
    public let severity: Severity
    public let path: String
    public let message: String
    public let expected: String

    public init(code: Code, severity: Severity, path: String, message: String, expected: String) {
        self.code = code
        self.severity = severity
        self.path = path
        self.message = message
        self.expected = expected
    }

    public var description: String {
        "\(severity) \(code.rawValue) at \(path): \(message); expected \(expected)"
    }
}
