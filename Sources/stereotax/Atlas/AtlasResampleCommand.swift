import ArgumentParser
import Foundation
import StereotaxKit

struct AtlasResampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resample",
        abstract: "Downsample an atlas's annotation by block mode and write it as a gzip NRRD.",
        discussion: """
        Each output voxel takes the most frequent label of its factor³ block (ties go to the \
        smallest label), so structures keep their labels: 25 µm × 2 = 50 µm, × 4 = 100 µm. \
        Useful for fast previews and tests.
        """)

    @Argument(help: ArgumentHelp("The atlas id.", valueName: "id"))
    var id: String = "allen-ccf-2017-25um"

    @Option(help: ArgumentHelp("The block edge in voxels (2 or more).", valueName: "n"))
    var factor: Int = 2

    @Option(help: ArgumentHelp("The NRRD file to write (never an existing atlas file).", valueName: "path"))
    var output: String

    @Option(name: .customLong("atlas-path"), help: ArgumentHelp("A directory searched before STEREOTAX_ATLAS_PATH.", valueName: "dir"))
    var atlasPath: String?

    func validate() throws {
        guard factor >= 2 else { throw ValidationError("--factor must be 2 or more") }
    }

    func run() throws {
        let atlas = try LoadedAtlas.open(id: id, searchPath: .standard(explicit: atlasPath.map { URL(fileURLWithPath: $0) }))
        let target = URL(fileURLWithPath: output)
        if atlas.files.values.contains(where: { $0.standardizedFileURL == target.standardizedFileURL }) {
            throw ValidationError("--output would overwrite the atlas's own file \(output)")
        }
        let coarse = try atlas.volume.downsampledByBlockMode(factor: factor)
        try NRRDWriter.write(coarse, to: target, comment: """
            \(id) annotation, block-mode downsampled ×\(factor) by stereotax atlas resample
            source sha256: \(atlas.manifest.file(role: "annotation")?.sha256 ?? "?")
            """)
        let s = coarse.voxelSizeMicrometres
        print("wrote \(output): \(coarse.sizes.x) × \(coarse.sizes.y) × \(coarse.sizes.z) voxels of \(s.x) µm, \(coarse.labelValues.count) labels")
    }
}
