import Foundation
import StereotaxKit

/// One point's region look-up, ready to print.
struct RegionAnswer {
    let point: ConversionInputPoint
    let target: Point3<Frame.Bregma>?
    let region: AtlasRegion?
    let ancestors: [BrainStructure]
    let choices: [String]
    let error: String?

    init(point: ConversionInputPoint, converter: CoordinateConverter, atlas: LoadedAtlas) {
        self.point = point
        var target: Point3<Frame.Bregma>?, region: AtlasRegion?, ancestors: [BrainStructure] = [], choices: [String] = [], error: String?
        switch point.decoded {
        case .failure(let e): error = e.description
        case .success(let coordinates):
            do {
                let resolved = try converter.resolve(coordinates)
                target = resolved.target
                choices = resolved.choices + atlas.transform.choices.filter { !resolved.choices.contains($0) }
                let r = try atlas.region(at: resolved.target)
                region = r
                if case .structure(let s, _, _) = r { ancestors = try atlas.ontology.ancestors(of: s.id) }
            } catch let e {
                error = "\(e)"
            }
        }
        (self.target, self.region, self.ancestors, self.choices, self.error) = (target, region, ancestors, choices, error)
    }

    private var label: String { "#\(point.index)" + (point.id.map { " \($0)" } ?? "") }

    var text: String {
        if let error { return "\(label): not looked up: \(error)" }
        var lines: [String] = []
        let t = target!.millimetres
        let at = String(format: "AP %.3f, ML %.3f, DV %.3f mm from bregma", t.x, t.y, t.z)
        switch region! {
        case .outside: lines.append("\(label): outside the atlas volume (\(at))")
        case .unlabelled: lines.append("\(label): outside the brain, no structure (\(at))")
        case .unknownLabel(let l, _): lines.append("\(label): label \(l), which the ontology does not list (\(at))")
        case .structure(let s, let hemisphere, _):
            let named = s.acronym.isEmpty ? s.name : "\(s.acronym) \(s.name)"
            lines.append("\(label): \(named) (id \(s.id)), \(hemisphere.rawValue) hemisphere (\(at))")
            if !ancestors.isEmpty { lines.append("  within: " + ancestors.reversed().map { $0.acronym.isEmpty ? $0.name : $0.acronym }.joined(separator: " › ")) }
        }
        lines += choices.map { "  · \($0)" }
        return lines.joined(separator: "\n")
    }

    var json: JSONValue {
        var o = JSONObject()
        o.append(key: "index", value: .number(JSONNumber(point.index)))
        if let id = point.id { o.append(key: "id", value: .string(id)) }
        if let error {
            o.append(key: "error", value: .string(error))
            return .object(o)
        }
        let t = target!.millimetres
        o.append(key: "bregma_mm", value: .array([t.x, t.y, t.z].map { .number(JSONNumber($0) ?? JSONNumber(0)) }))
        switch region! {
        case .outside: o.append(key: "region", value: "outside-volume")
        case .unlabelled: o.append(key: "region", value: "outside-brain")
        case .unknownLabel(let l, _): o.append(key: "region", value: .string("unknown-label \(l)"))
        case .structure(let s, let hemisphere, _):
            o.append(key: "region", value: "structure")
            o.append(key: "structure", value: .object(JSONObject([
                .init(key: "id", value: .number(JSONNumber(s.id))), .init(key: "acronym", value: .string(s.acronym)),
                .init(key: "name", value: .string(s.name))])))
            o.append(key: "hemisphere", value: .string(hemisphere.rawValue))
            o.append(key: "ancestors", value: .array(ancestors.map { .string($0.acronym) }))
        }
        o.append(key: "choices", value: .array(choices.map(JSONValue.string)))
        return .object(o)
    }
}
