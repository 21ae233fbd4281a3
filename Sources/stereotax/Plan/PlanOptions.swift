import ArgumentParser
import Foundation
import StereotaxKit

/// Options every `plan` subcommand shares: output, sampling, probe, uncertainty.
struct PlanOptions: ParsableArguments {
    @Option(help: ArgumentHelp("text (default), json or svg (the plan over coronal and sagittal atlas slices).", valueName: "format"))
    var format: PlanOutputFormat = .text

    @Option(help: ArgumentHelp("Write the output to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("step"), help: ArgumentHelp("Sampling step along the shaft in µm.", valueName: "µm"))
    var stepMicrometres: Double = 5

    @Option(help: ArgumentHelp("A probe by name (files in --probe-path, STEREOTAX_PROBE_PATH or ./probes), or a path to a probe JSON file.", valueName: "name|file"))
    var probe: String?

    @Option(name: .customLong("probe-path"), help: ArgumentHelp("A directory of probe JSON files.", valueName: "dir"))
    var probePath: String?

    @Option(name: .customLong("landmark-sd"), parsing: .unconditional, help: ArgumentHelp(
        "Standard deviations of finding the reference landmark (bregma) as AP,ML,DV in mm; with --placement-sd gives the tip's error ellipsoid.",
        valueName: "ap,ml,dv"))
    var landmarkSD: Triple?

    @Option(name: .customLong("placement-sd"), parsing: .unconditional, help: ArgumentHelp(
        "Standard deviations of placing the probe as AP,ML,DV (inverse) or AP,ML,depth (forward) in mm.", valueName: "ap,ml,dv"))
    var placementSD: Triple?

    func validate() throws {
        guard stepMicrometres.isFinite, stepMicrometres > 0, stepMicrometres <= 1000 else {
            throw ValidationError("--step must be a number of µm in (0, 1000], got \(stepMicrometres)")
        }
        for (name, t) in [("--landmark-sd", landmarkSD), ("--placement-sd", placementSD)] {
            if let t, [t.a, t.b, t.c].contains(where: { $0 < 0 }) { throw ValidationError("\(name) must be standard deviations ≥ 0") }
        }
    }

    func probeGeometry() throws -> ProbeGeometry? {
        guard let probe else { return nil }
        if probe.hasSuffix(".json") {
            do { return try ProbeGeometry.load(contentsOf: URL(fileURLWithPath: probe)) } catch { throw ValidationError("--probe: \(error)") }
        }
        let directory = probePath ?? ProcessInfo.processInfo.environment[ProbeLibrary.environmentVariable] ?? "probes"
        do {
            return try ProbeLibrary(directory: URL(fileURLWithPath: directory, isDirectory: true)).probe(named: probe)
        } catch { throw ValidationError("--probe: \(error)") }
    }

    /// The uncertainty inputs, when asked for.
    func covariances() throws -> (landmark: Covariance3, placement: Covariance3)? {
        guard landmarkSD != nil || placementSD != nil else { return nil }
        func cov(_ t: Triple?) throws -> Covariance3 {
            guard let t else { return .zero }
            return try Covariance3(standardDeviations: SIMD3(t.a, t.b, t.c))
        }
        return (try cov(landmarkSD), try cov(placementSD))
    }

    /// Writes `text` to --output or standard output.
    func emit(_ text: String) throws {
        if let output {
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: output)) } catch {
                throw ValidationError("--output \(output): \(error.localizedDescription)")
            }
        } else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }
}

enum PlanOutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json, svg }

/// Two or three comma-separated numbers: AP angle, ML angle[, rotation] in degrees.
struct AnglesOption: ExpressibleByArgument {
    var angles: BrainstemAngles
    init?(argument: String) {
        let parts = argument.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0 != nil }) else { return nil }
        let v = parts.compactMap { $0 }
        guard let a = try? BrainstemAngles(apAngle: .degrees(v[0]), mlAngle: .degrees(v[1]), rotation: .degrees(v.count == 3 ? v[2] : 0)) else { return nil }
        angles = a
    }
}

/// Two comma-separated numbers.
struct Pair: ExpressibleByArgument {
    var a: Double, b: Double
    init?(argument: String) {
        let parts = argument.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let a = parts[0], let b = parts[1], a.isFinite, b.isFinite else { return nil }
        (self.a, self.b) = (a, b)
    }
}

extension PlanOptions {
    /// The atlas and planner the atlas and frame options choose.
    func planner(atlas: AtlasOptions, frame: FrameOptions) throws -> TrajectoryPlanner {
        let landmarks = frame.landmarks(for: atlas)
        let scale = atlas.bregmaLambdaMillimetres != nil || frame.lambda != nil
        let loaded = try atlas.open(landmarks: landmarks, scale: scale)
        return TrajectoryPlanner(atlas: try PlanningAtlas(loaded), angleOrder: frame.angleOrder.order,
                                 samplingStep: .µm(stepMicrometres))
    }
}
