import Foundation
import StereotaxFrames
import StereotaxGeometry

/// An atlas ready for use: its files found and verified, the label volume
/// (through the volume cache), the ontology, a region look-up, and the brain's
/// top surface mapped to the bregma frame through a chosen stereotaxic preset.
///
/// Open one with ``open(id:searchPath:transform:manifestDirectory:cache:)``.
/// The volume, ontology and surface are computed once and shared: the type is
/// an immutable reference, and ``with(transform:)`` reuses the volume and
/// ontology (and the surface, when only the per-animal scaling changes).
///
/// Positions: the volume's own axes are ``Frame/AtlasVolume`` (mm from the
/// centre of voxel (0, 0, 0)); the atlas' space is the CCF (Allen, equal to the
/// volume's axes) or Waxholm Space (rat: the volume's axes shifted by the
/// manifest's `waxholm-origin` landmark).
public final class LoadedAtlas: Sendable {
    /// The manifest the atlas was opened from.
    public let manifest: AtlasManifest
    /// The label volume.
    public let volume: LabelVolume
    /// Whether the volume came warm from the cache or was rebuilt (and why).
    public let volumeLoad: CachedVolumeLoader.Outcome
    /// The structure ontology whose ids the volume's labels are.
    public let ontology: Ontology
    /// Nearest-voxel look-up in CCF; `nil` for an atlas not in CCF axes (the rat atlas).
    public let regionLookup: RegionLookup?
    /// The preset (and scaling) mapping the bregma frame into the atlas.
    public let transform: AtlasStereotaxicTransform
    /// The verified data files, by manifest role.
    public let files: [String: URL]
    /// The midsagittal plane in the volume.
    public let midline: AtlasMidline
    /// Atlas-space position of the volume's voxel (0, 0, 0) centre, negated: volume = atlas + offset (mm).
    private let atlasToVolumeOffset: SIMD3<Double>
    /// The top surface through the unscaled preset; scaled views wrap it.
    private let presetSurface: any BrainSurfaceProvider

    private init(manifest: AtlasManifest, volume: LabelVolume, volumeLoad: CachedVolumeLoader.Outcome, ontology: Ontology,
                 regionLookup: RegionLookup?, transform: AtlasStereotaxicTransform, files: [String: URL],
                 midline: AtlasMidline, atlasToVolumeOffset: SIMD3<Double>, presetSurface: any BrainSurfaceProvider) {
        self.manifest = manifest
        self.volume = volume
        self.volumeLoad = volumeLoad
        self.ontology = ontology
        self.regionLookup = regionLookup
        self.transform = transform
        self.files = files
        self.midline = midline
        self.atlasToVolumeOffset = atlasToVolumeOffset
        self.presetSurface = presetSurface
    }

    /// The default preset of an atlas: `ibl-allen` for the Allen CCF, `herbs-whs` for Waxholm.
    public static func defaultTransform(for manifest: AtlasManifest) -> AtlasStereotaxicTransform {
        manifest.landmarks(named: "waxholm-origin").isEmpty ? .allen(.default) : .waxholm(.herbs)
    }

    /// Opens the atlas with manifest `id`.
    ///
    /// - Parameters:
    ///   - id: a manifest id, e.g. `allen-ccf-2017-25um` or `whs-rat-v4-39um`.
    ///   - searchPath: where the data files are looked for.
    ///   - transform: the preset; `nil` for ``defaultTransform(for:)``.
    ///   - manifestDirectory: where the manifests are; `nil` for the bundled ones.
    ///   - cache: the volume cache (a warm open memory-maps the cached volume).
    /// - Throws: ``AtlasManifestError`` (unknown id), ``AtlasDataError`` (a file missing, naming
    ///   the file, its sha256 and where to get it, or with the wrong checksum),
    ///   ``AtlasVolumeError`` (the volume's geometry is not the manifest's),
    ///   ``VolumeReadError``, ``OntologyError``, ``LoadedAtlasError``.
    public static func open(
        id: String,
        searchPath: AtlasSearchPath = .standard(),
        transform: AtlasStereotaxicTransform? = nil,
        manifestDirectory: URL? = nil,
        cache: CachedVolumeLoader = CachedVolumeLoader()
    ) throws -> LoadedAtlas {
        let manifest = try manifestDirectory.map { dir throws(AtlasManifestError) in
            try AtlasManifest.load(contentsOf: dir.appendingPathComponent("\(id).json"))
        } ?? AtlasManifest.bundled(id: id)
        return try open(manifest: manifest, searchPath: searchPath, transform: transform, cache: cache)
    }

    /// Opens the atlas a manifest describes (see ``open(id:searchPath:transform:manifestDirectory:cache:)``).
    public static func open(
        manifest: AtlasManifest,
        searchPath: AtlasSearchPath = .standard(),
        transform: AtlasStereotaxicTransform? = nil,
        cache: CachedVolumeLoader = CachedVolumeLoader()
    ) throws -> LoadedAtlas {
        guard manifest.volume != nil else {
            throw LoadedAtlasError.noVolume(atlas: manifest.id, sharesSpaceWith: manifest.sharesSpaceWith)
        }
        let transform = transform ?? defaultTransform(for: manifest)
        try checkPreset(transform, for: manifest)

        guard let ontologyFile = manifest.file(role: "ontology") else {
            throw LoadedAtlasError.missingFileRole(atlas: manifest.id, role: "ontology")
        }
        // The annotation through the cache, its checksum and geometry checked against the
        // manifest (on a warm open against the cache's record of the source's checksum).
        let (volume, outcome) = try cache.loadAnnotation(of: manifest, searchPath: searchPath)
        let annotationURL = try manifest.annotationSource(searchPath: searchPath).url
        let ontologyURL = try searchPath.locateVerified(manifest.requirement(for: ontologyFile))

        let ontology: Ontology
        switch ontologyFile.format {
        case "allen-structures-csv": ontology = try AllenStructuresCSV.load(contentsOf: ontologyURL)
        case "allen-structure-graph-json": ontology = try AllenStructureGraphJSON.load(contentsOf: ontologyURL)
        case "itk-snap-label": ontology = try WaxholmLabelFile.load(contentsOf: ontologyURL)
        default: throw LoadedAtlasError.unsupportedFormat(atlas: manifest.id, file: ontologyFile.path, format: ontologyFile.format)
        }

        let offset = try atlasToVolumeOffset(for: transform, manifest: manifest)
        let lookup = volume.orientation == .allenPIR ? try RegionLookup(volume: volume) : nil
        let surface = try makeSurface(volume: volume, preset: transform.unscaled, offset: offset, manifest: manifest)
        return LoadedAtlas(manifest: manifest, volume: volume, volumeLoad: outcome, ontology: ontology, regionLookup: lookup,
                           transform: transform, files: ["annotation": annotationURL, "ontology": ontologyURL],
                           midline: midline(of: volume, manifest: manifest), atlasToVolumeOffset: offset, presetSurface: surface)
    }

    /// The same atlas through another preset or scaling; the volume and ontology
    /// are shared, and so is the surface when the preset itself is unchanged.
    public func with(transform newTransform: AtlasStereotaxicTransform) throws -> LoadedAtlas {
        try Self.checkPreset(newTransform, for: manifest)
        let surface = newTransform.unscaled == transform.unscaled
            ? presetSurface
            : try Self.makeSurface(volume: volume, preset: newTransform.unscaled, offset: atlasToVolumeOffset, manifest: manifest)
        return LoadedAtlas(manifest: manifest, volume: volume, volumeLoad: volumeLoad, ontology: ontology, regionLookup: regionLookup,
                           transform: newTransform, files: files, midline: midline, atlasToVolumeOffset: atlasToVolumeOffset, presetSurface: surface)
    }

    // MARK: Transforms

    /// Bregma frame → Allen CCF through ``transform``; `nil` for the rat atlas.
    public var bregmaToCCF: FrameTransform<Frame.Bregma, Frame.CCF>? { transform.bregmaToCCF }

    /// Bregma frame → Waxholm Space through ``transform``; `nil` for the Allen atlas.
    public var bregmaToWaxholm: FrameTransform<Frame.Bregma, Frame.Waxholm>? { transform.bregmaToWaxholm }

    /// Bregma frame → the volume's axes through ``transform``, naming its choices.
    public var bregmaToVolume: FrameTransform<Frame.Bregma, Frame.AtlasVolume> { bregmaToVolume(transform) }

    /// Bregma frame → the volume's axes through `transform` (a preset of this atlas).
    public func bregmaToVolume(_ transform: AtlasStereotaxicTransform) -> FrameTransform<Frame.Bregma, Frame.AtlasVolume> {
        let toAtlas = transform.bregmaToCCF?.affine ?? transform.bregmaToWaxholm?.affine ?? .identity
        return FrameTransform(toAtlas.then(.translation(atlasToVolumeOffset)), choices: transform.choices)
    }

    /// The per-animal scaling for `landmarks` against this atlas' preset:
    /// the subject's bregma–lambda distance over the preset's reference.
    public func bregmaLambdaScaling(for landmarks: SkullLandmarks,
                                    mode: BregmaLambdaScaling.Mode = .anteroposterior) throws(PresetError) -> BregmaLambdaScaling {
        try BregmaLambdaScaling(measured: landmarks.bregmaLambdaDistance,
                                reference: transform.referenceBregmaLambdaDistance, mode: mode)
    }

    // MARK: Surface

    /// The atlas' top surface in the bregma frame through ``transform`` (with its scaling, if any).
    public var surface: any BrainSurfaceProvider { surface(scaling: transform.scaling) }

    /// The atlas' top surface through this atlas' preset and `scaling`; the
    /// surface itself is computed once, and a scaled one maps rays through it.
    public func surface(scaling: BregmaLambdaScaling?) -> any BrainSurfaceProvider {
        guard let scaling else { return presetSurface }
        return ScaledBrainSurface(base: presetSurface, scaling: scaling)
    }

    // MARK: Conversion

    /// A conversion context with this atlas' transform and surface.
    ///
    /// - Parameters:
    ///   - landmarks: the subject's landmarks (species defaults or measured).
    ///   - scaling: when given, the atlas is scaled by the landmarks' bregma–lambda
    ///     distance over the preset's reference, in this mode; `nil` keeps ``transform``.
    ///   - calibration, externalRegistration, externalAxes, angleOrder: as ``ConversionContext``.
    public func conversionContext(
        landmarks: SkullLandmarks,
        scaling mode: BregmaLambdaScaling.Mode? = nil,
        calibration: FrameCalibration? = nil,
        externalRegistration: FrameTransform<Frame.External, Frame.Bregma>? = nil,
        externalAxes: ManipulatorAxes = .standard,
        angleOrder: BrainstemAngleOrder = .apThenML
    ) throws -> ConversionContext {
        let chosen = try mode.map { m throws(PresetError) in transform.scaled(by: try bregmaLambdaScaling(for: landmarks, mode: m)) }
            ?? transform
        return ConversionContext(landmarks: landmarks, calibration: calibration, externalRegistration: externalRegistration,
                                 externalAxes: externalAxes, atlasTransform: chosen.bregmaToCCF,
                                 surface: surface(scaling: chosen.scaling), angleOrder: angleOrder)
    }

    // MARK: Opening, private

    private static func checkPreset(_ transform: AtlasStereotaxicTransform, for manifest: AtlasManifest) throws {
        guard manifest.stereotaxicTransforms.contains(transform.presetName) else {
            throw LoadedAtlasError.presetNotForAtlas(atlas: manifest.id, preset: transform.presetName,
                                                     available: manifest.stereotaxicTransforms)
        }
    }

    /// The midline: the `waxholm-origin` landmark's ML (Waxholm Space's origin lies on the
    /// midsagittal plane), else the centre of the ML axis, (n − 1)/2 (227.5 for the Allen
    /// 25 µm volume, whose labels are mirror-symmetric about it).
    private static func midline(of volume: LabelVolume, manifest: AtlasManifest) -> AtlasMidline {
        let (axis, towardRight) = volume.orientation.axis(along: .right)
        if let origin = manifest.landmarks(named: "waxholm-origin").first, origin.positionMicrometres.count == 3 {
            return AtlasMidline(mlAxis: axis, index: origin.positionMicrometres[axis] / volume.voxelSizeMicrometres[axis],
                                growsTowardRight: towardRight)
        }
        return AtlasMidline(mlAxis: axis, index: Double(volume.sizes[axis] - 1) / 2, growsTowardRight: towardRight)
    }

    /// volume = atlas + offset: zero for the CCF, the `waxholm-origin` landmark for Waxholm Space.
    private static func atlasToVolumeOffset(for transform: AtlasStereotaxicTransform, manifest: AtlasManifest) throws -> SIMD3<Double> {
        guard case .waxholm = transform else { return .zero }
        guard let origin = manifest.landmarks(named: "waxholm-origin").first, origin.positionMicrometres.count == 3 else {
            throw LoadedAtlasError.missingLandmark(atlas: manifest.id, name: "waxholm-origin")
        }
        let p = origin.positionMicrometres
        return SIMD3(p[0], p[1], p[2]) / 1000
    }

    private static func makeSurface(volume: LabelVolume, preset: AtlasStereotaxicTransform, offset: SIMD3<Double>,
                                    manifest: AtlasManifest) throws -> any BrainSurfaceProvider {
        let name = "\(manifest.id) top surface"
        if let bregmaToCCF = preset.bregmaToCCF, volume.orientation == .allenPIR {
            return try AtlasBrainSurface(volume: volume, bregmaToCCF: bregmaToCCF, atlasName: manifest.id)
        }
        let toAtlas = preset.bregmaToWaxholm?.affine ?? .identity
        let toVolume = FrameTransform<Frame.Bregma, Frame.AtlasVolume>(toAtlas.then(.translation(offset)), choices: preset.choices)
        return try VolumeRayBrainSurface(volume: volume, bregmaToVolume: toVolume, name: name)
    }
}
