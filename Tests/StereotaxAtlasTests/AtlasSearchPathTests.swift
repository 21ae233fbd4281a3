import Foundation
import StereotaxAtlas
import XCTest

final class AtlasSearchPathTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("stx-search-\(UUID().uuidString)")
        for dir in ["explicit", "env1", "env2", "home"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(dir), withIntermediateDirectories: true)
        }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    private func put(_ text: String, at path: String) throws -> URL {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    private func path(explicit: Bool) -> AtlasSearchPath {
        AtlasSearchPath.standard(
            explicit: explicit ? root.appendingPathComponent("explicit") : nil,
            environment: ["STEREOTAX_ATLAS_PATH": root.appendingPathComponent("env1").path + "::" + root.appendingPathComponent("env2").path],
            homeDirectory: root.appendingPathComponent("home"))
    }

    func testOrderExplicitThenEnvironmentThenUserCache() throws {
        let p = path(explicit: true)
        XCTAssertEqual(p.directories.map(\.lastPathComponent), ["explicit", "env1", "env2", "atlases"])
        XCTAssertEqual(p.directories.last?.path, root.appendingPathComponent("home/.cache/stereotax/atlases").path)

        let file = "a/x.nrrd"
        XCTAssertNil(p.locate(file))
        let inHome = try put("home", at: "home/.cache/stereotax/atlases/a/x.nrrd")
        XCTAssertEqual(p.locate(file)?.path, inHome.path)
        let inEnv2 = try put("env2", at: "env2/a/x.nrrd")
        XCTAssertEqual(p.locate(file)?.path, inEnv2.path)
        let inEnv1 = try put("env1", at: "env1/a/x.nrrd")
        XCTAssertEqual(p.locate(file)?.path, inEnv1.path)
        let inExplicit = try put("explicit", at: "explicit/a/x.nrrd")
        XCTAssertEqual(p.locate(file)?.path, inExplicit.path)
        XCTAssertEqual(path(explicit: false).locate(file)?.path, inEnv1.path)
    }

    func testDirectoryWithTheFileNameIsNotAMatch() throws {
        try FileManager.default.createDirectory(at: root.appendingPathComponent("env1/a/x.nrrd"), withIntermediateDirectories: true)
        XCTAssertNil(path(explicit: false).locate("a/x.nrrd"))
    }

    func testMissingFileErrorNamesFileChecksumAndSource() throws {
        let requirement = AtlasFileRequirement(
            relativePath: "a/x.nrrd", sha256: SHA256.hash(Array("right".utf8)), source: "https://example.org/x.nrrd")
        XCTAssertThrowsError(try path(explicit: true).locateVerified(requirement)) { error in
            guard case let AtlasDataError.missing(file, sha, source, searched) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "a/x.nrrd")
            XCTAssertEqual(sha, requirement.sha256.hex)
            XCTAssertEqual(source, "https://example.org/x.nrrd")
            XCTAssertEqual(searched.count, 4)
            let message = "\(error)"
            XCTAssertTrue(message.contains("a/x.nrrd") && message.contains(requirement.sha256.hex) && message.contains("example.org"))
        }
    }

    func testChecksumMismatchRefusesAndMatchLoads() throws {
        let url = try put("wrong", at: "env1/a/x.nrrd")
        let requirement = AtlasFileRequirement(
            relativePath: "a/x.nrrd", sha256: SHA256.hash(Array("right".utf8)), source: "somewhere")
        XCTAssertThrowsError(try path(explicit: false).locateVerified(requirement)) { error in
            XCTAssertEqual(error as? AtlasDataError, .checksumMismatch(
                file: url.path, expectedSHA256: requirement.sha256.hex, actualSHA256: SHA256.hash(Array("wrong".utf8)).hex))
        }
        _ = try put("right", at: "env1/a/x.nrrd")
        XCTAssertEqual(try path(explicit: false).locateVerified(requirement).path, url.path)
    }

    /// The real Allen annotation on `STEREOTAX_ATLAS_PATH` has the published checksum.
    func testRealAllenAnnotationChecksum() throws {
        let url = try AtlasTestData.allenAnnotation()
        XCTAssertEqual(try SHA256Digest.ofFile(at: url), AtlasTestData.allenAnnotationRequirement.sha256)
    }
}
