import Foundation
import StereotaxAtlas
import StereotaxFrames
import StereotaxGeometry
import XCTest

/// The `LoadedAtlas` facade on the real Allen atlas (found through `STEREOTAX_ATLAS_PATH`).
final class LoadedAtlasTests: XCTestCase {
    nonisolated(unsafe) private static var shared: Result<LoadedAtlas, Error>?

    /// The Allen atlas through `ibl-allen`, opened once for the suite.
    private func allen() throws -> LoadedAtlas {
        if Self.shared == nil { Self.shared = Result { try LoadedAtlas.open(id: "allen-ccf-2017-25um") } }
        return try Self.shared!.get()
    }

    private func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("loaded-atlas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func testOpeningTwiceUsesTheCache() throws {
        let first = try allen()
        let second = try LoadedAtlas.open(id: "allen-ccf-2017-25um")
        XCTAssertEqual(second.volumeLoad, .warm)
        XCTAssertTrue(second.volume.isMemoryMapped)
        XCTAssertEqual(second.volume.sizes, SIMD3(528, 320, 456))
        XCTAssertEqual(second.volume.voxelSizeMicrometres, SIMD3(repeating: 25))
        XCTAssertEqual(second.volume.label(atVoxel: SIMD3(216, 27, 268)), first.volume.label(atVoxel: SIMD3(216, 27, 268)))
        XCTAssertEqual(second.ontology.count, first.ontology.count)
        XCTAssertEqual(second.files["annotation"]?.lastPathComponent, "annotation_25.nrrd")
    }

    func testMissingAnnotationNamesFileChecksumAndSource() throws {
        let empty = try temporaryDirectory()
        XCTAssertThrowsError(try LoadedAtlas.open(id: "allen-ccf-2017-25um", searchPath: AtlasSearchPath(directories: [empty]))) { error in
            guard case let AtlasDataError.missing(file, sha, source, searched)? = error as? AtlasDataError else {
                return XCTFail("expected AtlasDataError.missing, got \(error)")
            }
            XCTAssertEqual(file, "allen-ccf-2017/annotation_25.nrrd")
            XCTAssertEqual(sha, "c620cbcc562183e4dcd40250d440130501781f74b41de35b1c1bdabace290c42")
            XCTAssertTrue(source.contains("download.alleninstitute.org"), source)
            XCTAssertEqual(searched, [empty.path])
            XCTAssertTrue("\(error)".contains("allen-ccf-2017/annotation_25.nrrd"))
        }
    }

    func testMissingOntologyNamesItsFile() throws {
        let root = try temporaryDirectory()
        let folder = root.appendingPathComponent("allen-ccf-2017")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let annotation = try XCTUnwrap(AtlasSearchPath.standard().locate("allen-ccf-2017/annotation_25.nrrd"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("annotation_25.nrrd"), withDestinationURL: annotation)
        XCTAssertThrowsError(try LoadedAtlas.open(id: "allen-ccf-2017-25um", searchPath: AtlasSearchPath(directories: [root]))) { error in
            guard case let AtlasDataError.missing(file, sha, _, _)? = error as? AtlasDataError else {
                return XCTFail("expected AtlasDataError.missing, got \(error)")
            }
            XCTAssertEqual(file, "allen-ccf-2017/structures.csv")
            XCTAssertEqual(sha, "235fcd683a0d01a23381d0a07408d72d334b7721d6547d1c0584c6363b58b4b4")
        }
    }

    func testWrongChecksumIsRefused() throws {
        let root = try temporaryDirectory()
        let folder = root.appendingPathComponent("allen-ccf-2017")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let annotation = try XCTUnwrap(AtlasSearchPath.standard().locate("allen-ccf-2017/annotation_25.nrrd"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("annotation_25.nrrd"), withDestinationURL: annotation)
        try Data("id,acronym\n".utf8).write(to: folder.appendingPathComponent("structures.csv"))
        XCTAssertThrowsError(try LoadedAtlas.open(id: "allen-ccf-2017-25um", searchPath: AtlasSearchPath(directories: [root]))) { error in
            guard case let AtlasDataError.checksumMismatch(file, expected, _)? = error as? AtlasDataError else {
                return XCTFail("expected AtlasDataError.checksumMismatch, got \(error)")
            }
            XCTAssertTrue(file.hasSuffix("allen-ccf-2017/structures.csv"), file)
            XCTAssertEqual(expected, "235fcd683a0d01a23381d0a07408d72d334b7721d6547d1c0584c6363b58b4b4")
        }
    }

    func testPresetOfAnotherAtlasIsRefused() {
        XCTAssertThrowsError(try LoadedAtlas.open(id: "allen-ccf-2017-25um", transform: .waxholm(.herbs))) { error in
            XCTAssertEqual(error as? LoadedAtlasError, .presetNotForAtlas(
                atlas: "allen-ccf-2017-25um", preset: "herbs-whs",
                available: (try? AtlasManifest.bundled(id: "allen-ccf-2017-25um").stereotaxicTransforms) ?? []))
        }
    }

    func testBregmaOfIBLAllenMapsIntoTheVolume() throws {
        let atlas = try allen()
        XCTAssertEqual(atlas.transform.presetName, "ibl-allen")
        let toCCF = try XCTUnwrap(atlas.bregmaToCCF)
        XCTAssertNil(atlas.bregmaToWaxholm)
        XCTAssertTrue(toCCF.choices.contains { $0.contains("ibl-allen") }, "\(toCCF.choices)")
        // iblatlas' bregma: AP 5400, DV 332, ML 5739 µm in CCF.
        let bregma = toCCF.apply(Point3<Frame.Bregma>.origin).millimetres
        XCTAssertEqual(bregma.x, 5.400, accuracy: 1e-12)
        XCTAssertEqual(bregma.y, 0.332, accuracy: 1e-12)
        XCTAssertEqual(bregma.z, 5.739, accuracy: 1e-12)
        XCTAssertEqual(atlas.bregmaToVolume.apply(.origin).millimetres, bregma)
        XCTAssertEqual(atlas.volume.nearestVoxel(toMillimetres: bregma), SIMD3(216, 13, 230))
        // 1 mm anterior of bregma is 1 mm smaller CCF AP; 1 mm right is larger CCF ML; 1 mm ventral larger CCF DV.
        let moved = toCCF.apply(Point3<Frame.Bregma>(ap: .mm(1), ml: .mm(1), dv: .mm(1))).millimetres
        XCTAssertEqual(moved.x, 4.400, accuracy: 1e-12)
        XCTAssertEqual(moved.y, 1.332, accuracy: 1e-12)
        XCTAssertEqual(moved.z, 6.739, accuracy: 1e-12)
    }

    /// The first labelled voxel below bregma, found by walking the column of the volume.
    private func firstLabelledDVIndex(_ atlas: LoadedAtlas, ap: Int, ml: Int) -> Int? {
        (0..<atlas.volume.sizes.y).first { atlas.volume.labelIndex(atVoxel: SIMD3(ap, $0, ml)) != 0 }
    }

    func testSurfaceAboveBregmaExists() throws {
        let atlas = try allen()
        let ray = try XCTUnwrap(Ray3(origin: Point3<Frame.Bregma>(ap: .zero, ml: .zero, dv: .mm(-5)), direction: Vector3(mm: 0, 0, 1)))
        let entry = try XCTUnwrap(atlas.surface.entry(along: ray))
        let j = try XCTUnwrap(firstLabelledDVIndex(atlas, ap: 216, ml: 230))
        // The entry is the top face of that voxel: (j − ½)·25 µm in CCF, less bregma's 332 µm.
        XCTAssertEqual(entry.dv.millimetres, (Double(j) - 0.5) * 0.025 - 0.332, accuracy: 1e-9)
        XCTAssertEqual(entry.ap.millimetres, 0, accuracy: 1e-12)
        XCTAssertEqual(entry.ml.millimetres, 0, accuracy: 1e-12)
        XCTAssertGreaterThan(entry.dv.millimetres, 0, "the brain's surface lies below bregma on the skull")
        XCTAssertTrue(atlas.surface.surfaceName.contains("ibl-allen"), atlas.surface.surfaceName)
    }

    func testScaledSurfaceIsThePresetSurfaceStretched() throws {
        let atlas = try allen()
        // Lambda measured 4.62 mm behind bregma against ibl-allen's 4.2 mm: AP × 1.1.
        let landmarks = SkullLandmarks(lambda: .measured(Point3(ap: .mm(-4.62), ml: .zero, dv: .zero)))
        let scaling = try atlas.bregmaLambdaScaling(for: landmarks)
        XCTAssertEqual(scaling.factor, 1.1, accuracy: 1e-12)
        let scaled = atlas.surface(scaling: scaling)
        let down = Vector3<Frame.Bregma>(mm: 0, 0, 1)
        for (ap, ml) in [(1.0, 0.5), (-2.0, 1.5), (-3.0, -2.0)] {
            let plain = try XCTUnwrap(atlas.surface.entry(along: XCTUnwrap(Ray3(origin: Point3(ap: .mm(ap), ml: .mm(ml), dv: .mm(-5)), direction: down))))
            let stretched = try XCTUnwrap(scaled.entry(along: XCTUnwrap(Ray3(origin: Point3(ap: .mm(1.1 * ap), ml: .mm(ml), dv: .mm(-5)), direction: down))))
            XCTAssertEqual(stretched.ap.millimetres, 1.1 * plain.ap.millimetres, accuracy: 1e-9)
            XCTAssertEqual(stretched.ml.millimetres, plain.ml.millimetres, accuracy: 1e-9)
            XCTAssertEqual(stretched.dv.millimetres, plain.dv.millimetres, accuracy: 1e-9)
        }
        XCTAssertTrue(scaled.surfaceName.contains("bregma-lambda scaling"), scaled.surfaceName)
    }

    func testConversionContextCarriesTransformAndSurface() throws {
        let atlas = try allen()
        let plain = try atlas.conversionContext(landmarks: .defaults(for: .mouse))
        let toCCF = try XCTUnwrap(plain.atlasTransform)
        XCTAssertEqual(toCCF.apply(.origin).millimetres, SIMD3(5.4, 0.332, 5.739))
        XCTAssertEqual(plain.surface?.surfaceName, atlas.surface.surfaceName)

        let landmarks = SkullLandmarks(lambda: .measured(Point3(ap: .mm(-3.78), ml: .zero, dv: .zero)))
        let scaled = try atlas.conversionContext(landmarks: landmarks, scaling: .anteroposterior)
        let scaledToCCF = try XCTUnwrap(scaled.atlasTransform)
        // 1 mm anterior in an animal 0.9× the atlas is 1/0.9 mm anterior in the atlas.
        XCTAssertEqual(scaledToCCF.apply(Point3(ap: .mm(0.9), ml: .zero, dv: .zero)).millimetres.x, 4.4, accuracy: 1e-12)
        XCTAssertTrue(scaledToCCF.choices.contains { $0.contains("bregma-lambda scaling") }, "\(scaledToCCF.choices)")
        XCTAssertTrue(scaled.surface?.surfaceName.contains("bregma-lambda scaling") == true)
    }

    func testMidlineIsTheLabelsMirrorPlane() throws {
        let atlas = try allen()
        XCTAssertEqual(atlas.midline, AtlasMidline(mlAxis: 2, index: 227.5, growsTowardRight: true))
        XCTAssertEqual(atlas.midline.hemisphere(ofVoxel: SIMD3(200, 100, 228)), .right)
        XCTAssertEqual(atlas.midline.hemisphere(ofVoxel: SIMD3(200, 100, 227)), .left)
        XCTAssertEqual(atlas.midline.mirrored(SIMD3(200, 100, 300)), SIMD3(200, 100, 155))
        // The labels are nearly mirror-symmetric about it, and less so about the planes a voxel either side.
        func agreement(about index: Double) -> Double {
            let plane = AtlasMidline(mlAxis: 2, index: index, growsTowardRight: true)
            var same = 0, labelled = 0
            for i in stride(from: 100, to: 500, by: 50) { for j in 0..<320 { for k in 0..<456 {
                let v = SIMD3(i, j, k)
                guard let a = atlas.volume.label(atVoxel: v), a != 0 else { continue }
                labelled += 1
                if atlas.volume.label(atVoxel: plane.mirrored(v)) == a { same += 1 }
            } } }
            return Double(same) / Double(labelled)
        }
        let atMidline = agreement(about: 227.5)
        XCTAssertGreaterThan(atMidline, 0.9)
        XCTAssertGreaterThan(atMidline, agreement(about: 226.5))
        XCTAssertGreaterThan(atMidline, agreement(about: 228.5))
    }

    func testAnotherPresetSharesTheVolume() throws {
        let atlas = try allen()
        let needles = try atlas.with(transform: .allen(.iblNeedles))
        XCTAssertEqual(needles.transform.presetName, "ibl-needles")
        XCTAssertTrue(needles.surface.surfaceName.contains("ibl-needles"), needles.surface.surfaceName)
        // Same bregma as ibl-allen, AP scaled by 1.087: 1 mm anterior in the skull is 1/1.087 mm in CCF.
        let p = try XCTUnwrap(needles.bregmaToCCF).apply(Point3(ap: .mm(1.087), ml: .zero, dv: .zero)).millimetres
        XCTAssertEqual(p.x, 4.4, accuracy: 1e-9)
        XCTAssertThrowsError(try atlas.with(transform: .waxholm(.pinpoint)))
    }
}
