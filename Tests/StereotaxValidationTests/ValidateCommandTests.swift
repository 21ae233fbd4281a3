import Foundation
import StereotaxJSON
import StereotaxRecords
import StereotaxTestSupport
import XCTest

/// `stereotax validate` end to end: the built binary on small generated exports.
final class ValidateCommandTests: XCTestCase {
    private func stereotax(_ arguments: [String]) throws -> StereotaxTool.Run {
        try StereotaxTool.run(arguments, environment: ["STEREOTAX_CACHE_DIR": Fixture.cache.cacheDirectory.path])
    }

    private var directory: URL!

    override func setUpWithError() throws {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: StereotaxTool.executable.path), "build stereotax first: \(StereotaxTool.executable.path)")
        directory = try Fixture.temporaryDirectory(for: self)
    }

    /// A generated NDJSON export with faults of `kinds`; its path.
    private func export(count: Int, rate: Double, kinds: [ExportFaultKind] = ExportFaultKind.allCases, format: ExportFormat = .ndjson,
                        name: String = "export.ndjson") throws -> URL {
        let url = directory.appendingPathComponent(name)
        _ = try ExportGenerator(seed: 21, faultRate: rate, format: format, faultKinds: kinds).write(count: count, to: url)
        return url
    }

    private func lines(_ url: URL) throws -> [Substring] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0 }
    }

    func testEveryFormatReportsEveryRecordIncludingMalformedLines() throws {
        let input = try export(count: 60, rate: 0.3, kinds: [.malformedRecord, .numericString, .dvSignFlip, .duplicateID])
        let ndjson = directory.appendingPathComponent("report.ndjson")
        let run = try stereotax(["validate", input.path, "--format", "ndjson", "--output", ndjson.path])
        XCTAssertEqual(run.status, 1, run.errorOutput)
        let rows = try lines(ndjson).map { try JSONValue.parse(String($0)) }
        XCTAssertEqual(rows.map { $0["index"]?.doubleValue }, (0..<60).map(Double.init))

        let csv = directory.appendingPathComponent("report.csv")
        XCTAssertEqual(try stereotax(["validate", input.path, "--format", "csv", "--output", csv.path]).status, 1)
        let table = try CSVRows.parse(try String(contentsOf: csv, encoding: .utf8))
        XCTAssertEqual(table.count, 61)
        XCTAssertEqual(table.dropFirst().map { $0[0] }, (0..<60).map(String.init))

        let json = try stereotax(["validate", input.path, "--format", "json"])
        let document = try JSONValue.parse(json.output)
        XCTAssertEqual(document["summary"]?["records_in"]?.doubleValue, 60)
        XCTAssertEqual(document["summary"]?["records_out"]?.doubleValue, 60)
        XCTAssertEqual(document["records"]?.arrayValue?.count, 60)
        XCTAssertEqual(rows.filter { $0["verdict"]?.stringValue == "error" }.count,
                       Int(document["summary"]?["verdicts"]?["error"]?.doubleValue ?? -1))

        let summary = try stereotax(["validate", input.path])
        XCTAssertEqual(summary.status, 1)
        XCTAssertTrue(summary.output.contains("60 records in, 60 out"), summary.output)
        XCTAssertTrue(summary.output.contains("schema.unreadable"), summary.output)
        XCTAssertTrue(summary.output.contains("Choices: atlas allen-ccf-2017-25um"), summary.output)
        XCTAssertEqual(summary.errorOutput, "", "quiet when standard error is not a terminal")
    }

    func testFixWritesANewFileThatDiffersOnlyAtTheListedFixesAndLeavesTheInputAlone() throws {
        let input = try export(count: 80, rate: 0.5, kinds: [.numericString, .dvSignFlip, .unitSlip, .badUUID, .malformedRecord])
        let before = try Data(contentsOf: input)
        let attributes = try FileManager.default.attributesOfItem(atPath: input.path)
        let fixed = directory.appendingPathComponent("fixed.ndjson")
        let report = directory.appendingPathComponent("report.ndjson")
        let run = try stereotax(["validate", input.path, "--fix", fixed.path, "--format", "ndjson", "--output", report.path])
        XCTAssertEqual(run.status, 1, run.errorOutput)
        XCTAssertEqual(try Data(contentsOf: input), before)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: input.path)[.modificationDate] as? Date,
                       attributes[.modificationDate] as? Date)

        let originals = try lines(input), outputs = try lines(fixed), reports = try lines(report)
        XCTAssertEqual(outputs.count, originals.count)
        var fixedRecords = 0
        for (position, reportLine) in reports.enumerated() {
            let entry = try JSONValue.parse(String(reportLine))
            let applied = entry["fixes_applied"]?.arrayValue ?? []
            guard !applied.isEmpty else {
                XCTAssertEqual(outputs[position], originals[position], "record \(position) has no fix and must be unchanged")
                continue
            }
            fixedRecords += 1
            var expected = try JSONValue.parse(String(originals[position]))
            for fix in applied {
                let path = try XCTUnwrap(RecordPath(parsing: try XCTUnwrap(fix["path"]?.stringValue)))
                expected = try expected.replacing(path, with: try XCTUnwrap(fix["value"]))
            }
            XCTAssertEqual(try JSONValue.parse(String(outputs[position])), expected, "record \(position)")
            XCTAssertNotEqual(outputs[position], originals[position])
        }
        XCTAssertGreaterThan(fixedRecords, 10)

        // The fixed file validates with fewer errors.
        let again = try stereotax(["validate", fixed.path, "--format", "json"])
        let errorsBefore = try JSONValue.parse(try stereotax(["validate", input.path, "--format", "json"]).output)["summary"]?["verdicts"]?["error"]?.doubleValue
        let errorsAfter = try JSONValue.parse(again.output)["summary"]?["verdicts"]?["error"]?.doubleValue
        XCTAssertLessThan(try XCTUnwrap(errorsAfter), try XCTUnwrap(errorsBefore))
    }

    func testExitStatusIsZeroForACleanExportAndTwoForUnusableInput() throws {
        let clean = try export(count: 30, rate: 0, format: .json, name: "clean.json")
        let run = try stereotax(["validate", clean.path, "--no-atlas"])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("30 records in, 30 out"), run.output)

        let missing = try stereotax(["validate", directory.appendingPathComponent("absent.ndjson").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.errorOutput.contains("absent.ndjson"), missing.errorOutput)

        let overwrite = try stereotax(["validate", clean.path, "--no-atlas", "--fix", clean.path])
        XCTAssertEqual(overwrite.status, 2)
        XCTAssertTrue(overwrite.errorOutput.contains("never overwritten"), overwrite.errorOutput)

        let badTaxonomy = directory.appendingPathComponent("taxonomy.json")
        try Data("{\"brain_regions\": [{\"id\": ".utf8).write(to: badTaxonomy)
        let taxonomy = try stereotax(["validate", clean.path, "--no-atlas", "--taxonomy", badTaxonomy.path])
        XCTAssertEqual(taxonomy.status, 2)
        XCTAssertTrue(taxonomy.errorOutput.contains("--taxonomy"), taxonomy.errorOutput)

        XCTAssertEqual(try stereotax(["validate", clean.path, "--format", "xml"]).status, 64)
    }

    func testAuxiliaryFilesDriveTheRegionAndCrossRecordChecks() throws {
        let input = try export(count: 40, rate: 0)
        let taxonomy = directory.appendingPathComponent("taxonomy.json")
        let regions = RecordEnvelope.list(.brainRegion, records: BrainTarget.mouseTargetTaxonomy.regions.map(\.raw.value))
        try Data(regions.document.serializedBytes()).write(to: taxonomy)
        let firstID = try XCTUnwrap(try JSONValue.parse(String(try lines(input)[0]))["id"]?.stringValue)
        let manipulations = directory.appendingPathComponent("manipulations.json")
        try Data(#"{"manipulations": [{"id": "m1", "type": "ElectricalStimulation", "procedures": ["\#(firstID)", "00000000-0000-4000-8000-000000000000"], "session": "s"}]}"#.utf8)
            .write(to: manipulations)
        let subjects = directory.appendingPathComponent("subjects.ndjson")
        try Data(#"{"id": "00000000-0000-4000-8000-0000000000aa", "strain": "C57BL/6J"}"#.utf8).write(to: subjects)

        let report = directory.appendingPathComponent("report.json")
        let run = try stereotax(["validate", input.path, "--taxonomy", taxonomy.path, "--manipulations", manipulations.path,
                                 "--subjects", subjects.path, "--format", "json", "--output", report.path])
        XCTAssertEqual(run.status, 1, run.errorOutput)
        let document = try JSONValue.parse(try String(contentsOf: report, encoding: .utf8))
        let manipulationFindings = try XCTUnwrap(document["manipulation_findings"]?.arrayValue)
        XCTAssertEqual(manipulationFindings.count, 1)
        XCTAssertEqual(manipulationFindings[0]["code"]?.stringValue, "cross.missing-procedure")
        XCTAssertEqual(manipulationFindings[0]["path"]?.stringValue, "$.procedures[1]")
        let codes = document["summary"]?["findings_by_code"]
        XCTAssertEqual(codes?["cross.unknown-subject"]?.doubleValue, 40, "no generated subject is in the subjects file")
        XCTAssertNil(codes?["region.unknown-region"], "every generated brain_region is in the taxonomy")
    }

    func testFrameCoordinatesArePlacedWhenTheRigIsDescribed() throws {
        let input = directory.appendingPathComponent("frame.ndjson")
        let record = Fixture.procedure(extra: ["coordinates_system": "Stereotaxic_XYZ_Absolute",
                                               "coordinates_details": ["x": 51.5, "y": 18.0, "z": 11.3]])
        try Data((record.serialized() + "\n").utf8).write(to: input)
        let unplaced = try stereotax(["validate", input.path, "--format", "ndjson"])
        XCTAssertTrue(unplaced.output.contains("plausibility.unplaced"), unplaced.output)
        // 51.5, 18.0, 11.3 from a bregma reading of 50, 20, 10 with x right, y anterior, z ventral:
        // AP −2, ML 1.5, DV 1.3 mm, the clean CA1 record.
        let placed = try stereotax(["validate", input.path, "--format", "ndjson", "--frame-bregma", "50,20,10",
                                    "--frame-axes", "right,anterior,ventral"])
        XCTAssertEqual(placed.status, 0, placed.output + placed.errorOutput)
        XCTAssertEqual(try JSONValue.parse(placed.output)["findings"]?.arrayValue, [])
    }

    func testHelpStatesTheExitStatusAndExamples() throws {
        let run = try stereotax(["validate", "--help"])
        XCTAssertEqual(run.status, 0)
        for text in ["Exit status", "0   no finding of error severity", "2   unusable input", "Examples:", "--fix", "--taxonomy"] {
            XCTAssertTrue(run.output.contains(text), text)
        }
        XCTAssertTrue(try stereotax(["--help"]).output.contains("validate"))
    }
}
