import Foundation
import StereotaxKit

/// Text and JSON renderings of plans.
enum PlanReport {
    static func n(_ v: Double) -> JSONValue { JSONNumber(v).map(JSONValue.number) ?? .null }
    static func mm(_ l: Length) -> String { String(format: "%.4f", l.millimetres) }
    static func point(_ p: Point3<Frame.Bregma>) -> String { "AP \(mm(p.ap)), ML \(mm(p.ml)), DV \(mm(p.dv)) mm" }
    static func json(_ p: Point3<Frame.Bregma>) -> JSONValue { ["ap": n(p.ap.millimetres), "ml": n(p.ml.millimetres), "dv": n(p.dv.millimetres)] }
    static func json(_ a: BrainstemAngles) -> JSONValue { ["apAngle": n(a.apAngle.degrees), "mlAngle": n(a.mlAngle.degrees), "rotation": n(a.rotation.degrees)] }
    static func strings(_ s: [String]) -> JSONValue { .array(s.map(JSONValue.string)) }

    // MARK: Forward

    static func text(_ plan: ForwardPlan) -> String {
        var out = """
        entry (brain surface)  \(point(plan.entry))
        tip                    \(point(plan.tip))   (CCF AP \(mm(plan.tipCCF.ap)), DV \(mm(plan.tipCCF.dv)), ML \(mm(plan.tipCCF.ml)) mm)
        angles                 AP \(plan.angles.apAngle.degrees)°, ML \(plan.angles.mlAngle.degrees)°, rotation \(plan.angles.rotation.degrees)° (\(plan.angleOrder))
        depth                  \(mm(plan.depth)) mm along the shaft

        along the shaft (mm from the entry):

        """
        for s in plan.segments {
            out += String(format: "  %8.4f – %8.4f  ", s.start.millimetres, s.end.millimetres) + "\(s.region)\n"
        }
        if !plan.sites.isEmpty {
            out += "\nsites of \(plan.probeName ?? "the probe") (\(plan.sites.count)), by region:\n"
            var counts: [(String, Int)] = []
            for s in plan.sites {
                let key = s.region.acronym
                if let i = counts.firstIndex(where: { $0.0 == key }) { counts[i].1 += 1 } else { counts.append((key, 1)) }
            }
            for (k, c) in counts { out += "  \(k): \(c)\n" }
        }
        out += "\nchoices:\n" + plan.choices.map { "  - \($0)\n" }.joined()
        return out
    }

    static func json(_ plan: ForwardPlan) -> JSONValue {
        var o: JSONObject = JSONObject([
            .init(key: "entry", value: json(plan.entry)),
            .init(key: "tip", value: json(plan.tip)),
            .init(key: "tipCCF", value: ["ap": n(plan.tipCCF.ap.millimetres), "dv": n(plan.tipCCF.dv.millimetres), "ml": n(plan.tipCCF.ml.millimetres)]),
            .init(key: "angles", value: json(plan.angles)),
            .init(key: "angleOrder", value: .string(plan.angleOrder.rawValue)),
            .init(key: "depthMillimetres", value: n(plan.depth.millimetres)),
            .init(key: "samplingStepMicrometres", value: n(plan.samplingStep.micrometres)),
            .init(key: "preset", value: .string(plan.presetName)),
            .init(key: "segments", value: .array(plan.segments.map(json))),
        ])
        if !plan.sites.isEmpty {
            o.append(key: "probe", value: plan.probeName.map(JSONValue.string) ?? .null)
            o.append(key: "sites", value: .array(plan.sites.map { s in
                ["index": .number(JSONNumber(s.site.index)), "shank": .number(JSONNumber(s.site.shank)), "position": json(s.position),
                 "structureID": s.region.structureID.map { .number(JSONNumber($0)) } ?? .null, "acronym": .string(s.region.acronym)]
            }))
        }
        o.append(key: "choices", value: strings(plan.choices))
        return .object(o)
    }

    static func json(_ s: ShaftSegment) -> JSONValue {
        ["startMillimetres": n(s.start.millimetres), "endMillimetres": n(s.end.millimetres),
         "structureID": s.region.structureID.map { .number(JSONNumber($0)) } ?? .null,
         "acronym": .string(s.region.acronym), "name": s.name.map(JSONValue.string) ?? .null,
         "hemisphere": s.region.hemisphere.map { .string($0.rawValue) } ?? .null]
    }

    // MARK: Inverse

    static func text(_ plan: InversePlan) -> String {
        var out = """
        target                 \(point(plan.target))
        angles                 AP \(plan.angles.apAngle.degrees)°, ML \(plan.angles.mlAngle.degrees)°, rotation \(plan.angles.rotation.degrees)° (\(plan.angleOrder))
        skull entry            \(point(plan.skullEntry))
        brain-surface entry    \(point(plan.brainEntry))
        depth                  \(mm(plan.depth)) mm from the brain surface, \(mm(plan.depthFromSkull)) mm from the skull (along the shaft)

        """
        if let r = plan.frameReadings {
            func m(_ p: Point3<Frame.Manipulator>) -> String { String(format: "x %.4f, y %.4f, z %.4f mm", p.millimetres.x, p.millimetres.y, p.millimetres.z) }
            func a(_ v: Angle?) -> String { v.map { String(format: "%.3f°", $0.degrees) } ?? "—" }
            out += """
            frame readings
              at the skull entry   \(m(r.skullEntry))
              at the brain surface \(m(r.brainEntry))
              at the target        \(m(r.target))
              angles               xAngle \(a(r.xAngle)), yAngle \(a(r.yAngle)), zAngle \(a(r.zAngle))

            """
        }
        out += "\nchoices:\n" + plan.choices.map { "  - \($0)\n" }.joined()
        return out
    }

    static func json(_ plan: InversePlan) -> JSONValue {
        var o = JSONObject([
            .init(key: "target", value: json(plan.target)),
            .init(key: "angles", value: json(plan.angles)),
            .init(key: "angleOrder", value: .string(plan.angleOrder.rawValue)),
            .init(key: "skullEntry", value: json(plan.skullEntry)),
            .init(key: "brainEntry", value: json(plan.brainEntry)),
            .init(key: "depthMillimetres", value: n(plan.depth.millimetres)),
            .init(key: "depthFromSkullMillimetres", value: n(plan.depthFromSkull.millimetres)),
            .init(key: "preset", value: .string(plan.presetName)),
        ])
        if let r = plan.frameReadings {
            func m(_ p: Point3<Frame.Manipulator>) -> JSONValue { ["x": n(p.millimetres.x), "y": n(p.millimetres.y), "z": n(p.millimetres.z)] }
            func a(_ v: Angle?) -> JSONValue { v.map { n($0.degrees) } ?? .null }
            o.append(key: "frameReadings", value: [
                "skullEntry": m(r.skullEntry), "brainEntry": m(r.brainEntry), "target": m(r.target),
                "xAngle": a(r.xAngle), "yAngle": a(r.yAngle), "zAngle": a(r.zAngle)])
        }
        o.append(key: "choices", value: strings(plan.choices))
        return .object(o)
    }

    // MARK: Uncertainty

    static func text(_ u: TipUncertainty) -> String {
        var out = "\ntip uncertainty (linearised; bregma axes AP, ML, DV):\n"
        for s in u.sources { out += "  source: \(s.name)\n" }
        for (i, a) in u.ellipsoid.axes.enumerated() {
            out += String(format: "  axis %d  direction (%+.3f, %+.3f, %+.3f)  1σ %.4f mm  95%% %.4f mm\n", i + 1,
                          a.direction.x, a.direction.y, a.direction.z, a.oneSigma.millimetres, a.ninetyFivePercent.millimetres)
        }
        return out + "  (95 % = the 3-D ellipsoid holding 95 % of a Gaussian error: √(χ²₃(0.95) = 7.815) × 1σ)\n"
    }

    static func json(_ u: TipUncertainty) -> JSONValue {
        let c = u.covariance.matrix
        return [
            "sources": .array(u.sources.map { .string($0.name) }),
            "covarianceSquareMillimetres": .array((0..<3).map { i in .array((0..<3).map { j in n(c[i, j]) }) }),
            "axes": .array(u.ellipsoid.axes.map { a in
                ["direction": [n(a.direction.x), n(a.direction.y), n(a.direction.z)],
                 "oneSigmaMillimetres": n(a.oneSigma.millimetres), "ninetyFivePercentMillimetres": n(a.ninetyFivePercent.millimetres)]
            }),
        ]
    }
}

extension ShaftSegment {
    var name: String? { if case let .structure(s, _) = region { s.name } else { nil } }
}
