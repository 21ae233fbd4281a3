/// Why a manifest could not be loaded, naming the file and the field.
public enum AtlasManifestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The manifest file or directory could not be read.
    case unreadable(origin: String, reason: String)
    /// The JSON does not have the manifest's shape; `field` is the coding path
    /// (e.g. `files[1].sha256`), empty for the top level.
    case malformed(origin: String, field: String, reason: String)
    /// A field has a value outside what it allows.
    case invalidField(origin: String, field: String, expected: String, found: String)
    /// Two manifests in one directory share an id.
    case duplicateID(String, origins: [String])
    /// No manifest has this id.
    case unknownAtlas(String, known: [String])

    public var description: String {
        switch self {
        case .unreadable(let origin, let reason):
            return "\(origin): cannot read atlas manifest: \(reason)"
        case .malformed(let origin, let field, let reason):
            return "\(origin): atlas manifest field '\(field.isEmpty ? "(top level)" : field)': \(reason)"
        case .invalidField(let origin, let field, let expected, let found):
            return "\(origin): atlas manifest field '\(field)': expected \(expected), found \(found)"
        case .duplicateID(let id, let origins):
            return "atlas manifest id '\(id)' is used by \(origins.joined(separator: ", "))"
        case .unknownAtlas(let id, let known):
            return "no atlas manifest with id '\(id)' (known: \(known.joined(separator: ", ")))"
        }
    }
}
