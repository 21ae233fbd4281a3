/// Why an atlas manifest's annotation volume cannot be opened.
public enum AtlasVolumeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A manifest field the volume needs is missing or not understood.
    case manifest(atlas: String, field: String, reason: String)
    /// The file read does not have the geometry its manifest states.
    case geometryMismatch(atlas: String, field: String, manifest: String, file: String)

    public var description: String {
        switch self {
        case let .manifest(atlas, field, reason): "atlas \(atlas): manifest field '\(field)': \(reason)"
        case let .geometryMismatch(atlas, field, manifest, file):
            "atlas \(atlas): the annotation's \(field) is \(file), its manifest says \(manifest)"
        }
    }
}
