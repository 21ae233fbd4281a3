import ArgumentParser
import Foundation
import StereotaxKit

/// The options every atlas-using subcommand shares: which atlas, which
/// atlas ↔ stereotaxic transform, the animal's bregma–lambda distance and
/// where the atlas data is.
struct AtlasOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The atlas: allen-ccf-2017-25um (mouse) or whs-rat-v4-39um (rat).",
        valueName: "id"))
    var atlas: String = "allen-ccf-2017-25um"

    @Option(help: ArgumentHelp(
        "The atlas ↔ stereotaxic transform (preset). Mouse: ibl-allen (default), ibl-needles, ibl-mri-toronto, pinpoint-qiu2018, pinpoint-dorr2008, nte, cortexlab, cortexlab-dv0.85. Rat: herbs (default), pinpoint. See `stereotax atlas info`.",
        valueName: "preset"))
    var transform: String?

    @Option(name: .customLong("bregma-lambda"), help: ArgumentHelp(
        "The animal's measured bregma–lambda distance in mm; scales the atlas transform by measured / the preset's reference distance.",
        valueName: "mm"))
    var bregmaLambdaMillimetres: Double?

    @Option(name: .customLong("atlas-path"), help: ArgumentHelp(
        "A directory holding atlas data, searched before STEREOTAX_ATLAS_PATH and ~/.cache/stereotax/atlases.",
        valueName: "dir"))
    var atlasPath: String?

    func validate() throws {
        if let d = bregmaLambdaMillimetres, !(d.isFinite && d > 0 && d < 30) {
            throw ValidationError("--bregma-lambda must be a distance in millimetres between 0 and 30, got \(d)")
        }
    }

    /// The atlas search path these options select.
    var searchPath: AtlasSearchPath {
        .standard(explicit: atlasPath.map { URL(fileURLWithPath: $0, isDirectory: true) })
    }
}

extension AtlasOptions {
    /// The species of `--atlas` (mouse when the manifest cannot be read; opening it then says why).
    var species: Species { (try? manifest())?.species ?? .mouse }

    /// The manifest of `--atlas`.
    func manifest() throws -> AtlasManifest {
        do { return try AtlasManifest.bundled(id: atlas) } catch {
            throw ValidationError("--atlas \(atlas): \(error)")
        }
    }

    /// The preset `--transform` names for `manifest` (its default when absent),
    /// scaled when the subject's bregma–lambda distance is known.
    func stereotaxicTransform(for manifest: AtlasManifest, landmarks: SkullLandmarks, scale: Bool) throws -> AtlasStereotaxicTransform {
        var chosen = LoadedAtlas.defaultTransform(for: manifest)
        if let name = transform {
            switch manifest.species {
            case .mouse:
                do { chosen = .allen(try AllenStereotaxicPreset.named(name)) } catch { throw ValidationError("--transform: \(error)") }
            case .rat:
                guard let p = WaxholmStereotaxicPreset.all.first(where: { $0.name == name }) else {
                    throw ValidationError("--transform \(name) is not a rat preset; known: \(WaxholmStereotaxicPreset.all.map(\.name).joined(separator: ", "))")
                }
                chosen = .waxholm(p)
            }
        }
        guard scale else { return chosen }
        let scaling = try BregmaLambdaScaling(measured: landmarks.bregmaLambdaDistance, reference: chosen.referenceBregmaLambdaDistance)
        return chosen.scaled(by: scaling)
    }

    /// Opens the atlas with the chosen transform (warm from the volume cache after the first time).
    func open(landmarks: SkullLandmarks, scale: Bool) throws -> LoadedAtlas {
        let manifest = try manifest()
        return try LoadedAtlas.open(manifest: manifest, searchPath: searchPath,
                                    transform: try stereotaxicTransform(for: manifest, landmarks: landmarks, scale: scale))
    }
}
