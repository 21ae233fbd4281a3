import ArgumentParser
import StereotaxKit

struct AtlasInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "An atlas's source, licence, files, axes, landmarks and atlas ↔ stereotaxic transforms.")

    @Argument(help: ArgumentHelp("The atlas id (see `stereotax atlas list`).", valueName: "id"))
    var id: String = "allen-ccf-2017-25um"

    func run() throws {
        guard let manifest = try AtlasManifest.bundled().first(where: { $0.id == id }) else {
            printError("stereotax atlas info: no atlas \"\(id)\"; known: \(try AtlasManifest.bundled().map(\.id).joined(separator: ", "))")
            throw ExitCode(2)
        }
        print("\(manifest.id): \(manifest.name)")
        print("species: \(manifest.species.rawValue)")
        print("licence: \(manifest.licence.name) <\(manifest.licence.url)>")
        print("cite: \(manifest.citation)")
        print("sources:")
        for s in manifest.sources { print("  - \(s.description): \(s.url)") }
        print("files:")
        for f in manifest.files { print("  - \(f.path) (\(f.role), \(f.format)) sha256 \(f.sha256)") }
        if let v = manifest.volume {
            print("volume: \(v.dimensions.map(String.init).joined(separator: " × ")) voxels of \(v.voxelSizeMicrometres) µm")
            print("axes: " + v.axes.enumerated().map { "axis \($0.offset) = \($0.element.name) toward \($0.element.increasesToward)" }.joined(separator: "; "))
            if let notes = v.notes { print("notes: \(notes)") }
        }
        if !manifest.landmarks.isEmpty {
            print("landmarks (µm from the centre of voxel 0,0,0, storage axis order):")
            for l in manifest.landmarks {
                print("  - \(l.name) per \(l.source): \(l.positionMicrometres.map { "\($0)" }.joined(separator: ", "))  [as given: \(l.asGiven)]")
            }
        }
        print("atlas ↔ stereotaxic transforms:")
        switch manifest.species {
        case .mouse:
            for p in AllenStereotaxicPreset.all {
                print("  - \(p.name)\(p.name == AllenStereotaxicPreset.default.name ? " (default)" : "")")
                for c in p.choices.dropFirst() { print("      \(c)") }
            }
        case .rat:
            for p in WaxholmStereotaxicPreset.all { print("  - \(p.name): \(p.source)") }
        }
    }
}
