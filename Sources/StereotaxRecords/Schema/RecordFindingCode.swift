/// Stable codes of the schema check's findings. The raw value is what reports print.
public enum RecordFindingCode: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// The record could not be read at all (invalid JSON, empty element, broken framing).
    case unreadable = "schema.unreadable"
    /// The record is valid JSON but not an object.
    case notAnObject = "schema.not-an-object"
    /// `type`, `subject` or the coordinate system is absent, `null` or empty.
    case requiredMissing = "schema.required-missing"
    /// A member holds the wrong JSON type (e.g. a number for `subject`, `true` for a coordinate).
    case wrongType = "schema.wrong-type"
    /// `coordinates_system` names no BrainSTEM system.
    case unknownSystem = "schema.unknown-system"
    /// A member of `coordinates_details` that is no field of the record's system.
    case fieldNotInSystem = "schema.field-not-in-system"
    /// A coordinate field given twice (same name, or current and legacy name).
    case duplicateField = "schema.duplicate-field"
    /// A coordinate field under a legacy name (`surfaceDepth`, `apCoordinates`); read all the same.
    case legacyKey = "schema.legacy-key"
    /// `coordinates_schema_version` is not one this library knows.
    case unknownSchemaVersion = "schema.unknown-schema-version"
    /// A number written as a string (`"1.5"`).
    case numericString = "schema.numeric-string"
    /// A string spelling NaN or an infinity where a number belongs.
    case nonFinite = "schema.non-finite"
    /// A missing, unknown or mismatched unit, or a length whose size says it is in the wrong
    /// unit (e.g. micrometres written as millimetres).
    case unit = "schema.unit"
    /// A value not in its schema's encoding: a bare number under 1.1.0, `{value, unit}` under
    /// 0.0.0, a `{value, unit}` object without `value` or with other members.
    case valueEncoding = "schema.value-encoding"
    /// An angle outside −180…180 degrees.
    case angleOutOfRange = "schema.angle-out-of-range"
    /// A DV coordinate or depth below zero: BrainSTEM's DV is positive ventral, so the value
    /// was most likely typed in the negative-down convention.
    case dvSign = "schema.dv-sign"
    /// `notes` (or `description`) longer than 500 characters.
    case notesTooLong = "schema.notes-too-long"
    /// An id or reference that is not a `8-4-4-4-12` hexadecimal UUID.
    case malformedUUID = "schema.malformed-uuid"
    /// An id already used by an earlier record of the same stream.
    case duplicateID = "schema.duplicate-id"

    public var description: String { rawValue }
}
