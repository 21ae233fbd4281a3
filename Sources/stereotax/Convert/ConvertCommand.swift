import ArgumentParser
import Foundation
import StereotaxKit

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert coordinates from any BrainSTEM coordinate system to any other.",
        discussion: """
        One point from flags, or many from a file (a BrainSTEM export as JSON or NDJSON, or \
        CSV). Conversions go through the bregma frame; brain-surface systems use the atlas's \
        brain surface mapped through the chosen transform; every result lists the choices \
        it depended on.

        Systems: \(CoordinateSystemName.allCases.map(\.rawValue).joined(separator: ", ")).

        Examples:
          # CA1 from bregma to Allen CCF (µm) with the Needles transform
          stereotax convert --from Stereotaxic_BregmaAbsolute --to CCF_XYZ_Absolute \\
              --set apCoordinate=-2 --set mlCoordinate=1.5 --set dvCoordinate=1.3 \\
              --transform ibl-needles --output-unit µm

          # an angled brain-surface insertion to its tip relative to lambda
          stereotax convert --from Stereotaxic_BregmaBrainSurface --to Stereotaxic_LambdaAbsolute \\
              --set apCoordinate=-3.2 --set mlCoordinate=0.5 --set depth=4.3 --set mlAngle=10

          # every record of an export to CCF, one JSON line per record
          stereotax convert --input export.ndjson --to CCF_XYZ_Absolute --format ndjson

        Exit status: 0 every point converted, 1 some could not be (each says why), 2 unusable input.
        """
    )

    @OptionGroup(title: "Input") var pointInput: PointInputOptions

    @Option(help: ArgumentHelp("The system to convert to.", valueName: "system"))
    var to: CoordinateSystemName

    @Option(name: .customLong("output-unit"), help: ArgumentHelp("The unit of output lengths: nm, µm, mm, m.", valueName: "unit"))
    var outputUnit: String = "mm"

    @Option(help: ArgumentHelp("text (default), json, ndjson or csv.", valueName: "format"))
    var format: ConversionOutputFormat = .text

    @OptionGroup(title: "Atlas") var atlasOptions: AtlasOptions
    @OptionGroup(title: "Subject and rig") var frameOptions: FrameOptions

    func validate() throws {
        try pointInput.check()
        if LengthUnit(symbol: outputUnit) == nil { throw ValidationError("unknown length unit \"\(outputUnit)\"; use nm, µm, mm or m") }
    }

    func run() throws {
        let points: [ConversionInputPoint]
        do {
            points = try pointInput.points()
        } catch {
            printError("stereotax convert: \(error)")
            throw ExitCode(2)
        }
        let needsSurface = points.contains { $0.system?.measuresDepthFromSurface ?? false } || to.measuresDepthFromSurface
        let environment = try ConversionEnvironment(atlas: atlasOptions, frame: frameOptions, loadAtlas: needsSurface)
        let converter = CoordinateConverter(context: environment.context)
        let output = ConversionOutput(format: format, target: to, lengthUnit: LengthUnit(symbol: outputUnit)!)
        var failures = 0
        output.begin()
        for point in points {
            let outcome = point.convert(with: converter, to: to)
            if case .failure = outcome { failures += 1 }
            output.write(point, outcome)
        }
        output.end(count: points.count, failures: failures)
        if failures > 0 { throw ExitCode(1) }
    }
}

extension CoordinateSystemName: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension CoordinateSystemName {
    /// Whether the system gives the entry on the brain surface and a depth from it.
    var measuresDepthFromSurface: Bool {
        switch self {
        case .stereotaxicBregmaBrainSurface, .stereotaxicLambdaBrainSurface, .stereotaxicXYSurface: return true
        default: return false
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
