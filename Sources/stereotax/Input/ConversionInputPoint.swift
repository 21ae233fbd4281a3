import Foundation
import StereotaxKit

/// One input point of `stereotax convert`: where it came from and its
/// decoded coordinates, or why it could not be read.
struct ConversionInputPoint {
    /// 0-based position in the input.
    var index: Int
    /// The record's `id`, when it has one.
    var id: String?
    /// The system the input names.
    var system: CoordinateSystemName?
    /// The decoded coordinates and the decoder's issues.
    var decoded: Result<Coordinates, ConversionInputError>
    /// Warnings of the decoder on a usable point (legacy keys, unknown fields ...).
    var warnings: [String] = []

    enum Outcome {
        case success(CoordinateConverter.Result)
        case failure(String)
    }

    func convert(with converter: CoordinateConverter, to system: CoordinateSystemName) -> Outcome {
        switch decoded {
        case .failure(let error): return .failure(error.description)
        case .success(let coordinates):
            do { return .success(try converter.convert(coordinates, to: system)) } catch { return .failure(error.description) }
        }
    }

    /// A point from `--set name=value` flags.
    static func fromFlags(system: CoordinateSystemName, fields: [String], unit: String?) throws -> ConversionInputPoint {
        var details = JSONObject()
        for field in fields {
            guard let eq = field.firstIndex(of: "="), let value = Double(field[field.index(after: eq)...]) else {
                throw ConversionInputError.unreadable("--set \(field): expected name=number, e.g. apCoordinate=-2")
            }
            details.append(key: String(field[..<eq]), value: encoded(value, field: String(field[..<eq]), unit: unit))
        }
        return decode(index: 0, id: nil, systemName: system.rawValue, details: .object(details), schemaVersion: unit == nil ? "0.0.0" : "1.1.0")
    }

    /// Points from a JSON, NDJSON or CSV file.
    static func read(path: String, defaultSystem: CoordinateSystemName?, unit: String?) throws -> [ConversionInputPoint] {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.isReadableFile(atPath: url.path) else { throw ConversionInputError.unreadable("cannot read \(path)") }
        if url.pathExtension.lowercased() == "csv" {
            return try readCSV(url, defaultSystem: defaultSystem, unit: unit)
        }
        let stream: RecordStream
        do { stream = try RecordStream(contentsOf: url) } catch { throw ConversionInputError.unreadable("\(error)") }
        var points: [ConversionInputPoint] = []
        for item in stream {
            switch item.result {
            case .failure(let error):
                points.append(ConversionInputPoint(index: item.index, id: nil, system: nil,
                                                   decoded: .failure(.unreadable("record \(item.index) (line \(item.line)): \(error)"))))
            case .success(let value):
                guard let record = try? ProcedureRecord(value) else {
                    points.append(ConversionInputPoint(index: item.index, id: nil, system: nil,
                                                       decoded: .failure(.unreadable("record \(item.index): not a JSON object"))))
                    continue
                }
                guard let name = record.coordinatesSystemName ?? defaultSystem?.rawValue else {
                    points.append(ConversionInputPoint(index: item.index, id: record.id, system: nil,
                                                       decoded: .failure(.unreadable("record \(item.index): no coordinates_system (give --from)"))))
                    continue
                }
                let details = record.coordinatesDetails ?? .object(JSONObject())
                points.append(decode(index: item.index, id: record.id, systemName: name, details: details,
                                     schemaVersion: record.coordinatesSchemaVersion))
            }
        }
        return points
    }

    private static func readCSV(_ url: URL, defaultSystem: CoordinateSystemName?, unit: String?) throws -> [ConversionInputPoint] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch { throw ConversionInputError.unreadable("\(url.path): \(error.localizedDescription)") }
        let rows: [CSVRecord]
        do { rows = try CSVReader.records(in: text) } catch { throw ConversionInputError.unreadable("\(url.path): \(error)") }
        guard let header = rows.first?.fields else { return [] }
        var points: [ConversionInputPoint] = []
        for (n, row) in rows.dropFirst().enumerated() {
            var details = JSONObject()
            var system = defaultSystem?.rawValue
            var id: String?
            var problem: String?
            for (column, cell) in zip(header, row.fields) {
                let cell = cell.trimmingCharacters(in: .whitespaces)
                switch column {
                case "coordinates_system": system = cell
                case "id": id = cell
                default:
                    guard !cell.isEmpty else { continue }
                    guard let value = Double(cell) else { problem = "column \(column): \"\(cell)\" is not a number"; continue }
                    details.append(key: column, value: encoded(value, field: column, unit: unit))
                }
            }
            if row.fields.count != header.count { problem = "has \(row.fields.count) cells, the header \(header.count)" }
            if let problem {
                points.append(ConversionInputPoint(index: n, id: id, system: nil, decoded: .failure(.unreadable("CSV line \(row.line): \(problem)"))))
            } else if let system {
                points.append(decode(index: n, id: id, systemName: system, details: .object(details), schemaVersion: unit == nil ? "0.0.0" : "1.1.0"))
            } else {
                points.append(ConversionInputPoint(index: n, id: id, system: nil,
                                                   decoded: .failure(.unreadable("CSV line \(row.line): no coordinates_system column (give --from)"))))
            }
        }
        return points
    }

    /// A bare number (schema 0.0.0) or, with a unit, a 1.1.0 value object (angles in degrees).
    private static func encoded(_ value: Double, field: String, unit: String?) -> JSONValue {
        let number = JSONValue.number(JSONNumber(value) ?? JSONNumber(0))
        guard let unit else { return number }
        let isAngle = field.hasSuffix("Angle") || field == "rotation"
        return ["value": number, "unit": .string(isAngle ? "°" : unit)]
    }

    private static func decode(index: Int, id: String?, systemName: String, details: JSONValue, schemaVersion: String?) -> ConversionInputPoint {
        let result = Coordinates.decode(systemName: systemName, details: details, schemaVersion: schemaVersion)
        let system = CoordinateSystemName(rawValue: systemName)
        let errors = result.issues.filter { $0.severity == .error }
        guard let value = result.value, errors.isEmpty else {
            let message = (errors.isEmpty ? result.issues : errors).map(\.description).joined(separator: "; ")
            return ConversionInputPoint(index: index, id: id, system: system, decoded: .failure(.invalid(message)))
        }
        return ConversionInputPoint(index: index, id: id, system: system, decoded: .success(value),
                                    warnings: result.issues.map(\.description))
    }
}

/// Why an input point could not be used.
enum ConversionInputError: Error, CustomStringConvertible {
    case unreadable(String)
    case invalid(String)
    var description: String {
        switch self {
        case .unreadable(let s): return s
        case .invalid(let s): return s
        }
    }
}
