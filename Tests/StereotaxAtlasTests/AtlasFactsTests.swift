import Foundation
import StereotaxAtlas
import StereotaxFrames
import StereotaxGeometry
import XCTest

/// Facts of the real atlases that any correct reading must reproduce.
final class AtlasFactsTests: XCTestCase {
    nonisolated(unsafe) private static var allenAtlas: Result<LoadedAtlas, Error>?
    nonisolated(unsafe) private static var ratAtlas: Result<LoadedAtlas, Error>?

    private func allen() throws -> LoadedAtlas {
        if Self.allenAtlas == nil { Self.allenAtlas = Result { try LoadedAtlas.open(id: "allen-ccf-2017-25um") } }
        return try Self.allenAtlas!.get()
    }

    private func rat() throws -> LoadedAtlas {
        if Self.ratAtlas == nil { Self.ratAtlas = Result { try LoadedAtlas.open(id: "whs-rat-v4-39um") } }
        return try Self.ratAtlas!.get()
    }

    /// Every label of the volume is a structure of its ontology (0 is the background).
    func testEveryLabelIsInItsOntology() throws {
        for atlas in [try allen(), try rat()] {
            let missing = atlas.volume.labelValues.filter { $0 != 0 && atlas.ontology[id: $0] == nil }
            XCTAssertEqual(missing, [], "\(atlas.manifest.id): labels without a structure")
            XCTAssertTrue(atlas.volume.labelValues.contains(0), "\(atlas.manifest.id) has background")
        }
    }

    /// The mean DV index of the voxels within a structure (and its descendants).
    private func meanIndex(of acronym: String, in atlas: LoadedAtlas) throws -> SIMD3<Double> {
        let root = try atlas.ontology.structure(acronym: acronym).structure
        let ids = Set([root.id] + (try atlas.ontology.descendants(of: root.id)).map(\.id))
        let wanted = Set(atlas.volume.labelValues.indices.filter { ids.contains(atlas.volume.labelValues[$0]) }.map(UInt16.init))
        var sum = SIMD3<Double>.zero, count = 0.0
        let s = atlas.volume.sizes
        atlas.volume.withUnsafeLabelIndices { labels in
            // Every 2nd voxel per axis is plenty for a centroid.
            for k in stride(from: 0, to: s.z, by: 2) {
                for j in stride(from: 0, to: s.y, by: 2) {
                    for i in stride(from: 0, to: s.x, by: 2) where wanted.contains(labels[i + s.x * (j + s.y * k)]) {
                        sum += SIMD3(Double(i), Double(j), Double(k)); count += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(count, 0, acronym)
        return sum / count
    }

    func testIsocortexIsDorsalOfHypothalamusAndBulbAnteriorOfCerebellum() throws {
        let atlas = try allen()
        // Allen axes: 0 AP toward posterior, 1 DV toward ventral, 2 ML toward right.
        let isocortex = try meanIndex(of: "Isocortex", in: atlas), hypothalamus = try meanIndex(of: "HY", in: atlas)
        XCTAssertLessThan(isocortex.y + 40, hypothalamus.y, "isocortex at DV index \(isocortex.y), hypothalamus \(hypothalamus.y)")
        let bulb = try meanIndex(of: "MOB", in: atlas), cerebellum = try meanIndex(of: "CB", in: atlas)
        XCTAssertLessThan(bulb.x + 200, cerebellum.x, "bulb at AP index \(bulb.x), cerebellum \(cerebellum.x)")
        // Both near the midline index 227.5.
        XCTAssertEqual(isocortex.z, 227.5, accuracy: 3)
    }

    func testRegionAtBregmaFramePointsThroughThePreset() throws {
        let atlas = try allen()
        // CCF (AP 5400, DV 675, ML 6700) µm is MOp1 (the first labelled voxel of that column);
        // through ibl-allen (bregma at AP 5400, DV 332, ML 5739) it is bregma-frame (0, 0.961, 0.343) mm.
        guard case let .structure(s, hemisphere, voxel) = try atlas.region(at: Point3(mm: 0, 0.961, 0.343)) else {
            return XCTFail("expected a structure")
        }
        XCTAssertEqual(s.acronym, "MOp1")
        XCTAssertEqual(hemisphere, .right)
        XCTAssertEqual(voxel, SIMD3(216, 27, 268))
        guard case let .structure(mirrored, left, _) = try atlas.region(at: Point3(mm: 0, -0.961 - 0.0412, 0.343)) else {
            return XCTFail("expected a structure on the left")
        }
        XCTAssertEqual(mirrored.acronym, "MOp1")
        XCTAssertEqual(left, .left)
        XCTAssertEqual(try atlas.region(at: Point3(mm: 0, 0, -3)), .outside)
        if case .unlabelled = try atlas.region(at: Point3(mm: 0, 0.961, 0.2)) {} else { XCTFail("above MOp1 is outside the brain") }
        XCTAssertThrowsError(try atlas.region(at: Point3(mm: .nan, 0, 0)))
    }

    func testRatRegionsThroughHerbsLandmarks() throws {
        let atlas = try rat()
        // 3 mm below bregma, 3.8 mm posterior, 2.2 mm right: dorsal hippocampus (dentate gyrus) in Waxholm v4.
        guard case let .structure(s, hemisphere, _) = try atlas.region(at: Point3(mm: -3.8, 2.2, 3.0)) else {
            return XCTFail("expected a structure")
        }
        XCTAssertEqual(s.name, "Dentate gyrus")
        XCTAssertEqual(hemisphere, .right)
    }

    func testResampledAnnotationRoundTripsThroughNRRD() throws {
        let coarse = try allen().volume.downsampledByBlockMode(factor: 4)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("resampled-\(UUID().uuidString).nrrd")
        defer { try? FileManager.default.removeItem(at: url) }
        try NRRDWriter.write(coarse, to: url, comment: "test")
        let back = try NRRDReader.readLabelVolume(at: url, orientation: coarse.orientation)
        XCTAssertEqual(back.sizes, SIMD3(132, 80, 114))
        XCTAssertEqual(back.voxelSizeMicrometres, SIMD3(repeating: 100))
        XCTAssertTrue(back.hasSameLabels(as: coarse))
    }
}
