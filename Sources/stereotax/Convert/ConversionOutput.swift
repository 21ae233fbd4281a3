import ArgumentParser
import Foundation
import StereotaxKit

enum ConversionOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, ndjson, csv
}

/// Writes `stereotax convert` results to standard output, one per input
/// point, in input order (every input point appears, converted or not).
struct ConversionOutput {
    let format: ConversionOutputFormat
    let target: CoordinateSystemName
    let lengthUnit: LengthUnit

    private var fieldKeys: [String] { target.systemType.fieldKeys }

    func begin() {
        switch format {
        case .json: emit("{\"coordinates_system\": \"\(target.rawValue)\", \"results\": [")
        case .csv: emit((["index", "id", "from", "coordinates_system"] + fieldKeys + ["unit", "error", "choices"]).joined(separator: ","))
        case .text, .ndjson: break
        }
    }

    func write(_ point: ConversionInputPoint, _ outcome: ConversionInputPoint.Outcome) {
        switch format {
        case .text: writeText(point, outcome)
        case .json: emit((point.index == 0 ? "  " : ", ") + jsonObject(point, outcome).serialized())
        case .ndjson: emit(jsonObject(point, outcome).serialized())
        case .csv: writeCSV(point, outcome)
        }
    }

    func end(count: Int, failures: Int) {
        switch format {
        case .json: emit("], \"count\": \(count), \"failures\": \(failures)}")
        case .text: emit("\(count) point\(count == 1 ? "" : "s"), \(count - failures) converted, \(failures) not")
        case .ndjson, .csv: break
        }
    }

    // MARK: - Formats

    private func details(_ coordinates: Coordinates) -> JSONValue? {
        try? coordinates.encoded(as: .valueObjects(lengthUnit: lengthUnit))
    }

    private func jsonObject(_ point: ConversionInputPoint, _ outcome: ConversionInputPoint.Outcome) -> JSONValue {
        var o = JSONObject()
        o.append(key: "index", value: .number(JSONNumber(point.index)))
        if let id = point.id { o.append(key: "id", value: .string(id)) }
        if let from = point.system { o.append(key: "from", value: .string(from.rawValue)) }
        switch outcome {
        case .success(let r):
            o.append(key: "coordinates_system", value: .string(target.rawValue))
            o.append(key: "coordinates_details", value: details(r.coordinates) ?? .null)
            o.append(key: "coordinates_schema_version", value: "1.1.0")
            o.append(key: "choices", value: .array(r.choices.map(JSONValue.string)))
            if !point.warnings.isEmpty { o.append(key: "warnings", value: .array(point.warnings.map(JSONValue.string))) }
        case .failure(let message):
            o.append(key: "error", value: .string(message))
        }
        return .object(o)
    }

    private func writeText(_ point: ConversionInputPoint, _ outcome: ConversionInputPoint.Outcome) {
        let label = "#\(point.index)" + (point.id.map { " \($0)" } ?? "")
        switch outcome {
        case .success(let r):
            emit("\(label): \(point.system?.rawValue ?? "?") → \(target.rawValue)")
            for (key, value, unit) in values(r.coordinates) {
                emit("  \(key.padding(toLength: 14, withPad: " ", startingAt: 0)) \(format(value)) \(unit)")
            }
            for w in point.warnings { emit("  warning: \(w)") }
            for c in r.choices { emit("  · \(c)") }
        case .failure(let message):
            emit("\(label): not converted: \(message)")
        }
    }

    private func writeCSV(_ point: ConversionInputPoint, _ outcome: ConversionInputPoint.Outcome) {
        var cells = [String(point.index), point.id ?? "", point.system?.rawValue ?? "", target.rawValue]
        switch outcome {
        case .success(let r):
            let byKey = Dictionary(values(r.coordinates).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
            cells += fieldKeys.map { byKey[$0].map(format) ?? "" }
            cells += [lengthUnit.rawValue, "", r.choices.joined(separator: " | ")]
        case .failure(let message):
            cells += fieldKeys.map { _ in "" } + [lengthUnit.rawValue, message, ""]
        }
        emit(cells.map(csvEscaped).joined(separator: ","))
    }

    /// (field, value, unit) in canonical field order.
    private func values(_ coordinates: Coordinates) -> [(String, Double, String)] {
        guard let object = details(coordinates)?.objectValue else { return [] }
        return object.compactMap { m in
            guard let v = m.value["value"]?.doubleValue, let u = m.value["unit"]?.stringValue else { return nil }
            return (m.key, v, u)
        }
    }

    private func format(_ v: Double) -> String {
        let rounded = (v * 1e9).rounded() / 1e9
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(format: "%.1f", rounded) : "\(rounded)"
    }

    private func csvEscaped(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    private func emit(_ line: String) { print(line) }
}

extension CoordinateSystem {
    static var fieldKeys: [String] { fields.map(\.key) }
}
