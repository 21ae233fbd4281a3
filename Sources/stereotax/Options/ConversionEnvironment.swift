import StereotaxKit

/// The conversion context the command-line options describe. The atlas
/// data is opened only when asked for (a brain surface, a region look-up);
/// a CCF conversion needs only the preset.
struct ConversionEnvironment {
    let context: ConversionContext
    /// The opened atlas, when the options asked for its data.
    let atlas: LoadedAtlas?

    init(atlas: AtlasOptions, frame: FrameOptions, loadAtlas: Bool) throws {
        let landmarks = frame.landmarks(for: atlas)
        // Scale the atlas when the animal's own bregma–lambda distance is known.
        let scale = atlas.bregmaLambdaMillimetres != nil || frame.lambda != nil
        if loadAtlas {
            let loaded = try atlas.open(landmarks: landmarks, scale: scale)
            self.atlas = loaded
            context = ConversionContext(
                landmarks: landmarks, calibration: frame.calibration, externalRegistration: frame.externalRegistration,
                externalAxes: frame.externalAxes.axes, atlasTransform: loaded.bregmaToCCF, surface: loaded.surface,
                angleOrder: frame.angleOrder.order)
        } else {
            self.atlas = nil
            let transform = try atlas.stereotaxicTransform(for: try atlas.manifest(), landmarks: landmarks, scale: scale)
            context = ConversionContext(
                landmarks: landmarks, calibration: frame.calibration, externalRegistration: frame.externalRegistration,
                externalAxes: frame.externalAxes.axes, atlasTransform: transform.bregmaToCCF, surface: nil,
                angleOrder: frame.angleOrder.order)
        }
    }
}
