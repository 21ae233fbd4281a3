import StereotaxAtlas
import StereotaxFrames

/// The atlas used for each species: mouse → the Allen CCF
/// (`allen-ccf-2017-25um`), rat → Waxholm Space (`whs-rat-v4-39um`).
public struct AtlasCatalogue: Sendable {
    public var mouse: LoadedAtlas?
    public var rat: LoadedAtlas?

    public init(mouse: LoadedAtlas? = nil, rat: LoadedAtlas? = nil) {
        self.mouse = mouse
        self.rat = rat
    }

    /// The manifest id of the atlas a species is resolved in.
    public static func atlasID(for species: Species) -> String {
        switch species {
        case .mouse: "allen-ccf-2017-25um"
        case .rat: "whs-rat-v4-39um"
        }
    }

    /// The loaded atlas for `species`, if one was given.
    public func atlas(for species: Species) -> LoadedAtlas? {
        switch species {
        case .mouse: mouse
        case .rat: rat
        }
    }

    /// Opens the atlases of the given species through their presets.
    public static func open(
        species: [Species] = [.mouse],
        searchPath: AtlasSearchPath = .standard(),
        allenPreset: AllenStereotaxicPreset = .default,
        waxholmPreset: WaxholmStereotaxicPreset = .herbs,
        cache: CachedVolumeLoader = CachedVolumeLoader()
    ) throws -> AtlasCatalogue {
        var catalogue = AtlasCatalogue()
        if species.contains(.mouse) {
            catalogue.mouse = try LoadedAtlas.open(id: atlasID(for: .mouse), searchPath: searchPath,
                                                   transform: .allen(allenPreset), cache: cache)
        }
        if species.contains(.rat) {
            catalogue.rat = try LoadedAtlas.open(id: atlasID(for: .rat), searchPath: searchPath,
                                                 transform: .waxholm(waxholmPreset), cache: cache)
        }
        return catalogue
    }
}
