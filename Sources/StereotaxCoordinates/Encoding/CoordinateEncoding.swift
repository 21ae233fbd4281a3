import StereotaxGeometry
import StereotaxJSON

/// Why typed coordinates could not be written: a field holds NaN or an infinity
/// (`coordinates.non-finite-value`), a length overflows in the chosen unit
/// (`coordinates.out-of-range`, e.g. 1e303 mm in nm), or an unknown field carries the current or legacy name of
/// a field of the system, which would give that field twice (`coordinates.duplicate-field`).
public struct CoordinateEncodingError: Error, Hashable, Sendable, CustomStringConvertible {
    public let issues: [CoordinateIssue]
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

extension CoordinateSystem {
    /// Writes the value as `coordinates_details`: present fields in canonical order (absent
    /// fields are left out), then the unknown fields unchanged and in their original order.
    ///
    /// - `.bareNumbers` (0.0.0): lengths in millimetres (`External_XYZ_Absolute`: metres),
    ///   angles in degrees.
    /// - `.valueObjects(lengthUnit:)` (1.1.0): `{"value": n, "unit": "mm"}` (or the chosen
    ///   length unit) and `{"value": n, "unit": "°"}`.
    ///
    /// Millimetres and degrees are written in Swift's shortest round-tripping form (`-2.5`,
    /// `1.0`, `1e-05`); other length units as that decimal with its point shifted (`0.25` mm is
    /// `250` µm, `1.5` mm is `0.0015` m), so decoding the output gives back exactly the same
    /// `Double`s in every unit. Legacy member names are written under their current names.
    public func encoded(
        as encoding: CoordinateValueEncoding, path: String = "coordinates_details"
    ) throws(CoordinateEncodingError) -> JSONValue {
        var object = JSONObject()
        var issues: [CoordinateIssue] = []
        for field in Self.fields {
            let fieldPath = jsonPath(path, field.key)
            let number: JSONNumber
            let unitSymbol: String
            switch field.storage {
            case .length(let keyPath):
                guard let length = self[keyPath: keyPath] else { continue }
                let unit: LengthUnit
                switch encoding {
                case .bareNumbers: unit = Self.bareNumberLengthUnit
                case .valueObjects(let lengthUnit): unit = lengthUnit
                }
                unitSymbol = unit.symbol
                guard let written = Self.lengthNumber(length, in: unit, field: field.key, path: fieldPath, issues: &issues) else {
                    continue
                }
                number = written
            case .angle(let keyPath):
                guard let angle = self[keyPath: keyPath] else { continue }
                unitSymbol = AngleUnit.degree.symbol
                guard let written = JSONNumber(angle.degrees) else {
                    issues.append(Self.nonFiniteIssue(field.key, angle.degrees, path: fieldPath))
                    continue
                }
                number = written
            }
            switch encoding {
            case .bareNumbers:
                object.append(key: field.key, value: .number(number))
            case .valueObjects:
                object.append(key: field.key, value: ["value": .number(number), "unit": .string(unitSymbol)])
            }
        }
        for member in unknownFields {
            if let (field, _) = Self.field(forKey: member.key) {
                issues.append(CoordinateIssue(
                    code: .duplicateField, severity: .error, path: jsonPath(path, member.key),
                    message: "unknownFields holds \"\(member.key)\", a name of the field \(field.key)",
                    expected: "unknown fields whose names are no field of \(Self.systemName.rawValue)"))
            }
            object.append(key: member.key, value: member.value)
        }
        guard issues.isEmpty else { throw CoordinateEncodingError(issues: issues) }
        return .object(object)
    }

    /// The JSON number of `length` in `unit`: millimetres as the shortest round-tripping text,
    /// other units as that text with its decimal point shifted (exact, see ``DecimalNumber``);
    /// `nil` after recording why it cannot be written.
    private static func lengthNumber(
        _ length: Length, in unit: LengthUnit, field: String, path: String, issues: inout [CoordinateIssue]
    ) -> JSONNumber? {
        let millimetres = length.millimetres
        guard let decimal = unit.decimal(fromMillimetres: millimetres) else {
            issues.append(nonFiniteIssue(field, millimetres, path: path))
            return nil
        }
        if unit == .millimetre { return JSONNumber(millimetres) }
        guard let number = JSONNumber(literal: decimal.literal) else {
            issues.append(CoordinateIssue(
                code: .outOfRange, severity: .error, path: path,
                message: "\(field) is \(millimetres) mm, which exceeds the largest number in \(unit.symbol)",
                expected: "a length that fits a 64-bit float in \(unit.symbol)"))
            return nil
        }
        return number
    }

    private static func nonFiniteIssue(_ field: String, _ amount: Double, path: String) -> CoordinateIssue {
        CoordinateIssue(code: .nonFiniteValue, severity: .error, path: path,
                        message: "\(field) is \(amount), which JSON cannot represent", expected: "a finite value")
    }
}
