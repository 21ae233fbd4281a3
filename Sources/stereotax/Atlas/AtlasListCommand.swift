import ArgumentParser
import StereotaxKit

struct AtlasListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "The atlases this installation knows, and whether their files are found.")

    @Option(name: .customLong("atlas-path"), help: ArgumentHelp("A directory searched before STEREOTAX_ATLAS_PATH.", valueName: "dir"))
    var atlasPath: String?

    func run() throws {
        let searchPath = AtlasSearchPath.standard(explicit: atlasPath.map { URL(fileURLWithPath: $0) })
        for manifest in try AtlasManifest.bundled() {
            let found = manifest.files.filter { searchPath.locate($0.path) != nil }.count
            let status = found == manifest.files.count ? "files found" : "\(manifest.files.count - found) of \(manifest.files.count) files missing"
            print("\(manifest.id.padding(toLength: 24, withPad: " ", startingAt: 0)) \(manifest.species.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)) \(status)  \(manifest.name)")
        }
        print("search path: \(searchPath.directories.map(\.path).joined(separator: ":"))")
    }
}

import Foundation
