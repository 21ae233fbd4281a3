import Foundation
import StereotaxAtlas
import StereotaxFrames
import StereotaxGeometry
import XCTest

/// The `LoadedAtlas` facade on the real Waxholm rat atlas (RAS volume, Waxholm presets).
final class LoadedRatAtlasTests: XCTestCase {
    nonisolated(unsafe) private static var shared: Result<LoadedAtlas, Error>?

    private func rat() throws -> LoadedAtlas {
        guard AtlasSearchPath.standard().locate("whs-rat-v4/labels_39um.nii.gz") != nil else {
            throw XCTSkip("whs-rat-v4/labels_39um.nii.gz is not on STEREOTAX_ATLAS_PATH")
        }
        if Self.shared == nil { Self.shared = Result { try LoadedAtlas.open(id: "whs-rat-v4-39um") } }
        return try Self.shared!.get()
    }

    func testHERBSBregmaIsItsVoxelAndTheSurfaceLiesBelowIt() throws {
        let atlas = try rat()
        XCTAssertEqual(atlas.transform.presetName, "herbs-whs")
        XCTAssertNil(atlas.bregmaToCCF)
        XCTAssertNil(atlas.regionLookup, "the RAS volume is not in CCF axes")
        XCTAssertEqual(atlas.volume.orientation, .ras)
        // Waxholm Space's origin lies on the midline: ML index 244 of the RAS volume.
        XCTAssertEqual(atlas.midline, AtlasMidline(mlAxis: 0, index: 244, growsTowardRight: true))
        XCTAssertEqual(atlas.midline.hemisphere(ofVoxel: SIMD3(250, 600, 300)), .right)
        XCTAssertEqual(atlas.midline.hemisphere(ofVoxel: SIMD3(244, 600, 300)), .midline)
        let bregma = atlas.bregmaToVolume.apply(.origin).millimetres
        XCTAssertEqual(atlas.volume.nearestVoxel(toMillimetres: bregma), SIMD3(246, 653, 440))
        let waxholm = try XCTUnwrap(atlas.bregmaToWaxholm).apply(.origin)
        XCTAssertEqual(waxholm, .waxholmV4Voxel(246, 653, 440))
        // 1 mm ventral in the skull is 1 mm down Waxholm's dorsal+ axis; 1 mm right is +ML.
        let moved = try XCTUnwrap(atlas.bregmaToWaxholm).apply(Point3(ap: .mm(1), ml: .mm(1), dv: .mm(1))).millimetres
        XCTAssertEqual(moved - waxholm.millimetres, SIMD3(1, 1, -1))

        let down = try XCTUnwrap(Ray3(origin: Point3<Frame.Bregma>(ap: .zero, ml: .mm(1), dv: .mm(-10)), direction: Vector3(mm: 0, 0, 1)))
        let entry = try XCTUnwrap(atlas.surface.entry(along: down))
        // The column below: ML index 246 + 1/0.0390625 = 271.6 → 272, AP 653; DV index falls going down.
        let k = try XCTUnwrap(stride(from: 511, through: 0, by: -1).first { atlas.volume.labelIndex(atVoxel: SIMD3(272, 653, $0)) != 0 })
        XCTAssertEqual(entry.dv.millimetres, (440 - (Double(k) + 0.5)) * 0.0390625, accuracy: 1e-9)
        XCTAssertGreaterThan(entry.dv.millimetres, 0)
        XCTAssertTrue(atlas.surface.surfaceName.contains("herbs-whs"), atlas.surface.surfaceName)
    }

    func testPinpointPresetSharesTheVolume() throws {
        let atlas = try rat()
        let pinpoint = try atlas.with(transform: .waxholm(.pinpoint))
        XCTAssertTrue(pinpoint.surface.surfaceName.contains("pinpoint-whs"))
        let b = pinpoint.bregmaToVolume.apply(.origin).millimetres
        XCTAssertEqual(b.x, (512 - 10.374 / 0.0390625) * 0.0390625, accuracy: 1e-9)
        XCTAssertThrowsError(try atlas.with(transform: .allen(.default)))
    }
}
