import Testing
import StereotaxGeometry
import StereotaxJSON
import StereotaxCoordinates

/// Every system type, in `CoordinateSystemName` order.
let allSystemTypes: [any CoordinateSystem.Type] = [
    BregmaAbsoluteCoordinates.self, LambdaAbsoluteCoordinates.self,
    BregmaBrainSurfaceCoordinates.self, LambdaBrainSurfaceCoordinates.self,
    StereotaxicXYZAbsoluteCoordinates.self, StereotaxicXYSurfaceCoordinates.self,
    ExternalXYZAbsoluteCoordinates.self, CCFXYZAbsoluteCoordinates.self,
]

/// The type of the system named `name`.
func systemType(_ name: CoordinateSystemName) -> any CoordinateSystem.Type {
    allSystemTypes.first { $0.systemName == name }!
}

/// An issue reduced to what tests compare exactly.
struct Reported: Hashable, CustomStringConvertible {
    let code: CoordinateIssue.Code
    let severity: CoordinateIssue.Severity
    let path: String
    var description: String { "\(severity) \(code.rawValue) at \(path)" }

    static func error(_ code: CoordinateIssue.Code, _ path: String) -> Reported { Reported(code: code, severity: .error, path: path) }
    static func warning(_ code: CoordinateIssue.Code, _ path: String) -> Reported { Reported(code: code, severity: .warning, path: path) }
}

extension CoordinateDecodingResult {
    var reported: [Reported] { issues.map { Reported(code: $0.code, severity: $0.severity, path: $0.path) } }
    /// The reported issues other than `coordinates.missing-field` warnings.
    var reportedExceptMissing: [Reported] { reported.filter { $0.code != .missingField } }
}

extension CoordinateField {
    /// The field's amount in the value: millimetres for lengths, degrees for angles.
    func amount(in value: System) -> Double? {
        switch storage {
        case .length(let keyPath): return value[keyPath: keyPath]?.millimetres
        case .angle(let keyPath): return value[keyPath: keyPath]?.degrees
        }
    }

    /// Sets the field to `amount` (millimetres or degrees).
    func set(_ amount: Double, in value: inout System) {
        switch storage {
        case .length(let keyPath): value[keyPath: keyPath] = Length(millimetres: amount)
        case .angle(let keyPath): value[keyPath: keyPath] = Angle(degrees: amount)
        }
    }
}

/// Parses JSON text (test input written as JSON, as records are).
func json(_ text: String) throws -> JSONValue { try JSONValue.parse(text) }

/// A JSON number with exactly this literal text.
func number(_ literal: String) throws -> JSONValue {
    let value = try JSONValue.parse(literal)
    guard case .number = value else { throw TestInputError(text: literal) }
    return value
}

/// `{"value": literal, "unit": unit}`.
func valueObject(_ literal: String, _ unit: String) throws -> JSONValue {
    .object(JSONObject([.init(key: "value", value: try number(literal)), .init(key: "unit", value: .string(unit))]))
}

/// An object with these members in this order (duplicates allowed).
func object(_ members: [(String, JSONValue)]) -> JSONValue {
    .object(JSONObject(members.map { JSONObject.Member(key: $0.0, value: $0.1) }))
}

struct TestInputError: Error { let text: String }

/// Distinct literals, one per field position, so a field read into another field's slot shows.
let distinctLiterals = ["-2.5", "1.25", "3.75", "-10.5", "7.0", "12.25"]
