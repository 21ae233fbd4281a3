import ArgumentParser
import StereotaxKit

struct PlanSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Rank approach angles to a target by their clearance from structures to avoid.")

    @Option(parsing: .unconditional, help: ArgumentHelp("The target as AP,ML,DV in mm from bregma (DV ventral+).", valueName: "ap,ml,dv"))
    var target: Triple

    @Option(name: .customLong("ap-range"), parsing: .unconditional, help: ArgumentHelp("AP angles searched, min,max in degrees.", valueName: "min,max"))
    var apRange: Pair = Pair(argument: "-20,20")!

    @Option(name: .customLong("ml-range"), parsing: .unconditional, help: ArgumentHelp("ML angles searched, min,max in degrees.", valueName: "min,max"))
    var mlRange: Pair = Pair(argument: "-30,30")!

    @Option(name: .customLong("angle-step"), help: ArgumentHelp("Grid step of both angles, degrees.", valueName: "degrees"))
    var angleStep: Double = 5

    @Option(help: ArgumentHelp("A structure to avoid with its descendants (acronym, name or id), `ventricles` (Allen VS), or `left`/`right` (a hemisphere). Repeatable.", valueName: "structure"))
    var avoid: [String] = []

    @Option(name: .customLong("clearance-cap"), help: ArgumentHelp("Clearances at or above this (mm) are not told apart.", valueName: "mm"))
    var clearanceCap: Double = 1

    @Option(help: ArgumentHelp("How many of the best approaches to report.", valueName: "n"))
    var keep: Int = 5

    @OptionGroup(title: "Plan") var plan: PlanOptions
    @OptionGroup(title: "Atlas") var atlasOptions: AtlasOptions
    @OptionGroup(title: "Subject and rig") var frameOptions: FrameOptions

    func validate() throws {
        guard apRange.a <= apRange.b, mlRange.a <= mlRange.b else { throw ValidationError("--ap-range and --ml-range are min,max with min ≤ max") }
        guard angleStep.isFinite, angleStep > 0 else { throw ValidationError("--angle-step must be > 0 degrees") }
        guard keep >= 1 else { throw ValidationError("--keep must be ≥ 1") }
    }

    func run() throws {
        let planner = try plan.planner(atlas: atlasOptions, frame: frameOptions)
        let regions: [AvoidedRegion] = avoid.map { a in
            switch a.lowercased() {
            case "ventricles": .ventricles
            case "left": .hemisphere(.left)
            case "right": .hemisphere(.right)
            default: .structure(a)
            }
        }
        let search = AngleSearch(target: Point3(mm: target.a, target.b, target.c),
                                 apAngles: Angle.degrees(apRange.a)...Angle.degrees(apRange.b),
                                 mlAngles: Angle.degrees(mlRange.a)...Angle.degrees(mlRange.b),
                                 step: .degrees(angleStep), avoid: regions, clearanceCap: .mm(clearanceCap), keep: keep)
        let result = try planner.search(search)
        switch plan.format {
        case .text:
            var out = "searched \(result.pairsSearched) angle pairs (\(result.pairsWithoutEntry) never meet the brain); avoiding: \(result.avoided.joined(separator: "; "))\n\n"
            for (i, c) in result.candidates.enumerated() {
                out += String(format: "#%d  AP %.1f°, ML %.1f°  clearance %@%.3f mm (closest %.3f mm along the shaft)  entry %@\n", i + 1,
                              c.angles.apAngle.degrees, c.angles.mlAngle.degrees, c.clearanceAtCap ? "≥ " : "", c.clearance.millimetres,
                              c.closestApproachAlongShaft.millimetres, PlanReport.point(c.plan.entry))
                out += "    " + c.plan.structures.map(\.region.acronym).joined(separator: " → ") + "\n"
            }
            out += "\nchoices:\n" + result.choices.map { "  - \($0)\n" }.joined()
            try plan.emit(out)
        case .json:
            let json: JSONValue = [
                "pairsSearched": .number(JSONNumber(result.pairsSearched)),
                "pairsWithoutEntry": .number(JSONNumber(result.pairsWithoutEntry)),
                "avoided": PlanReport.strings(result.avoided),
                "candidates": .array(result.candidates.map { c in
                    ["angles": PlanReport.json(c.angles), "clearanceMillimetres": PlanReport.n(c.clearance.millimetres),
                     "clearanceAtCap": .bool(c.clearanceAtCap),
                     "closestApproachAlongShaftMillimetres": PlanReport.n(c.closestApproachAlongShaft.millimetres),
                     "plan": PlanReport.json(c.plan)]
                }),
                "choices": PlanReport.strings(result.choices),
            ]
            try plan.emit(json.serialized(.pretty(indent: 2)))
        case .svg:
            guard let best = result.candidates.first else { return }
            try plan.emit(TrajectoryPicture().svg(of: best.plan, atlas: planner.atlas,
                                                  title: String(format: "Best of %d approaches: clearance %.3f mm", result.pairsSearched, best.clearance.millimetres)))
        }
    }
}
