import StereotaxGeometry
import StereotaxJSON

/// Why typed coordinates could not be written: a field holds NaN or an infinity
/// (`coordinates.non-finite-value`), or an unknown field carries the current or legacy name of
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
    /// Numbers are written in Swift's shortest round-tripping form, so decoding the output
    /// gives back the same millimetres (exactly for mm; within one rounding of the unit
    /// conversion otherwise). Legacy member names are written under their current names.
    public func encoded(
        as encoding: CoordinateValueEncoding, path: String = "coordinates_details"
    ) throws(CoordinateEncodingError) -> JSONValue {
        var object = JSONObject()
        var issues: [CoordinateIssue] = []
        for field in Self.fields {
            let amount: Double
            let unitSymbol: String
            switch field.storage {
            case .length(let keyPath):
                guard let length = self[keyPath: keyPath] else { continue }
                switch encoding {
                case .bareNumbers:
                    amount = Self.bareNumberLengthUnit.exactValue(fromMillimetres: length.millimetres)
                    unitSymbol = Self.bareNumberLengthUnit.symbol
                case .valueObjects(let unit):
                    amount = unit.exactValue(fromMillimetres: length.millimetres)
                    unitSymbol = unit.symbol
                }
            case .angle(let keyPath):
                guard let angle = self[keyPath: keyPath] else { continue }
                amount = angle.degrees
                unitSymbol = AngleUnit.degree.symbol
            }
            guard let number = JSONNumber(amount) else {
                issues.append(CoordinateIssue(
                    code: .nonFiniteValue, severity: .error, path: jsonPath(path, field.key),
                    message: "\(field.key) is \(amount), which JSON cannot represent", expected: "a finite value"))
                continue
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
}
