/// Why an atlas cannot be opened through ``LoadedAtlas``, naming the atlas and what was expected.
public enum LoadedAtlasError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The manifest lists no file with this role (e.g. `annotation`).
    case missingFileRole(atlas: String, role: String)
    /// The manifest's file has a format this loader does not read.
    case unsupportedFormat(atlas: String, file: String, format: String)
    /// The manifest has no volume geometry (an ontology that labels another atlas' volume).
    case noVolume(atlas: String, sharesSpaceWith: String?)
    /// The preset is not one of this atlas' (e.g. a Waxholm preset for the Allen atlas).
    case presetNotForAtlas(atlas: String, preset: String, available: [String])
    /// The manifest lacks a landmark the atlas space needs (e.g. `waxholm-origin`).
    case missingLandmark(atlas: String, name: String)

    public var description: String {
        switch self {
        case let .missingFileRole(atlas, role):
            "atlas \(atlas): the manifest lists no '\(role)' file"
        case let .unsupportedFormat(atlas, file, format):
            "atlas \(atlas): file \(file) has format '\(format)', which the loader does not read"
        case let .noVolume(atlas, shared):
            "atlas \(atlas) has no label volume of its own" + (shared.map { "; it labels the volume of \($0)" } ?? "")
        case let .presetNotForAtlas(atlas, preset, available):
            "preset \(preset) does not map to atlas \(atlas) (its presets: \(available.joined(separator: ", ")))"
        case let .missingLandmark(atlas, name):
            "atlas \(atlas): the manifest places no '\(name)' landmark"
        }
    }
}
