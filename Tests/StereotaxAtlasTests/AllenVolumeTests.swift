import Foundation
import StereotaxAtlas
import XCTest

/// The real Allen CCF 2017 annotation at 25 µm, loaded once per test process
/// through the per-user volume cache (warm after the first run).
enum AllenFixture {
    nonisolated(unsafe) private static var loaded: Result<(volume: LabelVolume, outcome: CachedVolumeLoader.Outcome), Error>?

    static var source: VolumeSource {
        get throws {
            VolumeSource(url: try AtlasTestData.allenAnnotation(), format: .nrrd(orientation: .allenPIR, spacingUnit: .micrometre),
                         expectedSHA256: AtlasTestData.allenAnnotationRequirement.sha256)
        }
    }

    static func load() throws -> (volume: LabelVolume, outcome: CachedVolumeLoader.Outcome) {
        if let loaded { return try loaded.get() }
        let result = Result { try CachedVolumeLoader().load(source) }
        loaded = result
        return try result.get()
    }

    static func volume() throws -> LabelVolume { try load().volume }
}

final class AllenVolumeTests: XCTestCase {
    func testSizesSpacingAndOrientation() throws {
        let v = try AllenFixture.volume()
        XCTAssertEqual(v.sizes, SIMD3(528, 320, 456))
        XCTAssertEqual(v.voxelSizeMicrometres, SIMD3(25, 25, 25))
        XCTAssertEqual(v.orientation, .allenPIR)
        XCTAssertEqual(v.label(atVoxel: SIMD3(0, 0, 0)), 0)
    }

    /// The brain's extent (README): AP index 1–526, DV 7–301, ML 21–434. Checked
    /// on the bounding planes: the first and last labelled plane of each axis hold
    /// labels, the planes just outside them hold none.
    func testBrainExtent() throws {
        let v = try AllenFixture.volume()
        func planeHasLabel(axis: Int, index: Int) -> Bool {
            let (a, b) = ((axis + 1) % 3, (axis + 2) % 3)
            for u in 0..<v.sizes[a] {
                for w in 0..<v.sizes[b] {
                    var p = SIMD3(0, 0, 0)
                    p[axis] = index; p[a] = u; p[b] = w
                    if v.labelIndex(atVoxel: p) != 0 { return true }
                }
            }
            return false
        }
        for (axis, lo, hi) in [(0, 1, 526), (1, 7, 301), (2, 21, 434)] {
            XCTAssertTrue(planeHasLabel(axis: axis, index: lo), "axis \(axis) plane \(lo)")
            XCTAssertTrue(planeHasLabel(axis: axis, index: hi), "axis \(axis) plane \(hi)")
            XCTAssertFalse(planeHasLabel(axis: axis, index: lo - 1), "axis \(axis) plane \(lo - 1)")
            XCTAssertFalse(planeHasLabel(axis: axis, index: hi + 1), "axis \(axis) plane \(hi + 1)")
        }
    }

    /// The memory-mapped cache holds exactly the labels of the NRRD file.
    func testCacheRoundTripEqualsSource() throws {
        _ = try AllenFixture.load()
        let warm = try CachedVolumeLoader().load(AllenFixture.source)
        XCTAssertEqual(warm.outcome, .warm)
        XCTAssertTrue(warm.volume.isMemoryMapped)
        let direct = try AllenFixture.source.read()
        XCTAssertTrue(warm.volume.hasSameLabels(as: direct))
        XCTAssertEqual(warm.volume.labelValues.sorted(), direct.labelValues.sorted())
        XCTAssertGreaterThan(direct.labelValues.count, 600)
    }
}
