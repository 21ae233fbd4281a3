import ArgumentParser
import Foundation
import StereotaxKit

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "The main job on a built-in default: an example export resolved against the Allen atlas.",
        discussion: """
        Opens the Allen CCFv3 25 µm atlas (from the search path; `./dev demo` fetches it when \
        missing), writes a seeded example BrainSTEM export (mixed systems, encodings, record \
        shapes and a few faults) and resolves every record to the atlas: its target in CCF and \
        the structure there. Nothing outside --output-dir is written.

        Example:
          stereotax demo --records 2000 --output-dir /tmp/stereotax-demo
        """)

    @Option(help: ArgumentHelp("How many example records to generate.", valueName: "n"))
    var records: Int = 1000

    @Option(help: ArgumentHelp("The generator's seed.", valueName: "n"))
    var seed: UInt64 = 2026

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("Where the example export is written.", valueName: "dir"))
    var outputDirectory: String = FileManager.default.temporaryDirectory.appendingPathComponent("stereotax-demo").path

    @OptionGroup(title: "Atlas") var atlasOptions: AtlasOptions

    func validate() throws {
        guard records > 0 else { throw ValidationError("--records must be at least 1") }
    }

    func run() throws {
        let started = Date()
        section("1. Atlas")
        let environment = try ConversionEnvironment(atlas: atlasOptions, frame: FrameOptions.defaults, loadAtlas: true)
        guard let atlas = environment.atlas else { throw ExitCode(2) }
        print("\(atlas.manifest.name)")
        print("volume \(atlas.volume.sizes.x) × \(atlas.volume.sizes.y) × \(atlas.volume.sizes.z), \(atlas.ontology.count) structures, opened \(atlas.volumeLoad) in \(milliseconds(since: started)) ms")
        for c in atlas.transform.choices { print("· \(c)") }

        section("2. Example export")
        let directory = URL(fileURLWithPath: outputDirectory, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let export = directory.appendingPathComponent("example-export.ndjson")
        let generator = try ExportGenerator(seed: seed, faultRate: 0.05, format: .ndjson)
        let manifest = try generator.write(count: records, to: export)
        print("\(records) records (seed \(seed), \(manifest.faults.count) with an injected fault) → \(export.path)")

        section("3. Every record resolved to the atlas")
        let converter = CoordinateConverter(context: environment.context)
        let points = try ConversionInputPoint.read(path: export.path, defaultSystem: nil, unit: nil)
        var structures: [String: Int] = [:]
        var outcomes: [String: Int] = [:]
        var reasons: [String: Int] = [:]
        for point in points {
            let answer = RegionAnswer(point: point, converter: converter, atlas: atlas)
            switch (answer.error, answer.region) {
            case (let error?, _):
                outcomes["not resolved", default: 0] += 1
                reasons[Self.reason(error), default: 0] += 1
            case (nil, .structure(let s, _, _)?):
                outcomes["in a structure", default: 0] += 1
                structures[s.acronym.isEmpty ? s.name : s.acronym, default: 0] += 1
            case (nil, .unlabelled?): outcomes["outside the brain", default: 0] += 1
            case (nil, _): outcomes["outside the atlas volume", default: 0] += 1
            }
        }
        print("\(points.count) records in, \(outcomes.values.reduce(0, +)) accounted for")
        for (k, v) in outcomes.sorted(by: { $0.value > $1.value }) { print("  \(k): \(v)") }
        if !reasons.isEmpty {
            print("why records were not resolved:")
            for (k, v) in reasons.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) { print("  \(String(v).padding(toLength: 5, withPad: " ", startingAt: 0)) \(k)") }
        }
        print("most common structures at the targets:")
        for (k, v) in structures.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(8) { print("  \(k.padding(toLength: 10, withPad: " ", startingAt: 0)) \(v)") }
        print("\nfor one record's reasoning: stereotax region --input \(export.path) --format text | head")
        print("done in \(milliseconds(since: started)) ms")
    }

    /// A record's failure, grouped: what the conversion lacked, or that the record itself is faulty.
    private static func reason(_ error: String) -> String {
        if let needs = error.range(of: "converting needs ") { return "needs " + error[needs.upperBound...] + " (not in the record)" }
        return "the record itself is faulty (`stereotax region --input … --format ndjson` says how)"
    }

    private func section(_ title: String) { print("\n\(title)\n" + String(repeating: "─", count: title.count)) }
    private func milliseconds(since start: Date) -> Int { Int(Date().timeIntervalSince(start) * 1000) }
}

extension FrameOptions {
    /// The options' defaults (species defaults, no frame or rig).
    static var defaults: FrameOptions { try! FrameOptions.parse([]) }
}
