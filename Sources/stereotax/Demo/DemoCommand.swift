import ArgumentParser
import Foundation
import StereotaxKit

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "The main job on a built-in default: validate an example export and plan a trajectory on the Allen atlas.",
        discussion: """
        1. opens the Allen CCFv3 25 µm atlas (from the search path; `./dev demo` fetches it when missing);
        2. writes a seeded example BrainSTEM export (mixed systems, encodings, record shapes, \
        about 5 % faults) and its brain-region taxonomy into --output-dir;
        3. validates it: schema, plausibility in the atlas, declared regions (as `stereotax validate`);
        4. plans a Neuropixels 1.0 probe into dorsal CA1 and draws it (as `stereotax plan forward`).
        Nothing outside --output-dir is written.

        Example:
          stereotax demo --records 5000 --output-dir /tmp/stereotax-demo
        """)

    @Option(help: ArgumentHelp("How many example records to generate.", valueName: "n"))
    var records: Int = 2000

    @Option(help: ArgumentHelp("The generator's seed.", valueName: "n"))
    var seed: UInt64 = 2026

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("Where the export, the reports and the picture are written.", valueName: "dir"))
    var outputDirectory: String = FileManager.default.temporaryDirectory.appendingPathComponent("stereotax-demo").path

    @OptionGroup(title: "Atlas") var atlasOptions: AtlasOptions

    func validate() throws {
        guard records > 0 else { throw ValidationError("--records must be at least 1") }
    }

    func run() throws {
        let started = Date()
        let directory = URL(fileURLWithPath: outputDirectory, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let atlasArguments = atlasArguments()

        section("1. Atlas")
        let atlas = try atlasOptions.open(landmarks: .defaults(for: atlasOptions.species), scale: false)
        print("\(atlas.manifest.name)")
        print("\(atlas.volume.sizes.x) × \(atlas.volume.sizes.y) × \(atlas.volume.sizes.z) voxels, \(atlas.ontology.count) structures; volume \(atlas.volumeLoad)")
        for c in atlas.transform.choices { print("· \(c)") }

        section("2. Example export")
        let export = directory.appendingPathComponent("example-export.ndjson")
        let taxonomy = directory.appendingPathComponent("brain-regions.json")
        let manifest = try ExportGenerator(seed: seed, faultRate: 0.05, format: .ndjson).write(count: records, to: export)
        try writeTaxonomy(to: taxonomy)
        print("\(records) records, seed \(seed), \(manifest.faults.count) with an injected fault → \(export.path)")
        print("taxonomy of the declared regions → \(taxonomy.path)")

        section("3. Validation")
        let report = directory.appendingPathComponent("validation-report.json")
        try runSubcommand(["validate", export.path, "--taxonomy", taxonomy.path] + atlasArguments, acceptingExitCodes: [0, 1])
        try runSubcommand(["validate", export.path, "--taxonomy", taxonomy.path, "--format", "json", "--output", report.path,
                           "--fix", directory.appendingPathComponent("example-export.fixed.ndjson").path] + atlasArguments,
                          acceptingExitCodes: [0, 1])
        print("JSON report → \(report.path); safe fixes → example-export.fixed.ndjson")

        section("4. A planned trajectory: Neuropixels 1.0 into dorsal CA1")
        let picture = directory.appendingPathComponent("plan-ca1.svg")
        let plan = ["plan", "forward", "--entry=-2,1.5", "--angles", "0,0", "--depth", "1.6", "--probe", "neuropixels-1.0"]
        try runSubcommand(plan + atlasArguments, acceptingExitCodes: [0])
        try runSubcommand(plan + ["--format", "svg", "--output", picture.path] + atlasArguments, acceptingExitCodes: [0])
        print("picture → \(picture.path)")
        print("\ndone in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
    }

    /// The shared atlas options, passed on to the subcommands.
    private func atlasArguments() -> [String] {
        var a = ["--atlas", atlasOptions.atlas]
        if let t = atlasOptions.transform { a += ["--transform", t] }
        if let d = atlasOptions.bregmaLambdaMillimetres { a += ["--bregma-lambda", "\(d)"] }
        if let p = atlasOptions.atlasPath { a += ["--atlas-path", p] }
        return a
    }

    /// Runs another subcommand exactly as the command line would.
    private func runSubcommand(_ arguments: [String], acceptingExitCodes accepted: Set<Int32>) throws {
        print("$ stereotax " + arguments.joined(separator: " ") + "\n")
        fflush(nil)  // the subcommand may write through FileHandle, unbuffered
        var command = try Stereotax.parseAsRoot(arguments)
        do { try command.run() } catch let exit as ExitCode where accepted.contains(exit.rawValue) {}
        fflush(nil)
    }

    private func writeTaxonomy(to url: URL) throws {
        let regions = BrainTarget.mouseTargetTaxonomy.regions.map(\.raw.value)
        let document = JSONValue.object(JSONObject([.init(key: "brain_regions", value: .array(regions))]))
        try Data(document.serialized(.pretty(indent: 2)).utf8).write(to: url)
    }

    private func section(_ title: String) { print("\n\(title)\n" + String(repeating: "─", count: title.count)) }
}
