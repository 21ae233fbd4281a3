import Foundation
import StereotaxAtlas
import XCTest

/// The bundled manifests open their real annotation volumes through the cache.
final class ManifestVolumeTests: XCTestCase {
    func testAllenManifestOpensItsVolume() throws {
        let manifest = try AtlasManifest.bundled(id: "allen-ccf-2017-25um")
        XCTAssertEqual(try manifest.volumeOrientation(), .allenPIR)
        let requirement = try manifest.annotationRequirement()
        XCTAssertEqual(requirement, AtlasFileRequirement(relativePath: "allen-ccf-2017/annotation_25.nrrd",
                                                         sha256: AtlasTestData.allenAnnotationRequirement.sha256, source: requirement.source))
        XCTAssertTrue(requirement.source.contains("dsm-tools"))
        let (volume, _) = try CachedVolumeLoader().loadAnnotation(of: manifest, searchPath: AtlasTestData.searchPath)
        XCTAssertEqual(volume.sizes, SIMD3(528, 320, 456))
        XCTAssertEqual(try manifest.annotationSource(searchPath: AtlasTestData.searchPath), try AllenFixture.source)
    }

    func testWaxholmManifestOpensItsVolume() throws {
        _ = try AtlasTestData.waxholmLabels()
        let manifest = try AtlasManifest.bundled(id: "whs-rat-v4-39um")
        XCTAssertEqual(try manifest.volumeOrientation(), .ras)
        let (volume, _) = try CachedVolumeLoader().loadAnnotation(of: manifest, searchPath: AtlasTestData.searchPath)
        XCTAssertEqual(volume.sizes, SIMD3(512, 1024, 512))
        XCTAssertNotEqual(volume.label(atVoxel: SIMD3(244, 623, 248)), 0)
    }

    func testMissingFileNamesChecksumAndSources() throws {
        let manifest = try AtlasManifest.bundled(id: "allen-ccf-2017-25um")
        let empty = AtlasSearchPath(directories: [FileManager.default.temporaryDirectory.appendingPathComponent("stx-none-\(UUID().uuidString)")])
        XCTAssertThrowsError(try CachedVolumeLoader().loadAnnotation(of: manifest, searchPath: empty)) { error in
            guard case let .missing(file, sha, source, _)? = error as? AtlasDataError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "allen-ccf-2017/annotation_25.nrrd")
            XCTAssertEqual(sha, "c620cbcc562183e4dcd40250d440130501781f74b41de35b1c1bdabace290c42")
            XCTAssertTrue(source.contains("alleninstitute.org"))
        }
    }
}

extension ManifestVolumeTests {
    /// A manifest whose geometry disagrees with the file is refused, naming the field.
    /// (An NRRD volume takes its orientation from the manifest, so only sizes and
    /// voxel size can disagree; a NIfTI file's own affine can disagree too.)
    func testGeometryMismatchIsRefused() throws {
        let url = AtlasManifest.bundledDirectory().appendingPathComponent("allen-ccf-2017-25um.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        func variant(_ from: String, _ to: String) throws -> AtlasManifest {
            XCTAssertTrue(text.contains(from), from)
            return try AtlasManifest.decode(Data(text.replacingOccurrences(of: from, with: to).utf8), origin: "variant")
        }
        let cases: [(String, String, String)] = [
            ("528", "529", "dimensions"),
            ("\"voxelSizeMicrometres\": 25", "\"voxelSizeMicrometres\": 10", "voxel size (µm)"),
        ]
        for (from, to, field) in cases {
            let manifest = try variant(from, to)
            XCTAssertThrowsError(try CachedVolumeLoader().loadAnnotation(of: manifest, searchPath: AtlasTestData.searchPath)) { error in
                guard case let .geometryMismatch(_, f, _, _)? = error as? AtlasVolumeError else { return XCTFail("\(error)") }
                XCTAssertEqual(f, field)
            }
        }
    }
}
