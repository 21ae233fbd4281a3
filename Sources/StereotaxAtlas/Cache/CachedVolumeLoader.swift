import Foundation

/// Loads label volumes through a per-user cache of `*.stxcache` files.
///
/// A warm open memory-maps the cache (no decompression, no copy). The cache is
/// rebuilt when it is missing or unusable, or when the source's size or
/// modification time differs from the cache's record of them; with
/// ``Validation/checksum`` the source is also re-hashed on every open, so a change
/// that keeps size and time is caught too. A source whose SHA-256 differs from the
/// expected one is refused, cached or not.
public struct CachedVolumeLoader: Sendable {
    /// How much of the source a warm open checks.
    public enum Validation: Hashable, Sendable {
        /// Size and modification time (a `stat`): the fast default.
        case sizeAndModificationTime
        /// Size, time and a SHA-256 of the source on every open.
        case checksum
    }

    /// What a load did.
    public enum Outcome: Hashable, Sendable {
        /// The cache was valid and memory-mapped.
        case warm
        /// The source was read and the cache (re)written, with the reason.
        case rebuilt(reason: String)
        /// The source was read but the cache could not be written (e.g. a
        /// read-only home); the volume is complete, only the next open is slow.
        case uncached(reason: String)
    }

    /// The environment variable that overrides ``defaultCacheDirectory(environment:homeDirectory:)``.
    public static let environmentVariable = "STEREOTAX_CACHE_DIR"

    public var cacheDirectory: URL
    public var validation: Validation

    public init(cacheDirectory: URL = CachedVolumeLoader.defaultCacheDirectory(), validation: Validation = .sizeAndModificationTime) {
        self.cacheDirectory = cacheDirectory
        self.validation = validation
    }

    /// `$STEREOTAX_CACHE_DIR` when set, else `~/.cache/stereotax/volumes`.
    public static func defaultCacheDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: URL = FileManager.default.homeDirectoryForCurrentUser
    ) -> URL {
        if let dir = environment[environmentVariable], !dir.isEmpty { return URL(fileURLWithPath: dir, isDirectory: true) }
        return homeDirectory.appendingPathComponent(".cache/stereotax/volumes", isDirectory: true)
    }

    /// The cache file for `source`: its name, a hash of its absolute path and format,
    /// and the cache format version (so programs built with different versions
    /// sharing a cache directory do not overwrite each other's files).
    public func cacheFile(for source: VolumeSource) -> URL {
        let key = "\(source.url.standardizedFileURL.path)|\(source.format)"
        let tag = SHA256.hash(Array(key.utf8)).hex.prefix(16)
        return cacheDirectory.appendingPathComponent("\(source.url.lastPathComponent)-\(tag).v\(VolumeCacheFile.version).stxcache")
    }

    /// The volume of `source`, from the cache when valid.
    /// - Throws: ``AtlasDataError`` (unreadable source, checksum mismatch),
    ///   ``VolumeReadError`` (bad source file). A cache that cannot be written is
    ///   not an error: the outcome is then ``Outcome/uncached(reason:)``.
    public func load(_ source: VolumeSource) throws -> (volume: LabelVolume, outcome: Outcome) {
        let stamp = try Self.stat(source.url)
        let cacheURL = cacheFile(for: source)
        let staleReason: VolumeCacheFile.StaleReason
        switch VolumeCacheFile.open(cacheURL) {
        case let .success((recorded, volume)):
            if let why = try reasonToRebuild(recorded: recorded, current: stamp, volume: volume, source: source) {
                staleReason = why
            } else {
                return (volume, .warm)
            }
        case let .failure(why):
            staleReason = why
        }

        let digest = try SHA256Digest.ofFile(at: source.url)
        if let expected = source.expectedSHA256, expected != digest {
            throw AtlasDataError.checksumMismatch(file: source.url.path, expectedSHA256: expected.hex, actualSHA256: digest.hex)
        }
        let volume = try source.read()
        do {
            try VolumeCacheFile.write(volume, source: .init(sizeBytes: stamp.sizeBytes, modificationTime: stamp.modificationTime, sha256: digest),
                                      to: cacheURL)
        } catch {
            return (volume, .uncached(reason: "\(staleReason); \(error)"))
        }
        return (volume, .rebuilt(reason: staleReason.description))
    }

    /// `nil` when the cache may be used.
    private func reasonToRebuild(recorded: VolumeCacheFile.SourceStamp, current: (sizeBytes: Int, modificationTime: Double),
                                 volume: LabelVolume, source: VolumeSource) throws -> VolumeCacheFile.StaleReason? {
        if recorded.sizeBytes != current.sizeBytes {
            return .sourceChanged("size \(recorded.sizeBytes) → \(current.sizeBytes) bytes")
        }
        if recorded.modificationTime != current.modificationTime {
            return .sourceChanged("modification time \(recorded.modificationTime) → \(current.modificationTime)")
        }
        if case let .nrrd(orientation, _) = source.format, orientation != volume.orientation {
            return .differentRequest("orientation \(volume.orientation.code), asked \(orientation.code)")
        }
        if validation == .checksum {
            let digest = try SHA256Digest.ofFile(at: source.url)
            if digest != recorded.sha256 { return .sourceChanged("sha256 \(recorded.sha256.hex) → \(digest.hex)") }
            let count = volume.labelValues.count
            let inRange = volume.withUnsafeLabelIndices { $0.allSatisfy { Int($0) < count } }
            if !inRange { return .inconsistent("a label index beyond the table") }
        }
        if let expected = source.expectedSHA256, expected != recorded.sha256 {
            throw AtlasDataError.checksumMismatch(file: source.url.path, expectedSHA256: expected.hex, actualSHA256: recorded.sha256.hex)
        }
        return nil
    }

    private static func stat(_ url: URL) throws -> (sizeBytes: Int, modificationTime: Double) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = (attributes[.size] as? NSNumber)?.intValue,
              let date = attributes[.modificationDate] as? Date else {
            throw AtlasDataError.unreadable(file: url.path, reason: "cannot stat")
        }
        return (size, date.timeIntervalSince1970)
    }
}
