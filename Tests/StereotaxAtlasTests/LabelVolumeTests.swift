import StereotaxAtlas
import XCTest

final class LabelVolumeTests: XCTestCase {
    /// 4 × 3 × 2 voxels of 25 × 50 × 10 µm; label = 100·i + 10·j + k + 1 except voxel 0.
    private func volume() throws -> LabelVolume {
        var labels: [Int] = []
        for k in 0..<2 { for j in 0..<3 { for i in 0..<4 { labels.append(i == 0 && j == 0 && k == 0 ? 0 : 100 * i + 10 * j + k + 1) } } }
        return try LabelVolume(sizes: SIMD3(4, 3, 2), voxelSizeMicrometres: SIMD3(25, 50, 10), orientation: .allenPIR, labels: labels)
    }

    func testStorageOrderAxisZeroFastest() throws {
        let v = try volume()
        XCTAssertEqual(v.label(atVoxel: SIMD3(3, 2, 1)), 322)
        XCTAssertEqual(v.label(atVoxel: SIMD3(1, 0, 0)), 101)
        XCTAssertEqual(v.label(atVoxel: SIMD3(0, 0, 0)), 0)
        XCTAssertEqual(v.labelIndex(atVoxel: SIMD3(0, 0, 0)), 0)
        XCTAssertEqual(v.linearIndex(of: SIMD3(3, 2, 1)), 3 + 4 * (2 + 3 * 1))
        for outside in [SIMD3(-1, 0, 0), SIMD3(4, 0, 0), SIMD3(0, 3, 0), SIMD3(0, 0, 2), SIMD3(0, -1, 0)] {
            XCTAssertNil(v.label(atVoxel: outside), "\(outside)")
        }
    }

    /// Voxel i covers [(i − ½)s, (i + ½)s): the upper boundary belongs to the next voxel.
    func testNearestVoxelAtBoundaries() throws {
        let v = try volume()
        let s = v.voxelSizeMillimetres   // (0.025, 0.05, 0.01)
        let below = 1e-7 * 0.01          // 10⁻⁷ of the smallest voxel: beyond the 10⁻⁹ boundary tolerance
        XCTAssertEqual(v.centreMillimetres(ofVoxel: SIMD3(2, 1, 1)), SIMD3(0.05, 0.05, 0.01))
        XCTAssertEqual(v.nearestVoxel(toMillimetres: SIMD3(0.05, 0.05, 0.01)), SIMD3(2, 1, 1))
        XCTAssertEqual(v.nearestVoxel(toMillimetres: SIMD3(1.5 * s.x, 0, 0)), SIMD3(2, 0, 0))
        XCTAssertEqual(v.nearestVoxel(toMillimetres: SIMD3(1.5 * s.x - below, 0, 0)), SIMD3(1, 0, 0))
        XCTAssertEqual(v.nearestVoxel(toMillimetres: SIMD3(-0.5 * s.x, -0.5 * s.y, -0.5 * s.z)), SIMD3(0, 0, 0))
        XCTAssertNil(v.nearestVoxel(toMillimetres: SIMD3(-0.5 * s.x - below, 0, 0)))
        XCTAssertEqual(v.nearestVoxel(toMillimetres: SIMD3(3.5 * s.x - below, 2.5 * s.y - below, 1.5 * s.z - below)), SIMD3(3, 2, 1))
        XCTAssertNil(v.nearestVoxel(toMillimetres: SIMD3(3.5 * s.x, 0, 0)))
        XCTAssertNil(v.nearestVoxel(toMillimetres: SIMD3(0, 2.5 * s.y, 0)))
        XCTAssertNil(v.nearestVoxel(toMillimetres: SIMD3(0, 0, 1.5 * s.z)))
        // Decimal boundaries that binary arithmetic puts a hair low still follow the rule.
        for i in 0..<3 {
            XCTAssertEqual(v.nearestVoxel(toMillimetres: SIMD3(Double(i) * 0.025 + 0.0125, 0, 0))?.x, i + 1, "AP boundary \(i)")
        }
        XCTAssertNil(v.nearestVoxel(toMillimetres: SIMD3(.nan, 0, 0)))
        XCTAssertNil(v.nearestVoxel(toMillimetres: SIMD3(0, .infinity, 0)))
    }

    func testSameLabelsIgnoresTableOrder() throws {
        let a = try LabelVolume(sizes: SIMD3(2, 1, 1), voxelSizeMicrometres: SIMD3(1, 1, 1), orientation: .ras, labels: [5, 7])
        let b = try LabelVolume(sizes: SIMD3(2, 1, 1), voxelSizeMicrometres: SIMD3(1, 1, 1), orientation: .ras, labels: [5, 7])
        let c = try LabelVolume(sizes: SIMD3(2, 1, 1), voxelSizeMicrometres: SIMD3(1, 1, 1), orientation: .ras, labels: [7, 5])
        XCTAssertTrue(a.hasSameLabels(as: b))
        XCTAssertFalse(a.hasSameLabels(as: c))
        XCTAssertEqual(a.labelValues, [0, 5, 7])
    }

    func testOrientationMustCoverThreeAxes() {
        XCTAssertNil(VolumeOrientation(.anterior, .posterior, .left))
        XCTAssertEqual(VolumeOrientation.allenPIR.code, "PIR")
        XCTAssertEqual(VolumeOrientation.allenPIR.axis(along: .left).axis, 2)
        XCTAssertFalse(VolumeOrientation.allenPIR.axis(along: .left).growsToward)
        XCTAssertTrue(VolumeOrientation.ras.axis(along: .dorsal).growsToward)
    }
}
