import ArgumentParser
import Foundation
import StereotaxKit

struct RegionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region",
        abstract: "The atlas structure at a point (or at every point of a file), with its ancestors and hemisphere.",
        discussion: """
        Points in any BrainSTEM coordinate system are resolved to the bregma frame, mapped into \
        the atlas through the chosen transform and looked up by nearest voxel.

        Examples:
          stereotax region --point -2,1.5,1.3                      # AP,ML,DV mm from bregma (DV ventral+)
          stereotax region --from CCF_XYZ_Absolute --set x=7400 --set y=1632 --set z=7239 --unit µm
          stereotax region --input export.ndjson --format ndjson --transform ibl-needles
          stereotax region --atlas whs-rat-v4-39um --species rat --point -3.8,2.2,3.0

        Exit status: 0 every point looked up, 1 some could not be (each says why), 2 unusable input.
        """)

    @Option(parsing: .unconditional, help: ArgumentHelp("A point relative to bregma as AP,ML,DV in mm (DV ventral+): shorthand for --from Stereotaxic_BregmaAbsolute.", valueName: "ap,ml,dv"))
    var point: Triple?

    @OptionGroup(title: "Input") var pointInput: PointInputOptions
    @Option(help: ArgumentHelp("text (default), json or ndjson.", valueName: "format"))
    var format: RegionOutputFormat = .text
    @OptionGroup(title: "Atlas") var atlasOptions: AtlasOptions
    @OptionGroup(title: "Subject and rig") var frameOptions: FrameOptions

    mutating func validate() throws {
        if let point {
            guard pointInput.input == nil, pointInput.fields.isEmpty else { throw ValidationError("--point excludes --set and --input") }
            pointInput.from = .stereotaxicBregmaAbsolute
            pointInput.fields = ["apCoordinate=\(point.a)", "mlCoordinate=\(point.b)", "dvCoordinate=\(point.c)"]
            pointInput.unit = nil
        }
        try pointInput.check()
    }

    func run() throws {
        let points: [ConversionInputPoint]
        do { points = try pointInput.points() } catch {
            printError("stereotax region: \(error)")
            throw ExitCode(2)
        }
        let environment = try ConversionEnvironment(atlas: atlasOptions, frame: frameOptions, loadAtlas: true)
        guard let atlas = environment.atlas else { throw ExitCode(2) }
        let converter = CoordinateConverter(context: environment.context)
        var failures = 0
        var lines: [JSONValue] = []
        for point in points {
            let answer = RegionAnswer(point: point, converter: converter, atlas: atlas)
            if answer.error != nil { failures += 1 }
            switch format {
            case .text: print(answer.text)
            case .ndjson: print(answer.json.serialized())
            case .json: lines.append(answer.json)
            }
        }
        if format == .json {
            print(JSONValue.object(JSONObject([
                .init(key: "atlas", value: .string(atlas.manifest.id)),
                .init(key: "results", value: .array(lines)),
                .init(key: "count", value: .number(JSONNumber(points.count))),
                .init(key: "failures", value: .number(JSONNumber(failures))),
            ])).serialized(.pretty(indent: 2)))
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

enum RegionOutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json, ndjson }
