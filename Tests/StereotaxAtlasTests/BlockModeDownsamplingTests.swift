import StereotaxAtlas
import StereotaxGeometry
import XCTest

final class BlockModeDownsamplingTests: XCTestCase {
    /// A 4 × 2 × 2 volume = two 2 × 2 × 2 blocks along axis 0, from per-block label lists
    /// given in storage order within the block.
    private func twoBlocks(_ a: [Int], _ b: [Int]) throws -> LabelVolume {
        var labels = [Int](repeating: 0, count: 16)
        var n = 0
        for k in 0..<2 { for j in 0..<2 { for i in 0..<2 {
            labels[i + 4 * (j + 2 * k)] = a[n]
            labels[i + 2 + 4 * (j + 2 * k)] = b[n]
            n += 1
        } } }
        return try LabelVolume(sizes: SIMD3(4, 2, 2), voxelSizeMicrometres: SIMD3(25, 25, 25), orientation: .allenPIR, labels: labels)
    }

    func testModeAndTieRules() throws {
        let majority = try twoBlocks([7, 7, 9, 7, 9, 7, 9, 7], [5, 5, 5, 5, 5, 5, 5, 5]).downsampledByBlockMode(factor: 2)
        XCTAssertEqual(majority.sizes, SIMD3(2, 1, 1))
        XCTAssertEqual(majority.label(atVoxel: SIMD3(0, 0, 0)), 7)
        XCTAssertEqual(majority.label(atVoxel: SIMD3(1, 0, 0)), 5)
        XCTAssertEqual(majority.labelValues, [0, 7, 5])          // 9 lost every block: dropped from the table
        let ties = try twoBlocks([8, 3, 8, 3, 8, 3, 8, 3], [0, 6, 0, 6, 6, 0, 6, 0]).downsampledByBlockMode(factor: 2)
        XCTAssertEqual(ties.label(atVoxel: SIMD3(0, 0, 0)), 3)    // 4 : 4 → smaller label value
        XCTAssertEqual(ties.label(atVoxel: SIMD3(1, 0, 0)), 0)    // half unlabelled → unlabelled
        let plurality = try twoBlocks([1, 1, 1, 2, 2, 3, 3, 4], [0, 0, 9, 9, 9, 9, 9, 0]).downsampledByBlockMode(factor: 2)
        XCTAssertEqual(plurality.label(atVoxel: SIMD3(0, 0, 0)), 1)
        XCTAssertEqual(plurality.label(atVoxel: SIMD3(1, 0, 0)), 9)
    }

    /// Voxel size ×f; the new voxel centres are the centres of their blocks, so a
    /// position means the same place before and after.
    func testGeometryAndPartialEdgeBlocks() throws {
        var labels: [Int] = []
        for k in 0..<3 { for j in 0..<6 { for i in 0..<9 { labels.append(i >= 8 ? 50 : 10 * (j / 4) + k / 4 + 1) } } }
        let v = try LabelVolume(sizes: SIMD3(9, 6, 3), voxelSizeMicrometres: SIMD3(25, 25, 25), orientation: .allenPIR,
                                originMillimetres: SIMD3(1, 2, 3), labels: labels)
        let d = try v.downsampledByBlockMode(factor: 4)
        XCTAssertEqual(d.sizes, SIMD3(3, 2, 1))
        XCTAssertEqual(d.voxelSizeMicrometres, SIMD3(100, 100, 100))
        XCTAssertEqual(d.originMillimetres.x, 1 + 1.5 * 0.025, accuracy: 1e-12)
        XCTAssertEqual(d.originMillimetres.z, 3 + 1.5 * 0.025, accuracy: 1e-12)
        // Block (0, 0, 0) spans source 0...3 on each axis; its centre is the mean of theirs.
        let sourceMean = (v.centreMillimetres(ofVoxel: SIMD3(0, 0, 0)) + v.centreMillimetres(ofVoxel: SIMD3(3, 3, 3))) / 2
        XCTAssertLessThan((d.centreMillimetres(ofVoxel: SIMD3(0, 0, 0)) - sourceMean).max(), 1e-12)
        XCTAssertEqual(d.nearestVoxel(toMillimetres: v.centreMillimetres(ofVoxel: SIMD3(3, 3, 2))), SIMD3(0, 0, 0))
        XCTAssertEqual(d.nearestVoxel(toMillimetres: v.centreMillimetres(ofVoxel: SIMD3(4, 4, 2))), SIMD3(1, 1, 0))
        // The partial edge block along AP holds one source column (label 50).
        XCTAssertEqual(d.label(atVoxel: SIMD3(2, 0, 0)), 50)
        XCTAssertEqual(d.label(atVoxel: SIMD3(1, 1, 0)), 11)
        XCTAssertThrowsError(try v.downsampledByBlockMode(factor: 3)) { XCTAssertEqual($0 as? DownsamplingError, .unsupportedFactor(3)) }
        XCTAssertThrowsError(try v.downsampledByBlockMode(factor: 1))
    }

    /// 25 → 100 µm on a real block of the annotation (AP 160–287, DV 0–63, ML
    /// 200–327 voxels: dorsal cortex across the midline, around MOp at AP 216, ML 268;
    /// a block keeps the debug test fast): most coarse voxels carry the fine label
    /// found at their centre, and the surface moves by at most one coarse voxel.
    func testRealAllenBlockTo100Micrometres() throws {
        let source = try AllenFixture.volume()
        let lo = SIMD3(160, 0, 200), size = SIMD3(128, 64, 128)
        var labels: [Int] = []
        labels.reserveCapacity(size.x * size.y * size.z)
        for k in 0..<size.z { for j in 0..<size.y { for i in 0..<size.x {
            labels.append(source.label(atVoxel: lo &+ SIMD3(i, j, k)) ?? -1)
        } } }
        let fine = try LabelVolume(sizes: size, voxelSizeMicrometres: source.voxelSizeMicrometres, orientation: .allenPIR,
                                   originMillimetres: SIMD3<Double>(lo) * 0.025, labels: labels)
        let coarse = try fine.downsampledByBlockMode(factor: 4)
        XCTAssertEqual(coarse.sizes, SIMD3(32, 16, 32))
        XCTAssertEqual(coarse.voxelSizeMicrometres, SIMD3(100, 100, 100))
        XCTAssertEqual(coarse.originMillimetres.x, 4.0 + 0.0375, accuracy: 1e-12)
        var agree = 0, total = 0
        for k in 0..<32 { for j in 0..<16 { for i in 0..<32 {
            let c = coarse.label(atVoxel: SIMD3(i, j, k))
            guard c != 0, let f = fine.nearestVoxel(toMillimetres: coarse.centreMillimetres(ofVoxel: SIMD3(i, j, k)) + 0.0125) else { continue }
            total += 1
            if fine.label(atVoxel: f) == c { agree += 1 }
        } } }
        XCTAssertGreaterThan(total, 5000)
        XCTAssertGreaterThan(Double(agree) / Double(total), 0.6)
        let fineTop = try XCTUnwrap(TopSurfaceHeightField(volume: fine).surfaceDV(ap: .µm(5400), ml: .µm(6700)))
        let coarseTop = try XCTUnwrap(TopSurfaceHeightField(volume: coarse).surfaceDV(ap: .µm(5400), ml: .µm(6700)))
        XCTAssertEqual(fineTop, .µm(675))
        XCTAssertEqual(coarseTop.micrometres, 675, accuracy: 100)
    }
}
