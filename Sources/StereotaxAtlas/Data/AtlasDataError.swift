/// Why an atlas data file cannot be used.
public enum AtlasDataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No directory of the search path holds the file.
    case missing(file: String, expectedSHA256: String, source: String, searched: [String])
    /// The file's bytes are not the ones the manifest names; it is not loaded.
    case checksumMismatch(file: String, expectedSHA256: String, actualSHA256: String)
    /// The file exists but cannot be read.
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case let .missing(file, sha, source, searched):
            return "atlas file \(file) (sha256 \(sha)) not found in \(searched.joined(separator: ":")); "
                + "get it from \(source) (scripts/fetch-atlas does this for the Allen atlas) "
                + "and put its folder on STEREOTAX_ATLAS_PATH"
        case let .checksumMismatch(file, expected, actual):
            return "atlas file \(file) has sha256 \(actual), expected \(expected); refusing to load it"
        case let .unreadable(file, reason):
            return "atlas file \(file) cannot be read: \(reason)"
        }
    }
}
