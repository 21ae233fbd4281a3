import Foundation

extension AtlasManifest {
    /// The environment variable that overrides where the bundled manifests are
    /// read from (a directory of `<id>.json` files).
    public static let manifestPathVariable = "STEREOTAX_MANIFEST_PATH"

    /// The directory holding the bundled manifests: `$STEREOTAX_MANIFEST_PATH`
    /// when set and non-empty, else the repository's `atlases/` folder, found
    /// from this source file's location (`Sources/StereotaxAtlas/Manifests/`
    /// is three levels below the package root).
    public static func bundledDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        if let override = environment[manifestPathVariable], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Manifests
            .deletingLastPathComponent()  // StereotaxAtlas
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("atlases", isDirectory: true)
    }

    /// Reads and validates one manifest file; its id must equal its base name.
    public static func load(contentsOf url: URL) throws(AtlasManifestError) -> AtlasManifest {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadable(origin: url.path, reason: error.localizedDescription)
        }
        let manifest = try decode(data, origin: url.path)
        let base = url.deletingPathExtension().lastPathComponent
        if manifest.id != base {
            throw .invalidField(origin: url.path, field: "id", expected: "the file's base name '\(base)'", found: "'\(manifest.id)'")
        }
        return manifest
    }

    /// Every `*.json` manifest in `directory`, sorted by id.
    public static func loadAll(in directory: URL) throws(AtlasManifestError) -> [AtlasManifest] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory.path) } catch {
            throw .unreadable(origin: directory.path, reason: error.localizedDescription)
        }
        var byID: [String: (AtlasManifest, String)] = [:]
        for name in names.sorted() where name.hasSuffix(".json") {
            let url = directory.appendingPathComponent(name)
            let m = try load(contentsOf: url)
            if let other = byID[m.id] { throw .duplicateID(m.id, origins: [other.1, url.path]) }
            byID[m.id] = (m, url.path)
        }
        return byID.values.map(\.0).sorted { $0.id < $1.id }
    }

    /// The bundled manifests (see ``bundledDirectory(environment:)``).
    public static func bundled(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(AtlasManifestError) -> [AtlasManifest] {
        try loadAll(in: bundledDirectory(environment: environment))
    }

    /// The bundled manifest with this id.
    public static func bundled(
        id: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(AtlasManifestError) -> AtlasManifest {
        let all = try bundled(environment: environment)
        guard let m = all.first(where: { $0.id == id }) else { throw .unknownAtlas(id, known: all.map(\.id)) }
        return m
    }
}
