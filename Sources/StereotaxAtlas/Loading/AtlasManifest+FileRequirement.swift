extension AtlasManifest {
    /// Where to get this atlas' files, for error messages: every source's URL.
    public var obtainFrom: String {
        sources.map(\.url).joined(separator: " or ")
    }

    /// The requirement (path, checksum, where to get it) of one of this manifest's files.
    /// - Throws: ``AtlasManifestError/invalidField(origin:field:expected:found:)`` when the
    ///   file's `sha256` is not 64 hexadecimal digits.
    public func requirement(for file: File) throws(AtlasManifestError) -> AtlasFileRequirement {
        guard let digest = SHA256Digest(hex: file.sha256) else {
            throw .invalidField(origin: id, field: "files[\(file.path)].sha256",
                                expected: "64 hexadecimal digits", found: "'\(file.sha256)'")
        }
        return AtlasFileRequirement(relativePath: file.path, sha256: digest, source: obtainFrom)
    }
}
