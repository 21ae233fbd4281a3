import Foundation

/// Where atlas data files are looked for, in order:
///
/// 1. an explicit directory (e.g. the CLI's `--atlas-path`),
/// 2. each directory of the colon-separated environment variable `STEREOTAX_ATLAS_PATH`,
/// 3. the per-user cache `~/.cache/stereotax/atlases`.
///
/// A file is named relative to an atlas root, e.g. `allen-ccf-2017/annotation_25.nrrd`;
/// the first directory that holds it wins.
public struct AtlasSearchPath: Hashable, Sendable, CustomStringConvertible {
    /// The name of the environment variable read by ``standard(explicit:environment:homeDirectory:)``.
    public static let environmentVariable = "STEREOTAX_ATLAS_PATH"

    /// The directories searched, first to last.
    public var directories: [URL]

    public init(directories: [URL]) { self.directories = directories }

    /// The project's standard search path.
    /// - Parameters:
    ///   - explicit: a directory given by the caller, searched first.
    ///   - environment: the process environment (injectable for tests).
    ///   - homeDirectory: the user's home (injectable for tests).
    public static func standard(
        explicit: URL? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: URL = FileManager.default.homeDirectoryForCurrentUser
    ) -> AtlasSearchPath {
        var dirs: [URL] = []
        if let explicit { dirs.append(explicit) }
        if let value = environment[environmentVariable] {
            for part in value.split(separator: ":", omittingEmptySubsequences: true) {
                dirs.append(URL(fileURLWithPath: String(part), isDirectory: true))
            }
        }
        dirs.append(userCacheDirectory(homeDirectory: homeDirectory))
        return AtlasSearchPath(directories: dirs)
    }

    /// `~/.cache/stereotax/atlases`, where `scripts/fetch-atlas` puts downloads.
    public static func userCacheDirectory(
        homeDirectory: URL = FileManager.default.homeDirectoryForCurrentUser
    ) -> URL {
        homeDirectory.appendingPathComponent(".cache/stereotax/atlases", isDirectory: true)
    }

    /// The first existing regular file at `relativePath` under the search path, or `nil`.
    public func locate(_ relativePath: String) -> URL? {
        for dir in directories {
            let candidate = dir.appendingPathComponent(relativePath)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
        }
        return nil
    }

    /// Finds `file` and checks its SHA-256.
    /// - Throws: ``AtlasDataError/missing(file:expectedSHA256:source:searched:)`` when no
    ///   directory holds it, ``AtlasDataError/checksumMismatch(file:expectedSHA256:actualSHA256:)``
    ///   when its bytes are not the expected ones (the file is then not loaded).
    public func locateVerified(_ file: AtlasFileRequirement) throws -> URL {
        guard let url = locate(file.relativePath) else {
            throw AtlasDataError.missing(file: file.relativePath, expectedSHA256: file.sha256.hex,
                                         source: file.source, searched: directories.map(\.path))
        }
        try file.verify(url)
        return url
    }

    public var description: String { directories.map(\.path).joined(separator: ":") }
}
