import ArgumentParser
import StereotaxKit

struct AtlasVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Find every file of the atlases and check its sha256.",
        discussion: "Exit status: 0 every file found and intact, 1 a file missing or with the wrong checksum.")

    @Argument(help: ArgumentHelp("Atlas ids; all when none is given.", valueName: "id"))
    var ids: [String] = []

    @Option(name: .customLong("atlas-path"), help: ArgumentHelp("A directory searched before STEREOTAX_ATLAS_PATH.", valueName: "dir"))
    var atlasPath: String?

    func run() throws {
        let searchPath = AtlasSearchPath.standard(explicit: atlasPath.map { URL(fileURLWithPath: $0) })
        let manifests = try AtlasManifest.bundled().filter { ids.isEmpty || ids.contains($0.id) }
        var problems = 0
        for manifest in manifests {
            for file in manifest.files {
                do {
                    let url = try searchPath.locateVerified(try manifest.requirement(for: file))
                    print("ok       \(manifest.id): \(url.path)")
                } catch {
                    problems += 1
                    print("problem  \(manifest.id): \(error)")
                }
            }
        }
        if problems > 0 { throw ExitCode(1) }
    }
}

import Foundation
