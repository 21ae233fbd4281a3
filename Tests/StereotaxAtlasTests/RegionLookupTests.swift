import StereotaxTestSupport
import StereotaxAtlas
import StereotaxGeometry
import XCTest

final class RegionLookupTests: XCTestCase {
    /// 4 (AP) × 3 (DV) × 6 (ML) voxels of 25 µm; label = 10·ML index + AP index, except DV index 0 (unlabelled).
    private func volume() throws -> LabelVolume {
        var labels: [Int] = []
        for k in 0..<6 { for j in 0..<3 { for i in 0..<4 { labels.append(j == 0 ? 0 : 10 * k + i + 1) } } }
        return try LabelVolume(sizes: SIMD3(4, 3, 6), voxelSizeMicrometres: SIMD3(25, 25, 25), orientation: .allenPIR, labels: labels)
    }

    private func ccf(_ ap: Double, _ dv: Double, _ ml: Double) -> Point3<Frame.CCF> {
        Point3(ap: .mm(ap), dv: .mm(dv), ml: .mm(ml))
    }

    func testNearestVoxelRuleAtBoundaries() throws {
        let lookup = try RegionLookup(volume: volume())
        XCTAssertEqual(lookup.midlineIndex, 2.5)
        // Voxel (1, 1, 2) is centred at (0.025, 0.025, 0.050) mm.
        XCTAssertEqual(try lookup.lookup(ccf(0.025, 0.025, 0.050)), .structure(id: 22, hemisphere: .left))
        XCTAssertEqual(try lookup.lookup(ccf(0.0375, 0.025, 0.050)), .structure(id: 23, hemisphere: .left))   // boundary → next voxel
        XCTAssertEqual(try lookup.lookup(ccf(0.0375 - 1e-9, 0.025, 0.050)), .structure(id: 22, hemisphere: .left))
        XCTAssertEqual(try lookup.lookup(ccf(0.025, 0.025, 0.0625)), .structure(id: 32, hemisphere: .right))  // ML boundary → index 3
        XCTAssertEqual(try lookup.lookup(ccf(0.025, 0.0125 - 1e-9, 0.050)), .unlabelled)
        XCTAssertEqual(try lookup.lookup(ccf(0.025, 0.0125, 0.050)), .structure(id: 22, hemisphere: .left))
        XCTAssertEqual(try lookup.lookup(ccf(-0.0125, 0.025, 0.050)), .structure(id: 21, hemisphere: .left))
        XCTAssertEqual(try lookup.lookup(ccf(-0.0125 - 1e-9, 0.025, 0.050)), .outside)
        XCTAssertEqual(try lookup.lookup(ccf(0.0875, 0.025, 0.050)), .outside)                                // AP index 4
        XCTAssertEqual(try lookup.lookup(ccf(0.0875 - 1e-9, 0.025, 0.050)), .structure(id: 24, hemisphere: .left))
        XCTAssertEqual(try lookup.lookup(ccf(0, 0.025, 0.1375)), .outside)                                     // ML index 6
    }

    func testHemisphereAgainstMidline() throws {
        let v = try volume()
        let lookup = try RegionLookup(volume: v)
        XCTAssertEqual((0..<6).map { lookup.hemisphere(mlIndex: $0) }, [.left, .left, .left, .right, .right, .right])
        let integral = try RegionLookup(volume: v, midlineIndex: 2)
        XCTAssertEqual(try integral.lookup(ccf(0, 0.025, 0.050)), .structure(id: 21, hemisphere: .midline))
        XCTAssertEqual(integral.hemisphere(mlIndex: 3), .right)
        XCTAssertThrowsError(try RegionLookup(volume: v, midlineIndex: 5.5))
        XCTAssertThrowsError(try RegionLookup(volume: v, midlineIndex: .nan))
        let ras = try LabelVolume(sizes: SIMD3(1, 1, 1), voxelSizeMicrometres: SIMD3(1, 1, 1), orientation: .ras, labels: [1])
        XCTAssertThrowsError(try RegionLookup(volume: ras)) { XCTAssertEqual($0 as? RegionLookupError, .notCCFAxes(orientation: "RAS")) }
    }

    func testNaNAndInfinityAreErrors() throws {
        let lookup = try RegionLookup(volume: volume())
        for bad in [ccf(.nan, 0, 0), ccf(0, .infinity, 0), ccf(0, 0, -.infinity)] {
            XCTAssertThrowsError(try lookup.lookup(bad)) {
                guard case .notFinite(nil, _)? = $0 as? RegionLookupError else { return XCTFail("\($0)") }
            }
        }
        var points = (0..<10).map { ccf(Double($0) * 0.01, 0.02, 0.03) }
        points[7] = ccf(0, .nan, 0)
        XCTAssertThrowsError(try lookup.lookup(points)) {
            guard case .notFinite(7, _)? = $0 as? RegionLookupError else { return XCTFail("\($0)") }
        }
        let flat = points.flatMap { [$0.millimetres.x, $0.millimetres.y, $0.millimetres.z] }
        try flat.withUnsafeBufferPointer { buffer in
            XCTAssertThrowsError(try lookup.lookup(ccfMillimetreTriples: buffer)) {
                guard case .notFinite(7, _)? = $0 as? RegionLookupError else { return XCTFail("\($0)") }
            }
            XCTAssertThrowsError(try lookup.lookup(ccfMillimetreTriples: UnsafeBufferPointer(rebasing: buffer[0..<10]))) {
                XCTAssertEqual($0 as? RegionLookupError, .bufferLength(count: 10))
            }
        }
    }

    /// Batches (split across cores) give exactly the single-point answers.
    func testBatchMatchesSinglePoints() throws {
        let lookup = try RegionLookup(volume: volume())
        var rng = SplitMix64(seed: 11)
        let points = (0..<10_000).map { _ in ccf(rng.uniform(-0.03...0.12), rng.uniform(-0.03...0.09), rng.uniform(-0.03...0.16)) }
        let single = try points.map { try lookup.lookup($0) }
        XCTAssertEqual(try lookup.lookup(points), single)
        let flat = points.flatMap { [$0.millimetres.x, $0.millimetres.y, $0.millimetres.z] }
        XCTAssertEqual(try flat.withUnsafeBufferPointer { try lookup.lookup(ccfMillimetreTriples: $0) }, single)
        XCTAssertTrue(single.contains(.outside) && single.contains(.unlabelled) && single.contains { $0.structureID != nil })
        XCTAssertEqual(try lookup.lookup([]), [])
    }

    /// The batch paths apply the single-point rule at voxel boundaries and volume edges,
    /// including the boundary tolerance (points typed exactly on a boundary, and 1e-9 mm off it).
    func testBatchFollowsTheBoundaryRule() throws {
        let lookup = try RegionLookup(volume: volume())
        var points: [Point3<Frame.CCF>] = []
        for ap in [-0.0125 - 1e-9, -0.0125, 0.0125, 0.0375 - 1e-9, 0.0375, 0.0875 - 1e-9, 0.0875] {
            for dv in [-0.0125, 0.0125 - 1e-9, 0.0125, 0.0625 - 1e-9, 0.0625] {
                for ml in [-0.0125 - 1e-9, 0.0625 - 1e-9, 0.0625, 0.1375 - 1e-9, 0.1375] { points.append(ccf(ap, dv, ml)) }
            }
        }
        let single = try points.map { try lookup.lookup($0) }
        XCTAssertEqual(single.filter { $0 == .outside }.count, 7 * 5 * 5 - 5 * 4 * 3)  // in: 5 AP, 4 DV, 3 ML values
        XCTAssertEqual(try lookup.lookup(points), single)
        let flat = points.flatMap { [$0.millimetres.x, $0.millimetres.y, $0.millimetres.z] }
        XCTAssertEqual(try flat.withUnsafeBufferPointer { try lookup.lookup(ccfMillimetreTriples: $0) }, single)
    }

    /// Batches cut into blocks of 512 points and split across cores: every count
    /// around a block or split edge gives the single-point answers, in order.
    func testBatchMatchesSinglePointsAtBlockAndSplitEdges() throws {
        let lookup = try RegionLookup(volume: volume())
        var rng = SplitMix64(seed: 12)
        let points = (0..<4_100).map { _ in ccf(rng.uniform(-0.03...0.12), rng.uniform(-0.03...0.09), rng.uniform(-0.03...0.16)) }
        let single = try points.map { try lookup.lookup($0) }
        for count in [1, 511, 512, 513, 1_025, 4_095, 4_096, 4_097, 4_100] {
            let batch = try lookup.lookup(Array(points[..<count]))
            XCTAssertEqual(batch, Array(single[..<count]), "\(count) points")
        }
    }

    /// 20³ voxels: label 1 for ML index < 10, label 2 from 10 on.
    private func halves() throws -> RegionLookup {
        var labels: [Int] = []
        for k in 0..<20 { for _ in 0..<400 { labels.append(k < 10 ? 1 : 2) } }
        return try RegionLookup(volume: LabelVolume(sizes: SIMD3(20, 20, 20), voxelSizeMicrometres: SIMD3(25, 25, 25),
                                                    orientation: .allenPIR, labels: labels))
    }

    func testNeighbourhoodFractions() throws {
        let lookup = try halves()
        let s = 0.025
        // Centred on the plane between the halves: half and half.
        let split = try lookup.neighbourhood(of: ccf(10 * s, 10 * s, 9.5 * s), radius: .mm(5 * s))
        XCTAssertEqual(split.count, 2)
        XCTAssertEqual(split.first { $0.region == .structure(id: 1) }?.volumeFraction ?? 0, 0.5, accuracy: 1e-12)
        XCTAssertEqual(split.first { $0.region == .structure(id: 2) }?.volumeFraction ?? 0, 0.5, accuracy: 1e-12)
        // Centre 1.6 s before the plane, radius 6.4 s: the cap beyond it has height
        // h = 0.75 r and holds h²(3r − h)/(4r³) = 0.31640625 of the sphere.
        let cap = try lookup.neighbourhood(of: ccf(10 * s, 10 * s, 9.5 * s - 1.6 * s), radius: .mm(6.4 * s))
        XCTAssertEqual(cap.first { $0.region == .structure(id: 2) }?.volumeFraction ?? 0, 0.31640625, accuracy: 0.005)
        XCTAssertEqual(cap.first?.region, .structure(id: 1))
        // Wholly inside one half.
        XCTAssertEqual(try lookup.neighbourhood(of: ccf(10 * s, 10 * s, 4 * s), radius: .mm(3 * s)),
                       [NeighbourhoodShare(region: .structure(id: 1), volumeFraction: 1)])
        // At the volume's corner (the outer face of voxel 0): 7/8 lies outside.
        let corner = try lookup.neighbourhood(of: ccf(-0.5 * s, -0.5 * s, -0.5 * s), radius: .mm(4 * s))
        XCTAssertEqual(corner.first?.region, .outside)
        XCTAssertEqual(corner.first?.volumeFraction ?? 0, 7.0 / 8, accuracy: 0.01)
        XCTAssertEqual(corner.map(\.volumeFraction).reduce(0, +), 1, accuracy: 1e-12)
        // Smaller than a sub-voxel.
        XCTAssertEqual(try lookup.neighbourhood(of: ccf(0.1, 0.1, 0.4), radius: .µm(0.01)),
                       [NeighbourhoodShare(region: .structure(id: 2), volumeFraction: 1)])
        // Far outside, even absurdly far: all outside, no overflow.
        XCTAssertEqual(try lookup.neighbourhood(of: ccf(50, 50, 50), radius: .mm(1)),
                       [NeighbourhoodShare(region: .outside, volumeFraction: 1)])
        XCTAssertEqual(try lookup.neighbourhood(of: ccf(1e300, 0, 0), radius: .mm(1e200)).first?.region, .outside)
        for bad in [0.0, -1, .nan, .infinity] {
            XCTAssertThrowsError(try lookup.neighbourhood(of: ccf(0.1, 0.1, 0.1), radius: .mm(bad)))
        }
        XCTAssertThrowsError(try lookup.neighbourhood(of: ccf(.nan, 0.1, 0.1), radius: .mm(0.1)))
    }
}

/// Region look-up on the real Allen volume.
final class AllenRegionLookupTests: XCTestCase {
    private func ccf(_ ap: Double, _ dv: Double, _ ml: Double) -> Point3<Frame.CCF> {
        Point3(ap: .µm(ap), dv: .µm(dv), ml: .µm(ml))
    }

    /// At AP 5400, ML 6700 µm: DV 675 µm is MOp1 (right hemisphere, ML index 268);
    /// the voxel above is unlabelled; the mirror point (ML index 187) is MOp1 on the left.
    func testPrimaryMotorLayerOne() throws {
        let lookup = try RegionLookup(volume: AllenFixture.volume())
        let mop1 = try XCTUnwrap(AtlasTestData.allenStructures()["MOp1"]?.id)
        XCTAssertEqual(lookup.midlineIndex, 227.5)
        XCTAssertEqual(try lookup.lookup(ccf(5400, 675, 6700)), .structure(id: mop1, hemisphere: .right))
        XCTAssertEqual(try lookup.lookup(ccf(5400, 650, 6700)), .unlabelled)
        XCTAssertEqual(try lookup.lookup(ccf(5400, 675, 187 * 25)), .structure(id: mop1, hemisphere: .left))
        XCTAssertEqual(try lookup.lookup(ccf(5400, 675, -100)), .outside)
        let shares = try lookup.neighbourhood(of: ccf(5400, 675, 6700), radius: .µm(60))
        XCTAssertTrue(shares.contains { $0.region == .structure(id: mop1) })
        XCTAssertEqual(shares.map(\.volumeFraction).reduce(0, +), 1, accuracy: 1e-9)
    }

    /// Every olfactory-bulb voxel (MOB, AOB and below) lies anterior (smaller AP
    /// index) of every cerebellum voxel (CB and below); sampled on a 3-voxel grid.
    func testOlfactoryBulbAnteriorOfCerebellum() throws {
        let v = try AllenFixture.volume()
        let bulb = try AtlasTestData.allenDescendants(of: "MOB").union(AtlasTestData.allenDescendants(of: "AOB"))
        let cerebellum = try AtlasTestData.allenDescendants(of: "CB")
        let isBulb = v.labelValues.map { bulb.contains($0) }, isCerebellum = v.labelValues.map { cerebellum.contains($0) }
        var bulbMaxAP = -1, cerebellumMinAP = Int.max, bulbCount = 0, cerebellumCount = 0
        v.withUnsafeLabelIndices { indices in
            for k in stride(from: 0, to: v.sizes.z, by: 3) { for j in stride(from: 0, to: v.sizes.y, by: 3) {
                let row = v.sizes.x * (j + v.sizes.y * k)
                for i in stride(from: 0, to: v.sizes.x, by: 3) {
                    let index = Int(indices[row + i])
                    if isBulb[index] { bulbMaxAP = max(bulbMaxAP, i); bulbCount += 1 }
                    if isCerebellum[index] { cerebellumMinAP = min(cerebellumMinAP, i); cerebellumCount += 1 }
                }
            } }
        }
        XCTAssertGreaterThan(bulbCount, 1000)
        XCTAssertGreaterThan(cerebellumCount, 1000)
        XCTAssertLessThan(bulbMaxAP, cerebellumMinAP)
        XCTAssertLessThan(bulbMaxAP, 200)          // the bulb is in the front part of the 528-voxel AP axis
        XCTAssertGreaterThan(cerebellumMinAP, 330)
    }

    /// The labels are nearly, not exactly, mirror-symmetric about ML index 227.5:
    /// of the labelled voxels (either side non-zero; every 5th AP and DV index), the fraction whose mirror
    /// (k ↦ 2m − k) differs is smallest for m = 227.5 among planes half a voxel apart.
    func testMirrorPlaneIsMidline() throws {
        let v = try AllenFixture.volume()
        let n = v.sizes
        var fractions: [Double: Double] = [:]
        v.withUnsafeLabelIndices { indices in
            for twiceM in 453...457 {
                var differing = 0, labelled = 0
                for k in 0..<n.z {
                    let mirror = twiceM - k
                    guard mirror >= 0, mirror < n.z else { continue }
                    for j in stride(from: 0, to: n.y, by: 5) {
                        let a = n.x * (j + n.y * k), b = n.x * (j + n.y * mirror)
                        for i in stride(from: 0, to: n.x, by: 5) {
                            let x = indices[a + i], y = indices[b + i]
                            if x != 0 || y != 0 { labelled += 1; if x != y { differing += 1 } }
                        }
                    }
                }
                fractions[Double(twiceM) / 2] = Double(differing) / Double(labelled)
            }
        }
        let best = try XCTUnwrap(fractions.min { $0.value < $1.value })
        XCTAssertEqual(best.key, 227.5)
        XCTAssertGreaterThan(best.value, 0, "not exactly symmetric")
        XCTAssertLessThan(best.value, 0.1)
        print("Allen 25 µm mirror asymmetry by plane (fraction of labelled voxels differing):",
              fractions.sorted { $0.key < $1.key }.map { "\($0.key): \(String(format: "%.4f", $0.value))" }.joined(separator: ", "))
    }
}
