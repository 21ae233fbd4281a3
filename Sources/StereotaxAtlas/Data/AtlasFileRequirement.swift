import Foundation

/// One atlas data file as a manifest names it: where it sits under an atlas
/// root, the SHA-256 of its bytes, and where to obtain it.
public struct AtlasFileRequirement: Hashable, Sendable {
    /// Path relative to an atlas root, e.g. `allen-ccf-2017/annotation_25.nrrd`.
    public var relativePath: String
    public var sha256: SHA256Digest
    /// Where to get it, for the error message, e.g. a URL or a package name.
    public var source: String

    public init(relativePath: String, sha256: SHA256Digest, source: String) {
        self.relativePath = relativePath
        self.sha256 = sha256
        self.source = source
    }

    /// Checks the file at `url` against ``sha256``.
    public func verify(_ url: URL) throws {
        let actual = try SHA256Digest.ofFile(at: url)
        guard actual == sha256 else {
            throw AtlasDataError.checksumMismatch(file: url.path, expectedSHA256: sha256.hex, actualSHA256: actual.hex)
        }
    }
}
