import Foundation
import StereotaxJSON
import StereotaxRecords
import StereotaxTestSupport
import XCTest

/// Guards the report against silent change: `stereotax validate` on a fixed generated export
/// (5,000 records, seed 7, 5 % faults of every kind, with the generator's taxonomy, the 25 µm
/// Allen atlas through `ibl-allen`) must write the same JSON report byte for byte.
///
/// The expected digests were taken with the build before the validation speed work (commit
/// c4eda63). A change to a finding, a message, a fix or the report layout changes the report
/// digest; a change to the generator changes the export digest (then re-derive both on purpose).
final class ReportStabilityTests: XCTestCase {
    /// SHA-256 of the generated export (`export.ndjson`).
    static let expectedExportSHA256 = "39a2af6770e6890d60f7d339ed18e20bdd8b90bceacdd06d56f4084d35610912"
    /// SHA-256 of `stereotax validate export.ndjson --taxonomy taxonomy.json --format json`, with
    /// the summary's `"input"` (an absolute path) written as `"export.ndjson"`.
    static let expectedReportSHA256 = "5e9cde0c614fc1115a352276fa2e6b1542ed2e9bae0663c8056bcdee6fcc3f9a"

    func testTheReportOfAFixedExportIsUnchangedByteForByte() throws {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: StereotaxTool.executable.path),
                      "build stereotax first: \(StereotaxTool.executable.path)")
        let directory = try Fixture.temporaryDirectory(for: self)
        let export = directory.appendingPathComponent("export.ndjson")
        _ = try ExportGenerator(seed: 7, faultRate: 0.05, format: .ndjson).write(count: 5_000, to: export)
        let regions = BrainTarget.mouseTargetTaxonomy.regions.map(\.raw.value)
        let taxonomy = JSONValue.object(JSONObject([.init(key: "brain_regions", value: .array(regions))]))
        try Data(taxonomy.serialized(.pretty(indent: 2)).utf8).write(to: directory.appendingPathComponent("taxonomy.json"))

        let written = directory.appendingPathComponent("report.json")
        let run = try StereotaxTool.run(
            ["validate", export.path, "--taxonomy", directory.appendingPathComponent("taxonomy.json").path,
             "--format", "json", "--output", written.path],
            environment: ["STEREOTAX_CACHE_DIR": Fixture.cache.cacheDirectory.path])
        XCTAssertEqual(run.status, 1, "findings of error severity are expected: \(run.errorOutput)")

        let document = try JSONValue.parse(Data(contentsOf: written))
        XCTAssertEqual(document["summary"]?["records_in"]?.doubleValue, 5_000)
        XCTAssertEqual(document["summary"]?["records_out"]?.doubleValue, 5_000)
        XCTAssertEqual(try sha256(of: export), Self.expectedExportSHA256, "the generator changed: re-derive both digests")

        // The summary names the input by its absolute path, which differs from run to run.
        guard case .string(let inputPath)? = document["summary"]?["input"] else { return XCTFail("the summary names no input") }
        var text = try String(contentsOf: written, encoding: .utf8)
        let quotedPath = JSONValue.string(inputPath).serialized(.compact)
        XCTAssertEqual(text.components(separatedBy: quotedPath).count, 2, "the input path occurs once")
        text = text.replacingOccurrences(of: quotedPath, with: "\"export.ndjson\"")
        let report = directory.appendingPathComponent("report.normalised.json")
        try Data(text.utf8).write(to: report)
        let digest = try sha256(of: report)
        if digest != Self.expectedReportSHA256 {
            // Keep the report and its inputs for a diff against the expected one.
            let kept = FileManager.default.temporaryDirectory.appendingPathComponent("stereotax-report-stability-\(digest.prefix(12))")
            try? FileManager.default.removeItem(at: kept)
            try? FileManager.default.copyItem(at: directory, to: kept)
            XCTFail("the report changed (digest \(digest)); it is kept in \(kept.path)")
        }
    }

    /// The file's SHA-256 in lowercase hexadecimal, by the system's `sha256sum` (or `shasum -a 256`).
    private func sha256(of file: URL) throws -> String {
        let tools: [(String, [String])] = [("/usr/bin/sha256sum", []), ("/bin/sha256sum", []), ("/usr/bin/shasum", ["-a", "256"])]
        guard let (tool, options) = tools.first(where: { FileManager.default.isExecutableFile(atPath: $0.0) }) else {
            throw XCTSkip("no sha256sum or shasum on this system")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = options + [file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(text.prefix { !$0.isWhitespace })
    }
}
