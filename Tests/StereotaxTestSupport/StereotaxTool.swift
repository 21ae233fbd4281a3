import Foundation

/// Runs the built `stereotax` executable (built with the tests: the test
/// targets that use this depend on it) and captures what it prints.
public enum StereotaxTool {
    public struct Run: Sendable {
        public var status: Int32
        public var output: String
        public var errorOutput: String
    }

    public static let executable: URL = {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
        ].compactMap { $0 }
        for dir in candidates {
            let url = dir.appendingPathComponent("stereotax")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/stereotax")
    }()

    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The atlas search path the tests use (CI: ../shared/atlases), or nil when no atlas data is reachable.
    public static let atlasPath: String? = {
        let env = ProcessInfo.processInfo.environment["STEREOTAX_ATLAS_PATH"] ?? ""
        let dirs = env.split(separator: ":").map(String.init) + [FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/stereotax/atlases").path]
        return dirs.first { FileManager.default.fileExists(atPath: $0 + "/allen-ccf-2017/annotation_25.nrrd") }
    }()

    public static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for (k, v) in extra { environment[k] = v }
        process.environment = environment
        process.currentDirectoryURL = packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                   errorOutput: String(decoding: errData, as: UTF8.self))
    }
}
