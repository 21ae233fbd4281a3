import ArgumentParser
import StereotaxKit

struct PlanForwardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forward",
        abstract: "Entry (AP, ML on the brain surface), angles and depth → the tip and every region along the shaft.")

    @Option(parsing: .unconditional, help: ArgumentHelp("The entry as AP,ML in mm from bregma; the brain surface straight below it is the entry point.", valueName: "ap,ml"))
    var entry: Pair

    @Option(help: ArgumentHelp("AP angle,ML angle[,rotation] in degrees (BrainSTEM).", valueName: "ap,ml[,rot]"))
    var angles: AnglesOption = AnglesOption(argument: "0,0")!

    @Option(help: ArgumentHelp("Depth along the shaft from the brain surface, mm.", valueName: "mm"))
    var depth: Double

    @OptionGroup(title: "Plan") var plan: PlanOptions
    @OptionGroup(title: "Atlas") var atlasOptions: AtlasOptions
    @OptionGroup(title: "Subject and rig") var frameOptions: FrameOptions

    func run() throws {
        let planner = try plan.planner(atlas: atlasOptions, frame: frameOptions)
        let result = try planner.forward(entryAP: .mm(entry.a), entryML: .mm(entry.b), angles: angles.angles, depth: .mm(depth),
                                         probe: try plan.probeGeometry())
        var uncertainty: TipUncertainty?
        if let (landmark, placement) = try plan.covariances() {
            let record = Coordinates.stereotaxicBregmaBrainSurface(BregmaBrainSurfaceCoordinates(
                apCoordinate: .mm(entry.a), mlCoordinate: .mm(entry.b), depth: .mm(depth), rotation: angles.angles.rotation,
                apAngle: angles.angles.apAngle, mlAngle: angles.angles.mlAngle))
            uncertainty = try planner.tipUncertainty(of: record, landmarks: frameOptions.landmarks(for: atlasOptions),
                                                     landmark: landmark, placement: placement)
        }
        switch plan.format {
        case .text: try plan.emit(PlanReport.text(result) + (uncertainty.map(PlanReport.text) ?? ""))
        case .json:
            var json = PlanReport.json(result)
            if let uncertainty, case var .object(o) = json {
                o.append(key: "tipUncertainty", value: PlanReport.json(uncertainty))
                json = .object(o)
            }
            try plan.emit(json.serialized(.pretty(indent: 2)))
        case .svg: try plan.emit(TrajectoryPicture().svg(of: result, atlas: planner.atlas))
        }
    }
}
