import StereotaxTestSupport
import Foundation
import Testing
import StereotaxJSON

@Suite struct ConvertCommandTests {
    @Test func bregmaToCCFWithThePlainPresetIsHandComputed() throws {
        // ibl-allen: bregma at CCF AP 5400, DV 332, ML 5739 µm, no scaling.
        let run = try StereotaxTool.run(["convert", "--from", "Stereotaxic_BregmaAbsolute", "--to", "CCF_XYZ_Absolute",
                                         "--set", "apCoordinate=-2", "--set", "mlCoordinate=1.5", "--set", "dvCoordinate=1.3",
                                         "--output-unit", "µm", "--format", "json"])
        #expect(run.status == 0, "\(run.errorOutput)")
        let doc = try JSONValue.parse(run.output)
        let details = try #require(doc["results"]?.arrayValue?.first?["coordinates_details"])
        #expect(details["x"]?["value"]?.doubleValue.map { abs($0 - 7400) < 1e-6 } == true)
        #expect(details["y"]?["value"]?.doubleValue.map { abs($0 - 1632) < 1e-6 } == true)
        #expect(details["z"]?["value"]?.doubleValue.map { abs($0 - 7239) < 1e-6 } == true)
        #expect(details["x"]?["unit"]?.stringValue == "µm")
        let choices = doc["results"]?.arrayValue?.first?["choices"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(choices.contains { $0.hasPrefix("atlas transform: ibl-allen") }, "the preset is named")
    }

    @Test func theNeedlesPresetScalesAboutBregma() throws {
        let run = try StereotaxTool.run(["convert", "--from", "Stereotaxic_BregmaAbsolute", "--to", "CCF_XYZ_Absolute",
                                         "--set", "apCoordinate=-2", "--set", "mlCoordinate=0", "--set", "dvCoordinate=0",
                                         "--transform", "ibl-needles", "--output-unit", "µm", "--format", "csv"])
        #expect(run.status == 0, "\(run.errorOutput)")
        let rows = run.output.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows[0].prefix(7) == ["index", "id", "from", "coordinates_system", "x", "y", "z"])
        // Needles: stereotaxic AP = 1.087 × CCF AP about bregma, so AP −2 mm is 2000 / 1.087 =
        // 1839.926 µm of CCF posterior of bregma's 5400 (the reference's xyz2ccf value, 7239.926).
        #expect(Double(rows[1][4]).map { abs($0 - (5400 + 2000 / 1.087)) < 1e-6 } == true, "\(rows[1])")
    }

    @Test func everyRecordOfAnExportAppearsInTheOutput() throws {
        let run = try StereotaxTool.run(["convert", "--input", "examples/procedures.json", "--to", "Stereotaxic_BregmaAbsolute", "--format", "ndjson"]
                                        , environment: StereotaxTool.atlasPath.map { ["STEREOTAX_ATLAS_PATH": $0] } ?? [:])
        try #require(StereotaxTool.atlasPath != nil, "atlas data needed for the brain-surface record")
        let lines = run.output.split(separator: "\n")
        let input = try JSONValue.parse(Data(contentsOf: StereotaxTool.packageRoot.appendingPathComponent("examples/procedures.json")))
        #expect(lines.count == input["procedures"]?.arrayValue?.count)
        for (i, line) in lines.enumerated() {
            #expect(try JSONValue.parse(String(line))["index"]?.doubleValue == Double(i))
        }
    }

    @Test func aMissingFieldNamesTheFieldAndExitsOne() throws {
        let run = try StereotaxTool.run(["convert", "--from", "Stereotaxic_BregmaAbsolute", "--to", "Stereotaxic_LambdaAbsolute",
                                         "--set", "apCoordinate=-2", "--set", "mlCoordinate=1.5"])
        #expect(run.status == 1)
        #expect(run.output.contains("dvCoordinate"))
    }

    @Test func unusableInputExitsTwo() throws {
        let bad = try StereotaxTool.run(["convert", "--from", "Stereotaxic_BregmaAbsolute", "--to", "CCF_XYZ_Absolute", "--set", "apCoordinate=two"])
        #expect(bad.status == 2)
        #expect(bad.errorOutput.contains("apCoordinate=two"))
        let missing = try StereotaxTool.run(["convert", "--input", "/nonexistent/export.json", "--to", "CCF_XYZ_Absolute"])
        #expect(missing.status == 2)
    }

    @Test func unitsAreSelectable() throws {
        let run = try StereotaxTool.run(["convert", "--from", "Stereotaxic_BregmaAbsolute", "--to", "Stereotaxic_LambdaAbsolute",
                                         "--set", "apCoordinate=-2000", "--set", "mlCoordinate=1500", "--set", "dvCoordinate=1300",
                                         "--unit", "µm", "--format", "json"])
        #expect(run.status == 0, "\(run.errorOutput)")
        let details = try #require(try JSONValue.parse(run.output)["results"]?.arrayValue?.first?["coordinates_details"])
        #expect(details["apCoordinate"]?["value"]?.doubleValue.map { abs($0 - 2.2) < 1e-9 } == true, "lambda 4.2 mm behind bregma")
        #expect(details["apCoordinate"]?["unit"]?.stringValue == "mm")
    }
}
