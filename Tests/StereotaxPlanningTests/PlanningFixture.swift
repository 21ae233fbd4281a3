import Foundation
import StereotaxAtlas
import StereotaxGeometry
import StereotaxPlanning
import XCTest

/// The real Allen 25 µm annotation and ontology (through `STEREOTAX_ATLAS_PATH`
/// and the per-user volume cache), loaded once per test process.
enum PlanningFixture {
    nonisolated(unsafe) private static var loaded: Result<PlanningAtlas, Error>?

    static let annotation = AtlasFileRequirement(
        relativePath: "allen-ccf-2017/annotation_25.nrrd",
        sha256: SHA256Digest(hex: "c620cbcc562183e4dcd40250d440130501781f74b41de35b1c1bdabace290c42")!,
        source: "Allen ccf_2017/annotation_25.nrrd")

    static func atlas() throws -> PlanningAtlas {
        if let loaded { return try loaded.get() }
        let result = Result { () throws -> PlanningAtlas in
            let path = AtlasSearchPath.standard()
            let source = VolumeSource(url: try path.locateVerified(annotation), format: .nrrd(orientation: .allenPIR, spacingUnit: .micrometre),
                                      expectedSHA256: annotation.sha256)
            // A cache of this test target's own: a shared cache file another process is
            // writing at the same moment must not feed these tests.
            let cache = FileManager.default.temporaryDirectory.appendingPathComponent("stereotax-planning-tests-cache")
            let volume = try CachedVolumeLoader(cacheDirectory: cache).load(source).volume
            guard let csv = path.locate("allen-ccf-2017/structures.csv") else { throw XCTSkip("allen-ccf-2017/structures.csv not on STEREOTAX_ATLAS_PATH") }
            return try PlanningAtlas(volume: volume, ontology: AllenStructuresCSV.load(contentsOf: csv), preset: .iblAllen,
                                     atlasName: "allen-ccf-2017 annotation 25 µm")
        }
        loaded = result
        return try result.get()
    }

    static func planner() throws -> TrajectoryPlanner { TrajectoryPlanner(atlas: try atlas()) }

    /// The repository's `probes/` folder.
    static var probeDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("probes")
    }

    static func angles(_ ap: Double, _ ml: Double, _ rotation: Double = 0) throws -> BrainstemAngles {
        try BrainstemAngles(apAngle: .degrees(ap), mlAngle: .degrees(ml), rotation: .degrees(rotation))
    }
}
