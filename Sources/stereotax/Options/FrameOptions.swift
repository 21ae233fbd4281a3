import ArgumentParser
import StereotaxFrames
import StereotaxKit

/// The subject and rig choices a conversion depends on: landmarks, the
/// stereotaxic frame's calibration, an external rig's registration and
/// the tilt order.
struct FrameOptions: ParsableArguments {
    @Option(help: ArgumentHelp("mouse or rat: picks the default bregma–lambda distance (mouse 4.2 mm, rat 9.0 mm). Default: the atlas's species.", valueName: "species"))
    var species: Species?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Lambda measured relative to bregma as AP,ML,DV in mm (DV ventral+), e.g. -4.15,0,0.05. Default: on a flat skull at the species' distance, or --bregma-lambda.",
        valueName: "ap,ml,dv"))
    var lambda: Triple?

    @Option(name: .customLong("frame-bregma"), parsing: .unconditional, help: ArgumentHelp(
        "The stereotaxic frame's reading at bregma as x,y,z in mm (Stereotaxic_XYZ_Absolute / Stereotaxic_XY_Surface).",
        valueName: "x,y,z"))
    var frameBregma: Triple?

    @Option(name: .customLong("frame-axes"), help: ArgumentHelp(
        "Which way the frame's x,y,z move the probe: three of anterior, posterior, right, left, ventral, dorsal.",
        valueName: "x,y,z"))
    var frameAxes: AxesOption = AxesOption(axes: .standard)

    @Option(name: .customLong("external-bregma"), parsing: .unconditional, help: ArgumentHelp(
        "Bregma's position in the external rig's frame as x,y,z in mm, the rig's axes as --external-axes (External_XYZ_Absolute).",
        valueName: "x,y,z"))
    var externalBregma: Triple?

    @Option(name: .customLong("external-axes"), help: ArgumentHelp(
        "Which way the external rig's x,y,z point, as for --frame-axes.", valueName: "x,y,z"))
    var externalAxes: AxesOption = AxesOption(axes: .standard)

    @Option(name: .customLong("angle-order"), help: ArgumentHelp(
        "The order of BrainSTEM's two tilts: ap-then-ml (the data model's, default) or ml-then-ap.", valueName: "order"))
    var angleOrder: AngleOrderOption = .apThenML

    /// Landmarks from --lambda, else --bregma-lambda, else the default of --species (or of the atlas's species).
    func landmarks(for atlas: AtlasOptions) -> SkullLandmarks {
        if let lambda { return SkullLandmarks(lambda: .measured(Point3(mm: lambda.a, lambda.b, lambda.c))) }
        if let d = atlas.bregmaLambdaMillimetres { return SkullLandmarks(lambda: .distance(.mm(d))) }
        return .defaults(for: species ?? atlas.species)
    }

    var calibration: FrameCalibration? {
        frameBregma.map { FrameCalibration.axisAligned(frameAxes.axes, bregmaReading: Point3(mm: $0.a, $0.b, $0.c)) }
    }

    /// External → bregma for an axis-aligned rig whose reading at bregma is given.
    var externalRegistration: FrameTransform<Frame.External, Frame.Bregma>? {
        externalBregma.map { b in
            let a = externalAxes.axes.matrix
            let origin = SIMD3(b.a, b.b, b.c)
            return FrameTransform(AffineTransform3(linear: a, translation: -(a * origin)),
                                  choices: ["external registration: axis-aligned (\(externalAxes.axes)), bregma at x \(b.a), y \(b.b), z \(b.c) mm"])
        }
    }
}

/// Three comma-separated numbers.
struct Triple: ExpressibleByArgument {
    var a: Double, b: Double, c: Double
    init?(argument: String) {
        let parts = argument.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2], a.isFinite, b.isFinite, c.isFinite else { return nil }
        (self.a, self.b, self.c) = (a, b, c)
    }
}

/// `right,anterior,dorsal`-style axes.
struct AxesOption: ExpressibleByArgument {
    var axes: ManipulatorAxes
    init(axes: ManipulatorAxes) { self.axes = axes }
    init?(argument: String) {
        let parts = argument.split(separator: ",").map { SkullAxis(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased()) }
        guard parts.count == 3, let x = parts[0], let y = parts[1], let z = parts[2],
              let axes = ManipulatorAxes(x: x, y: y, z: z) else { return nil }
        self.axes = axes
    }
    var defaultValueDescription: String { "\(axes.x.rawValue),\(axes.y.rawValue),\(axes.z.rawValue)" }
}

enum AngleOrderOption: String, ExpressibleByArgument, CaseIterable {
    case apThenML = "ap-then-ml"
    case mlThenAP = "ml-then-ap"
    var order: BrainstemAngleOrder { self == .apThenML ? .apThenML : .mlThenAP }
}

extension Species: ExpressibleByArgument {}
