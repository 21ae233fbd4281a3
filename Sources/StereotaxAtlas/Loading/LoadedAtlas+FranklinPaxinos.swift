import Foundation

extension LoadedAtlas {
    /// The Franklin–Paxinos ↔ Allen structure mapping over this atlas' ontology,
    /// from the bundled manifest of the ontology that shares this atlas' space
    /// (`franklin-paxinos-2019` for the Allen CCF), its file found and verified
    /// on `searchPath`.
    /// - Throws: ``LoadedAtlasError/missingFileRole(atlas:role:)`` when no bundled
    ///   manifest shares this atlas' space, ``AtlasDataError`` for a missing or
    ///   altered file, ``OntologyError`` for a malformed one.
    public func franklinPaxinosMapping(
        searchPath: AtlasSearchPath = .standard(),
        manifests: [AtlasManifest]? = nil
    ) throws -> FranklinPaxinosAllenMapping {
        let all = try manifests ?? AtlasManifest.bundled()
        let format = "franklin-paxinos-structure-tree-csv"
        guard let manifest = all.first(where: { $0.sharesSpaceWith == self.manifest.id && $0.files.contains { $0.format == format } }),
              let file = manifest.files.first(where: { $0.format == format }) else {
            throw LoadedAtlasError.missingFileRole(atlas: self.manifest.id, role: "\(format) (in a manifest sharing its space)")
        }
        let url = try searchPath.locateVerified(manifest.requirement(for: file))
        return FranklinPaxinosAllenMapping(tree: try FranklinPaxinosTree.load(contentsOf: url), allen: ontology)
    }
}
