import ArgumentParser
import StereotaxKit

struct PlanInverseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inverse",
        abstract: "Target and angles → skull and brain-surface entries, depths and frame readings; or target and entry → the angles.")

    @Option(parsing: .unconditional, help: ArgumentHelp("The target as AP,ML,DV in mm from bregma (DV ventral+).", valueName: "ap,ml,dv"))
    var target: Triple

    @Option(help: ArgumentHelp("AP angle,ML angle[,rotation] in degrees (BrainSTEM). Default vertical.", valueName: "ap,ml[,rot]"))
    var angles: AnglesOption?

    @Option(parsing: .unconditional, help: ArgumentHelp("An entry as AP,ML in mm on the brain surface: plan along the line from it to the target (instead of --angles).", valueName: "ap,ml"))
    var entry: Pair?

    @Option(name: .customLong("skull-thickness"), help: ArgumentHelp("The skull model: the brain surface moved this far dorsally, mm.", valueName: "mm"))
    var skullThickness: Double = 0.3

    @OptionGroup(title: "Plan") var plan: PlanOptions
    @OptionGroup(title: "Atlas") var atlasOptions: AtlasOptions
    @OptionGroup(title: "Subject and rig") var frameOptions: FrameOptions

    func validate() throws {
        if angles != nil, entry != nil { throw ValidationError("give --angles or --entry, not both") }
        guard skullThickness.isFinite, skullThickness >= 0 else { throw ValidationError("--skull-thickness must be ≥ 0 mm") }
    }

    func run() throws {
        let planner = try plan.planner(atlas: atlasOptions, frame: frameOptions)
        let targetPoint = Point3<Frame.Bregma>(mm: target.a, target.b, target.c)
        var chosen = try angles?.angles ?? BrainstemAngles(apAngle: .zero, mlAngle: .zero)
        var note: String?
        if let entry {
            let surfacePoint = try planner.surfacePoint(ap: .mm(entry.a), ml: .mm(entry.b))
            chosen = try planner.angles(from: surfacePoint, to: targetPoint)
            note = "angles from the brain-surface point \(PlanReport.point(surfacePoint)) to the target"
        }
        var result = try planner.inverse(target: targetPoint, angles: chosen, skullThickness: .mm(skullThickness),
                                         calibration: frameOptions.calibration)
        if let note { result.choices.insert(note, at: 0) }
        var uncertainty: TipUncertainty?
        if let (landmark, placement) = try plan.covariances() {
            let record = Coordinates.stereotaxicBregmaAbsolute(BregmaAbsoluteCoordinates(
                apCoordinate: targetPoint.ap, mlCoordinate: targetPoint.ml, dvCoordinate: targetPoint.dv,
                apAngle: chosen.apAngle, mlAngle: chosen.mlAngle, dvAngle: chosen.rotation))
            uncertainty = try planner.tipUncertainty(of: record, landmarks: frameOptions.landmarks(for: atlasOptions),
                                                     landmark: landmark, placement: placement)
        }
        switch plan.format {
        case .text:
            let forward = try planner.forward(entry: result.brainEntry, angles: chosen, depth: result.depth, probe: try plan.probeGeometry())
            try plan.emit(PlanReport.text(result) + "\n" + PlanReport.text(forward) + (uncertainty.map(PlanReport.text) ?? ""))
        case .json:
            let forward = try planner.forward(entry: result.brainEntry, angles: chosen, depth: result.depth, probe: try plan.probeGeometry())
            guard case var .object(o) = PlanReport.json(result) else { return }
            o.append(key: "path", value: PlanReport.json(forward))
            if let uncertainty { o.append(key: "tipUncertainty", value: PlanReport.json(uncertainty)) }
            try plan.emit(JSONValue.object(o).serialized(.pretty(indent: 2)))
        case .svg:
            let forward = try planner.forward(entry: result.brainEntry, angles: chosen, depth: result.depth, probe: try plan.probeGeometry())
            try plan.emit(TrajectoryPicture().svg(of: forward, atlas: planner.atlas, skullEntry: result.skullEntry))
        }
    }
}
