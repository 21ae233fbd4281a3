import StereotaxTestSupport
import Foundation
import Testing
import StereotaxJSON

@Suite(.enabled(if: StereotaxTool.atlasPath != nil, "needs the Allen atlas on STEREOTAX_ATLAS_PATH"))
struct RegionAndAtlasCommandTests {
    var env: [String: String] { ["STEREOTAX_ATLAS_PATH": StereotaxTool.atlasPath ?? ""] }

    @Test func theFirstLabelledVoxelBelowAP5400ML6700IsMOp1() throws {
        let run = try StereotaxTool.run(["region", "--from", "CCF_XYZ_Absolute", "--set", "x=5400", "--set", "y=675", "--set", "z=6700",
                                         "--unit", "µm", "--format", "ndjson"], environment: env)
        #expect(run.status == 0, "\(run.errorOutput)")
        let answer = try JSONValue.parse(run.output)
        #expect(answer["structure"]?["acronym"]?.stringValue == "MOp1")
        #expect(answer["hemisphere"]?.stringValue == "right")
        let ancestors = answer["ancestors"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(ancestors.contains("Isocortex") && ancestors.last == "root")
    }

    @Test func mirroredPointsGiveTheSameStructureInTheOtherHemisphere() throws {
        let right = try JSONValue.parse(try StereotaxTool.run(["region", "--point", "-2,1.5,1.8", "--format", "ndjson"], environment: env).output)
        let left = try JSONValue.parse(try StereotaxTool.run(["region", "--point", "-2,-1.5,1.8", "--format", "ndjson"], environment: env).output)
        #expect(right["structure"] == left["structure"])
        #expect(right["hemisphere"]?.stringValue == "right" && left["hemisphere"]?.stringValue == "left")
    }

    @Test func aboveTheSkullIsOutside() throws {
        let run = try StereotaxTool.run(["region", "--point", "0,0,-5", "--format", "ndjson"], environment: env)
        #expect(try JSONValue.parse(run.output)["region"]?.stringValue == "outside-volume")
    }

    @Test func listAndVerifyFindTheSharedData() throws {
        let list = try StereotaxTool.run(["atlas", "list"], environment: env)
        #expect(list.output.contains("allen-ccf-2017-25um") && list.output.contains("files found"))
        let verify = try StereotaxTool.run(["atlas", "verify", "allen-ccf-2017-25um"], environment: env)
        #expect(verify.status == 0, "\(verify.output)")
    }

    @Test func verifyNamesAMissingFileItsChecksumAndWhereToGetIt() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("stereotax-empty-\(UUID())")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let verify = try StereotaxTool.run(["atlas", "verify", "whs-rat-v4-39um"],
                                           environment: ["STEREOTAX_ATLAS_PATH": empty.path, "HOME": empty.path])
        #expect(verify.status == 1)
        #expect(verify.output.contains("whs-rat-v4/labels_39um.nii.gz"))
        #expect(verify.output.contains("3b397614b91c1f9949d47469e0667b647c5b0f0ae749c0e8b3e8be8751e02de0"))
    }

    @Test func resampleWritesACoarserAnnotation() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("stereotax-100um-\(UUID()).nrrd")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try StereotaxTool.run(["atlas", "resample", "--factor", "4", "--output", out.path], environment: env)
        #expect(run.status == 0, "\(run.errorOutput)")
        #expect(run.output.contains("132 × 80 × 114 voxels of 100.0 µm"))
        let head = try String(decoding: Data(contentsOf: out).prefix(400), as: UTF8.self)
        #expect(head.hasPrefix("NRRD0004") && head.contains("sizes: 132 80 114"))
    }

    @Test func everySubcommandsHelpTeachesWithExamples() throws {
        for sub in [["convert"], ["region"], ["atlas"]] {
            let run = try StereotaxTool.run(sub + ["--help"])
            #expect(run.output.contains("Examples"), "\(sub) --help")
        }
    }
}
