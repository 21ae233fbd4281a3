import Foundation
import XCTest
import StereotaxFrames
@testable import StereotaxAtlas

final class AtlasManifestTests: XCTestCase {
    func testBundledManifestsDecode() throws {
        let all = try AtlasManifest.bundled()
        XCTAssertEqual(all.map(\.id), ["allen-ccf-2017-25um", "franklin-paxinos-2019", "whs-rat-v4-39um"])

        let allen = try AtlasManifest.bundled(id: "allen-ccf-2017-25um")
        XCTAssertEqual(allen.species, .mouse)
        XCTAssertEqual(allen.volume?.voxelSizeMicrometres, 25)
        XCTAssertEqual(allen.volume?.dimensions, [528, 320, 456])
        XCTAssertEqual(allen.volume?.axes.map(\.name), ["AP", "DV", "ML"])
        XCTAssertEqual(allen.volume?.axes.map(\.increasesToward), ["posterior", "ventral", "right"])
        XCTAssertEqual(allen.file(role: "annotation")?.path, "allen-ccf-2017/annotation_25.nrrd")
        XCTAssertTrue(allen.citation.contains("Cell 181"))
        let iblBregma = try XCTUnwrap(allen.landmarks(named: "bregma").first { $0.source.hasPrefix("iblatlas") })
        XCTAssertEqual(iblBregma.positionMicrometres, [5400, 332, 5739])

        let rat = try AtlasManifest.bundled(id: "whs-rat-v4-39um")
        XCTAssertEqual(rat.species, .rat)
        XCTAssertEqual(rat.volume?.voxelSizeMicrometres, 39.0625)
        XCTAssertEqual(rat.volume?.dimensions, [512, 1024, 512])
        XCTAssertEqual(rat.volume?.axes.map(\.increasesToward), ["right", "anterior", "dorsal"])
        XCTAssertEqual(rat.landmarks(named: "bregma").count, 2)
        XCTAssertEqual(rat.landmarks(named: "lambda").count, 2)
        XCTAssertEqual(rat.licence.url, "https://creativecommons.org/licenses/by-sa/4.0/")

        let fp = try AtlasManifest.bundled(id: "franklin-paxinos-2019")
        XCTAssertNil(fp.volume)
        XCTAssertEqual(fp.sharesSpaceWith, "allen-ccf-2017-25um")
    }

    func testManifestTransformsAreThePresets() throws {
        let allen = try AtlasManifest.bundled(id: "allen-ccf-2017-25um")
        XCTAssertEqual(allen.stereotaxicTransforms, AllenStereotaxicPreset.all.map(\.name))
        let rat = try AtlasManifest.bundled(id: "whs-rat-v4-39um")
        XCTAssertEqual(rat.stereotaxicTransforms, WaxholmStereotaxicPreset.all.map(\.name))
    }

    /// Each preset's bregma (and the Waxholm presets' lambda) is a landmark of its manifest.
    func testManifestLandmarksAreThePresetsLandmarks() throws {
        let allen = try AtlasManifest.bundled(id: "allen-ccf-2017-25um")
        let bregmas = allen.landmarks(named: "bregma").map(\.positionMicrometres)
        for preset in AllenStereotaxicPreset.all {
            let b = preset.bregmaInCCF.millimetres * 1000
            XCTAssertTrue(bregmas.contains([b.x, b.y, b.z]), preset.name)
        }
        let pinpointLambda = try XCTUnwrap(allen.landmarks(named: "lambda").first)
        let q = AllenStereotaxicPreset.pinpointQiu2018
        XCTAssertEqual(pinpointLambda.positionMicrometres[0] - q.bregmaInCCF.millimetres.x * 1000,
                       q.referenceBregmaLambdaDistance.micrometres, accuracy: 1e-9)

        let rat = try AtlasManifest.bundled(id: "whs-rat-v4-39um")
        let origin = try XCTUnwrap(rat.landmarks(named: "waxholm-origin").first?.positionMicrometres)
        for (preset, source) in [(WaxholmStereotaxicPreset.herbs, "HERBS"), (.pinpoint, "Pinpoint")] {
            for (name, point) in [("bregma", preset.bregma), ("lambda", preset.lambda)] {
                let landmark = try XCTUnwrap(rat.landmarks(named: name).first { $0.source == source })
                for axis in 0..<3 {
                    XCTAssertEqual(landmark.positionMicrometres[axis], origin[axis] + point.millimetres[axis] * 1000,
                                   accuracy: 1e-6, "\(source) \(name) axis \(axis)")
                }
            }
        }
    }

    /// Every file's sha256 in the manifests equals the one the shared atlas README lists.
    func testChecksumsMatchTheSharedReadme() throws {
        let readme = try String(contentsOf: OntologyFixtures.atlasFile("README.md"), encoding: .utf8)
        var listed: [String: String] = [:]
        for line in readme.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.count == 3, cells[2].count == 64 { listed[cells[0]] = cells[2] }
        }
        XCTAssertEqual(listed.count, 6)
        let files = try AtlasManifest.bundled().flatMap(\.files)
        XCTAssertEqual(Set(files.map(\.path)), Set(listed.keys))
        for f in files { XCTAssertEqual(f.sha256, listed[f.path], f.path) }
    }

    func testEnvironmentOverridesTheManifestDirectory() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("manifests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = AtlasManifest.bundledDirectory(environment: [:]).appendingPathComponent("franklin-paxinos-2019.json")
        try FileManager.default.copyItem(at: source, to: dir.appendingPathComponent("franklin-paxinos-2019.json"))
        let env = [AtlasManifest.manifestPathVariable: dir.path]
        XCTAssertEqual(AtlasManifest.bundledDirectory(environment: env).path, dir.path)
        XCTAssertEqual(try AtlasManifest.bundled(environment: env).map(\.id), ["franklin-paxinos-2019"])
        XCTAssertThrowsError(try AtlasManifest.bundled(id: "whs-rat-v4-39um", environment: env)) { error in
            XCTAssertEqual(error as? AtlasManifestError, .unknownAtlas("whs-rat-v4-39um", known: ["franklin-paxinos-2019"]))
        }
    }

    // MARK: validation names the field

    private func manifestJSON(_ edit: (inout [String: Any]) -> Void) throws -> Data {
        let url = AtlasManifest.bundledDirectory(environment: [:]).appendingPathComponent("allen-ccf-2017-25um.json")
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        edit(&object)
        return try JSONSerialization.data(withJSONObject: object)
    }

    private func assertInvalid(
        field: String, file: StaticString = #filePath, line: UInt = #line, _ edit: (inout [String: Any]) -> Void
    ) throws {
        let data = try manifestJSON(edit)
        XCTAssertThrowsError(try AtlasManifest.decode(data, origin: "test.json"), file: file, line: line) { error in
            switch error as? AtlasManifestError {
            case .invalidField(let origin, let f, _, _), .malformed(let origin, let f, _):
                XCTAssertEqual(origin, "test.json", file: file, line: line)
                XCTAssertEqual(f, field, file: file, line: line)
            default:
                XCTFail("unexpected \(error)", file: file, line: line)
            }
        }
    }

    func testValidationErrorsNameTheField() throws {
        XCTAssertNoThrow(try AtlasManifest.decode(try manifestJSON { _ in }, origin: "test.json"))
        try assertInvalid(field: "id") { $0["id"] = "Allen CCF" }
        try assertInvalid(field: "species") { $0["species"] = "zebrafish" }
        try assertInvalid(field: "citation") { $0.removeValue(forKey: "citation") }
        try assertInvalid(field: "sources") { $0["sources"] = [Any]() }
        try assertInvalid(field: "files[1].sha256") { m in
            var files = m["files"] as! [[String: Any]]
            files[1]["sha256"] = String(repeating: "A", count: 64)
            m["files"] = files
        }
        try assertInvalid(field: "files[0].sha256") { m in
            var files = m["files"] as! [[String: Any]]
            files[0]["sha256"] = "c620cbcc"
            m["files"] = files
        }
        try assertInvalid(field: "files[2].path") { m in
            var files = m["files"] as! [[String: Any]]
            files[2]["path"] = "../elsewhere/structure_graph.json"
            m["files"] = files
        }
        try assertInvalid(field: "files[0].format") { m in
            var files = m["files"] as! [[String: Any]]
            files[0].removeValue(forKey: "format")
            m["files"] = files
        }
        try assertInvalid(field: "volume.voxelSizeMicrometres") { m in
            var v = m["volume"] as! [String: Any]
            v["voxelSizeMicrometres"] = -25
            m["volume"] = v
        }
        try assertInvalid(field: "volume.dimensions") { m in
            var v = m["volume"] as! [String: Any]
            v["dimensions"] = [528, 320]
            m["volume"] = v
        }
        try assertInvalid(field: "volume.axes[1].increasesToward") { m in
            var v = m["volume"] as! [String: Any]
            v["axes"] = [["name": "AP", "increasesToward": "posterior"], ["name": "DV", "increasesToward": "left"],
                         ["name": "ML", "increasesToward": "right"]]
            m["volume"] = v
        }
        try assertInvalid(field: "volume.axes") { m in
            var v = m["volume"] as! [String: Any]
            v["axes"] = [["name": "AP", "increasesToward": "posterior"], ["name": "AP", "increasesToward": "anterior"],
                         ["name": "ML", "increasesToward": "right"]]
            m["volume"] = v
        }
        try assertInvalid(field: "volume") { $0.removeValue(forKey: "volume") }
        try assertInvalid(field: "landmarks[0].positionMicrometres") { m in
            var l = m["landmarks"] as! [[String: Any]]
            l[0]["positionMicrometres"] = [5400, 332]
            m["landmarks"] = l
        }
    }

    func testIdMustMatchTheFileName() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("manifests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = AtlasManifest.bundledDirectory(environment: [:]).appendingPathComponent("franklin-paxinos-2019.json")
        let renamed = dir.appendingPathComponent("fp.json")
        try FileManager.default.copyItem(at: source, to: renamed)
        XCTAssertThrowsError(try AtlasManifest.load(contentsOf: renamed)) { error in
            guard case .invalidField(_, "id", _, _)? = error as? AtlasManifestError else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try AtlasManifest.load(contentsOf: dir.appendingPathComponent("missing.json"))) { error in
            guard case .unreadable? = error as? AtlasManifestError else { return XCTFail("\(error)") }
        }
    }
}
