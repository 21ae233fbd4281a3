import ArgumentParser
import Foundation
import StereotaxJSON
import StereotaxRecords

extension ExportFormat: ExpressibleByArgument {}
extension ExportFaultKind: ExpressibleByArgument {}

/// Writes a synthetic BrainSTEM procedure export (JSON list envelope or NDJSON) with faults
/// of named kinds, and a JSON manifest of every fault.
struct BrainstemExportGenerator: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brainstem-export-generator",
        abstract: "Write a seeded, realistic BrainSTEM procedure export with injected faults and their manifest.",
        discussion: """
            The same --seed and options always give the same bytes. Fault kinds: \
            \(ExportFaultKind.allCases.map(\.rawValue).joined(separator: ", ")).
            """
    )

    @Option(help: "Number of records.")
    var count: Int = 1000

    @Option(help: "Seed of the generator (unsigned 64-bit).")
    var seed: UInt64 = 1

    @Option(help: "Layout: json (a {\"procedures\": [...]} envelope, one record per line) or ndjson.")
    var format: ExportFormat = .ndjson

    @Option(help: "Probability that a record carries one fault (0 to 1).")
    var faultRate: Double = 0.05

    @Option(name: .customLong("fault"), parsing: .singleValue, help: "A fault kind to inject (repeatable; default: all).")
    var faults: [ExportFaultKind] = []

    @Option(help: "Where to write the export (default: standard output).")
    var output: String?

    @Option(help: "Where to write the fault manifest (default: <output>.faults.json; none when writing to standard output).")
    var manifest: String?

    func validate() throws {
        guard count >= 0 else { throw ValidationError("--count must be 0 or more, not \(count).") }
        guard faultRate.isFinite, (0...1).contains(faultRate) else {
            throw ValidationError("--fault-rate must be a probability from 0 to 1, not \(faultRate).")
        }
    }

    func run() throws {
        let generator = try ExportGenerator(
            seed: seed, faultRate: faultRate, format: format,
            faultKinds: faults.isEmpty ? ExportFaultKind.allCases : faults)
        let result: ExportFaultManifest
        if let output {
            result = try generator.write(count: count, to: URL(fileURLWithPath: output))
        } else {
            let stdout = FileHandle.standardOutput
            result = try generator.write(count: count) { bytes in try stdout.write(contentsOf: bytes) }
        }
        if let manifestPath = manifest ?? output.map({ $0 + ".faults.json" }) {
            let text = result.json.serialized(.pretty(indent: 2)) + "\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: manifestPath))
        }
        let summary = result.countsByKind.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.key.rawValue)=\($0.value)" }.joined(separator: " ")
        FileHandle.standardError.write(Data("wrote \(count) records (seed \(seed), \(format.rawValue)); \(result.faults.count) faults\(summary.isEmpty ? "" : ": " + summary)\n".utf8))
    }
}

BrainstemExportGenerator.main()
