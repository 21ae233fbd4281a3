import StereotaxTestSupport
import StereotaxAtlas
import StereotaxFrames
import StereotaxGeometry
import XCTest

final class SurfaceTests: XCTestCase {
    /// 12 (AP) × 10 (DV) × 14 (ML) voxels of 31.25 µm: a dome whose top in column
    /// (i, k) is at DV index 2 + |i − 6| / 2 + |k − 7| / 3, labelled 10 + DV index;
    /// columns with AP index 0 are empty.
    private func dome() throws -> LabelVolume {
        var labels: [Int] = []
        for k in 0..<14 { for j in 0..<10 { for i in 0..<12 {
            let top = 2 + abs(i - 6) / 2 + abs(k - 7) / 3
            labels.append(i > 0 && j >= top ? 10 + j : 0)
        } } }
        return try LabelVolume(sizes: SIMD3(12, 10, 14), voxelSizeMicrometres: SIMD3(repeating: 31.25), orientation: .allenPIR, labels: labels)
    }

    func testHeightFieldFirstLabelledVoxel() throws {
        let field = try TopSurfaceHeightField(volume: dome())
        for k in 0..<14 { for i in 0..<12 {
            XCTAssertEqual(field.firstLabelledDVIndex(apIndex: i, mlIndex: k), i == 0 ? nil : 2 + abs(i - 6) / 2 + abs(k - 7) / 3, "column \(i), \(k)")
        } }
        XCTAssertNil(field.firstLabelledDVIndex(apIndex: 12, mlIndex: 0))
        XCTAssertNil(field.firstLabelledDVIndex(apIndex: 3, mlIndex: -1))
        XCTAssertEqual(field.surfaceDV(ap: .mm(6 * 0.03125), ml: .mm(7 * 0.03125)), .mm(2 * 0.03125))
        XCTAssertEqual(field.surfaceDV(ap: .mm(1.5 * 0.03125), ml: .mm(7 * 0.03125)), .mm(4 * 0.03125))   // boundary → AP index 2
        XCTAssertNil(field.surfaceDV(ap: .mm(0), ml: .mm(0.1)))
        XCTAssertNil(field.surfaceDV(ap: .mm(.nan), ml: .mm(0.1)))
        let ras = try LabelVolume(sizes: SIMD3(1, 1, 1), voxelSizeMicrometres: SIMD3(1, 1, 1), orientation: .ras, labels: [1])
        XCTAssertThrowsError(try TopSurfaceHeightField(volume: ras))
    }

    func testVerticalRaysAgreeWithHeightField() throws {
        let v = try dome()
        let field = try TopSurfaceHeightField(volume: v)
        let marcher = VoxelRayMarcher(volume: v)
        let s = 0.03125
        for k in 0..<14 { for i in 0..<12 {
            let hit = marcher.firstLabelledVoxel(originMillimetres: SIMD3(Double(i) * s, -1, Double(k) * s), direction: SIMD3(0, 1, 0))
            XCTAssertEqual(hit?.voxel.y, field.firstLabelledDVIndex(apIndex: i, mlIndex: k), "column \(i), \(k)")
            if let hit, let j = field.firstLabelledDVIndex(apIndex: i, mlIndex: k) {
                XCTAssertEqual(hit.entryMillimetres.y, (Double(j) - 0.5) * s, accuracy: 1e-12)   // the voxel's top face
                XCTAssertEqual(hit.distance.millimetres, 1 + (Double(j) - 0.5) * s, accuracy: 1e-12)
                XCTAssertEqual(hit.label, 10 + j)
            }
        } }
    }

    /// Oblique rays: the DDA's first labelled voxel equals dense sampling's
    /// (steps of 1/100 voxel, nearest-voxel rule) from many origins and directions,
    /// except where the ray clips a corner of a voxel for less than a sampling step,
    /// which sampling can step over and the DDA must not.
    func testObliqueRaysMatchDenseSampling() throws {
        let v = try dome()
        let marcher = VoxelRayMarcher(volume: v)
        var rng = SplitMix64(seed: 3)
        var hits = 0, slivers = 0
        for _ in 0..<150 {
            let origin = SIMD3(rng.uniform(-0.1...0.45), rng.uniform(-0.2...0.1), rng.uniform(-0.1...0.5))
            var d = SIMD3(rng.uniform(-1...1), rng.uniform(0.05...1), rng.uniform(-1...1))
            d /= (d * d).sum().squareRoot()
            let hit = marcher.firstLabelledVoxel(originMillimetres: origin, direction: d)
            var reference: SIMD3<Int>?
            var t = 0.0
            while t < 1.5 {
                if let voxel = v.nearestVoxel(toMillimetres: origin + d * t), v.labelIndex(atVoxel: voxel) != 0 { reference = voxel; break }
                t += 0.03125 / 100
            }
            let step = 0.03125 / 100
            if let hit, hit.voxel != reference {
                // A sliver: the ray leaves the DDA's voxel within a step of entering it.
                let lower = (SIMD3<Double>(hit.voxel) - 0.5) * 0.03125, upper = lower + 0.03125
                var exits: [Double] = []
                for a in 0..<3 where d[a] != 0 {
                    let face: Double = d[a] > 0 ? upper[a] : lower[a]
                    exits.append((face - origin[a]) / d[a])
                }
                XCTAssertLessThan(exits.min()! - hit.distance.millimetres, 2 * step, "origin \(origin) direction \(d)")
                XCTAssertLessThan(hit.distance.millimetres, t)
                slivers += 1
            } else {
                XCTAssertEqual(hit?.voxel, reference, "origin \(origin) direction \(d)")
                if let hit { XCTAssertEqual(hit.distance.millimetres, t, accuracy: 2 * step) }
            }
            if hit != nil { hits += 1 }
        }
        XCTAssertGreaterThan(hits, 25)
        XCTAssertLessThan(slivers, 4)
    }

    func testRayEdgeCases() throws {
        let v = try dome()
        let marcher = VoxelRayMarcher(volume: v)
        let s = 0.03125
        // Starting inside a labelled voxel: distance 0 at the origin.
        let inside = marcher.firstLabelledVoxel(originMillimetres: SIMD3(6 * s, 5 * s, 7 * s), direction: SIMD3(0, -1, 0))
        XCTAssertEqual(inside?.voxel, SIMD3(6, 5, 7))
        XCTAssertEqual(inside?.distance, .zero)
        // Upward from below the volume: enters through the bottom face, labelled at once.
        let up = marcher.firstLabelledVoxel(originMillimetres: SIMD3(6 * s, 1, 7 * s), direction: SIMD3(0, -1, 0))
        XCTAssertEqual(up?.voxel, SIMD3(6, 9, 7))
        XCTAssertEqual(up?.entryMillimetres.y ?? 0, 9.5 * s, accuracy: 1e-12)
        // Missing: along an empty column, away from the volume, parallel outside it.
        XCTAssertNil(marcher.firstLabelledVoxel(originMillimetres: SIMD3(0, -1, 7 * s), direction: SIMD3(0, 1, 0)))
        XCTAssertNil(marcher.firstLabelledVoxel(originMillimetres: SIMD3(6 * s, -1, 7 * s), direction: SIMD3(0, -1, 0)))
        XCTAssertNil(marcher.firstLabelledVoxel(originMillimetres: SIMD3(-1, -1, 7 * s), direction: SIMD3(1, 0, 0)))
        XCTAssertNil(marcher.firstLabelledVoxel(originMillimetres: SIMD3(6 * s, -1, 7 * s), direction: SIMD3(0, 1, 0), maximumDistance: .mm(0.5)))
        XCTAssertNil(marcher.firstLabelledVoxel(originMillimetres: SIMD3(.nan, 0, 0), direction: SIMD3(0, 1, 0)))
        XCTAssertNil(marcher.firstLabelledVoxel(originMillimetres: SIMD3(0, 0, 0), direction: .zero))
        XCTAssertNil(marcher.firstLabelledVoxel(originMillimetres: SIMD3(0, 0, 0), direction: SIMD3(0, .infinity, 0)))
        // Absurdly far away: no overflow, and the answer where precision allows.
        XCTAssertNil(marcher.firstLabelledVoxel(originMillimetres: SIMD3(1e300, -1e300, 3), direction: SIMD3(-1, 1, 0)))
        XCTAssertEqual(marcher.firstLabelledVoxel(originMillimetres: SIMD3(6 * s, -1e6, 7 * s), direction: SIMD3(0, 1, 0))?.voxel, SIMD3(6, 2, 7))
        // Distances are millimetres whatever the direction's length.
        let long = marcher.firstLabelledVoxel(originMillimetres: SIMD3(6 * s, -1, 7 * s), direction: SIMD3(0, 7, 0))
        XCTAssertEqual(long?.distance.millimetres ?? 0, 1 + 1.5 * s, accuracy: 1e-12)
        XCTAssertEqual(marcher.firstLabelledVoxel(originMillimetres: SIMD3(6 * s, -1, 7 * s), direction: SIMD3(0, 1, 0),
                                                  maximumDistance: .mm(1 + 1.5 * s))?.voxel, SIMD3(6, 2, 7))
        // Horizontal along AP through DV index 5 from the anterior side: first labelled AP index 1.
        let along = marcher.firstLabelledVoxel(originMillimetres: SIMD3(-1, 5 * s, 7 * s), direction: SIMD3(1, 0, 0))
        XCTAssertEqual(along?.voxel, SIMD3(1, 5, 7))
        XCTAssertEqual(along?.entryMillimetres.x ?? 0, 0.5 * s, accuracy: 1e-12)
    }

    /// Bregma → CCF as iblatlas places bregma (ML 5739, AP 5400, DV 332 µm), no scaling.
    static let bregmaToCCF = FrameTransform<Frame.Bregma, Frame.CCF>(
        AffineTransform3(linear: Matrix3(rows: SIMD3(-1, 0, 0), SIMD3(0, 0, 1), SIMD3(0, 1, 0)),
                         translation: SIMD3(5.4, 0.332, 5.739)),
        choices: ["bregma in CCF: ML 5739, AP 5400, DV 332 µm"])

    func testBrainSurfaceAdapterOnSyntheticDome() throws {
        let v = try dome()
        let s = 0.03125
        let toCCF = FrameTransform<Frame.Bregma, Frame.CCF>(AffineTransform3(
            linear: Matrix3(rows: SIMD3(-1, 0, 0), SIMD3(0, 0, 1), SIMD3(0, 1, 0)), translation: SIMD3(6 * s, 0, 7 * s)),
            choices: ["test placement"])
        let surface = try AtlasBrainSurface(volume: v, bregmaToCCF: toCCF, atlasName: "dome")
        XCTAssertEqual(surface.surfaceName, "dome first labelled voxel via test placement")
        // Straight down at bregma: CCF column (6, 7), top at DV index 2, face at 1.5 s.
        let down = try XCTUnwrap(Ray3(origin: Point3<Frame.Bregma>(ap: .zero, ml: .zero, dv: .mm(-1)), direction: Vector3(mm: 0, 0, 1)))
        let entry = try XCTUnwrap(surface.entry(along: down))
        XCTAssertEqual(entry.dv.millimetres, 1.5 * s, accuracy: 1e-12)
        XCTAssertEqual(entry.ap.millimetres, 0, accuracy: 1e-12)
        // An oblique ray gives the marcher's answer mapped back.
        let d = Vector3<Frame.Bregma>(mm: 0.05, 0.03, 1)
        let oblique = try XCTUnwrap(Ray3(origin: Point3<Frame.Bregma>(ap: .zero, ml: .zero, dv: .mm(-0.2)), direction: d))
        let hit = try XCTUnwrap(VoxelRayMarcher(volume: v).firstLabelledVoxel(
            originMillimetres: toCCF.apply(oblique.origin).millimetres, direction: toCCF.apply(oblique.direction).millimetres))
        let obliqueEntry = try XCTUnwrap(surface.entry(along: oblique))
        XCTAssertLessThan((toCCF.apply(obliqueEntry).millimetres - hit.entryMillimetres).max(), 1e-12)
        // Starting inside the brain: the origin itself.
        let inside = try XCTUnwrap(Ray3(origin: Point3<Frame.Bregma>(ap: .zero, ml: .zero, dv: .mm(5 * s)), direction: Vector3(mm: 0, 0, 1)))
        XCTAssertEqual(surface.entry(along: inside), inside.origin)
        // Upward from above: never enters.
        let upward = try XCTUnwrap(Ray3(origin: Point3<Frame.Bregma>(ap: .zero, ml: .zero, dv: .mm(-1)), direction: Vector3(mm: 0, 0, -1)))
        XCTAssertNil(surface.entry(along: upward))
    }
}

/// The real Allen surface.
final class AllenSurfaceTests: XCTestCase {
    nonisolated(unsafe) private static var field: TopSurfaceHeightField?

    private func heightField() throws -> TopSurfaceHeightField {
        if let f = Self.field { return f }
        let f = try TopSurfaceHeightField(volume: AllenFixture.volume())
        Self.field = f
        return f
    }

    /// At CCF AP 5400 µm, ML 6700 µm the first labelled voxel going down is DV 675 µm, MOp1.
    func testFirstLabelledVoxelAtMOp() throws {
        let field = try heightField()
        XCTAssertEqual(field.firstLabelledDVIndex(apIndex: 216, mlIndex: 268), 27)
        XCTAssertEqual(field.surfaceDV(ap: .µm(5400), ml: .µm(6700)), .µm(675))
        let mop1 = try XCTUnwrap(AtlasTestData.allenStructures()["MOp1"]?.id)
        XCTAssertEqual(try AllenFixture.volume().label(atVoxel: SIMD3(216, 27, 268)), mop1)
        XCTAssertNil(field.firstLabelledDVIndex(apIndex: 0, mlIndex: 228))     // AP index 0 is in front of the brain
    }

    /// Vertical rays from above the volume stop in the height field's voxel, on a grid of columns.
    func testRayMarcherAgreesWithHeightField() throws {
        let v = try AllenFixture.volume()
        let field = try heightField()
        let marcher = VoxelRayMarcher(volume: v)
        var labelledColumns = 0
        for k in stride(from: 0, to: v.sizes.z, by: 6) { for i in stride(from: 0, to: v.sizes.x, by: 6) {
            let hit = marcher.firstLabelledVoxel(originMillimetres: SIMD3(Double(i) * 0.025, -1, Double(k) * 0.025), direction: SIMD3(0, 1, 0))
            XCTAssertEqual(hit?.voxel.y, field.firstLabelledDVIndex(apIndex: i, mlIndex: k), "column AP \(i), ML \(k)")
            if hit != nil { labelledColumns += 1 }
        } }
        XCTAssertGreaterThan(labelledColumns, 2000)
    }

    /// Through the adapter, from bregma coordinates: straight down at AP 0, ML +0.961 mm
    /// (CCF AP 5400, ML 6700 µm) the brain starts at the top face of DV voxel 27,
    /// CCF DV 662.5 µm, i.e. bregma DV 662.5 − 332 = 330.5 µm.
    func testBrainSurfaceProviderFromBregma() throws {
        let surface = try AtlasBrainSurface(volume: AllenFixture.volume(), bregmaToCCF: SurfaceTests.bregmaToCCF,
                                            atlasName: "allen-ccf-2017 annotation 25 µm")
        XCTAssertTrue(surface.surfaceName.contains("bregma in CCF: ML 5739, AP 5400, DV 332 µm"))
        let ray = try XCTUnwrap(Ray3(origin: Point3<Frame.Bregma>(ap: .zero, ml: .mm(0.961), dv: .mm(-2)), direction: Vector3(mm: 0, 0, 1)))
        let entry = try XCTUnwrap(surface.entry(along: ray))
        XCTAssertEqual(entry.dv.micrometres, 330.5, accuracy: 1e-6)
        XCTAssertEqual(entry.ml.millimetres, 0.961, accuracy: 1e-12)
        XCTAssertEqual(entry.ap.millimetres, 0, accuracy: 1e-12)
    }
}
