import StereotaxAtlas
import StereotaxCoordinates
import StereotaxFrames
import StereotaxGeometry
import StereotaxRecords

/// Resolves procedures into atlas space: procedure + subject (species → atlas)
/// + landmarks (measured per subject, or the species' defaults) + the chosen
/// preset → the target and trajectory in the skull frame and in the atlas,
/// with the provenance of every step.
///
/// The coordinates are decoded by `StereotaxCoordinates` and brought to the
/// bregma frame by the Frames ``CoordinateConverter``; the atlas' preset (and,
/// when asked, the subject's bregma–lambda scaling) maps them into the atlas.
/// When the record gives no brain-surface entry, the entry is where the shaft's
/// line, followed back from the target, meets the atlas' top surface.
public struct ProcedureResolver: Sendable {
    public let options: ResolutionOptions
    /// The atlases, each through the preset of ``options``.
    public let catalogue: AtlasCatalogue

    /// How far back from the target the shaft's line is followed to find the entry (mm).
    public static let entrySearchDistance = Length.mm(40)

    /// - Parameters:
    ///   - catalogue: the loaded atlases; one whose preset differs from the options'
    ///     is re-viewed through the options' preset (sharing its volume).
    ///   - options: the choices (landmarks, scaling, presets, calibration, angle order).
    public init(catalogue: AtlasCatalogue, options: ResolutionOptions = ResolutionOptions()) throws {
        self.options = options
        var chosen = catalogue
        if let mouse = catalogue.mouse, mouse.transform != .allen(options.allenPreset) {
            chosen.mouse = try mouse.with(transform: .allen(options.allenPreset))
        }
        if let rat = catalogue.rat, rat.transform != .waxholm(options.waxholmPreset) {
            chosen.rat = try rat.with(transform: .waxholm(options.waxholmPreset))
        }
        self.catalogue = chosen
    }

    /// Resolves `procedure` for `subject` (the record its `subject` names).
    public func resolve(_ procedure: ProcedureRecord, subject: Subject?) throws(ResolutionError) -> ResolvedProcedure {
        let pid = procedure.id
        var steps: [ProvenanceStep] = []

        // The record and its coordinates.
        guard let systemName = procedure.coordinatesSystemName else { throw .noCoordinateSystem(procedure: pid) }
        let coordinates: Coordinates
        let warnings: [CoordinateIssue]
        switch procedure.decodeCoordinates() {
        case nil: throw .noCoordinateSystem(procedure: pid)
        case let .failed(issues)?: throw .coordinatesNotDecoded(procedure: pid, issues: issues)
        case let .decoded(value, issues)?: (coordinates, warnings) = (value, issues)
        }
        steps.append(ProvenanceStep(.record, "procedure \(pid ?? "(no id)") in the \(procedure.shape.rawValue) shape", values: [
            "procedureID": .text(pid ?? ""), "type": .text(procedure.procedureType ?? ""),
            "shape": .text(procedure.shape.rawValue), "coordinatesSystem": .text(systemName),
        ]))
        let version = CoordinateSchemaVersion(recordValue: procedure.coordinatesSchemaVersion)
        steps.append(ProvenanceStep(.coordinateEncoding,
                                    "coordinates_details read as schema \(version) (\(version == .v1_1_0 ? "{value, unit} objects" : "bare numbers in mm and degrees, External in m"))",
                                    values: [
                                        "schemaVersion": .text(version.description),
                                        "warnings": .text(warnings.map(\.code.rawValue).joined(separator: ",")),
                                    ]))

        // Subject → species → atlas.
        guard let subjectID = procedure.subjectID, let subject else {
            throw .missingSubject(procedure: pid, subject: procedure.subjectID)
        }
        guard subject.id == subjectID else { throw .subjectMismatch(procedure: pid, expected: subjectID, given: subject.id) }
        guard let species = subject.species else {
            throw .unknownSpecies(procedure: pid, subject: subjectID, species: subject.speciesName, strain: subject.strainName)
        }
        let speciesFrom = subject.speciesName.flatMap(Species.init(name:)) != nil ? "species" : "strain"
        steps.append(ProvenanceStep(.species, "subject \(subjectID) is a \(species) (from its \(speciesFrom))", values: [
            "subjectID": .text(subjectID), "species": .text(species.rawValue), "from": .text(speciesFrom),
            "strain": .text(subject.strainName ?? ""),
        ]))
        let atlasID = AtlasCatalogue.atlasID(for: species)
        guard let atlas = catalogue.atlas(for: species) else {
            throw .noAtlas(procedure: pid, species: species.rawValue, atlasID: atlasID)
        }
        steps.append(ProvenanceStep(.atlas, "\(species) → \(atlas.manifest.name)", values: [
            "atlasID": .text(atlas.manifest.id), "voxelSizeMicrometres": .number(atlas.volume.voxelSizeMicrometres.x),
        ]))

        // Landmarks and the atlas transform.
        let measured = options.landmarksBySubject[subjectID]
        let landmarks = measured ?? .defaults(for: species)
        let lambda = landmarks.lambda.millimetres
        steps.append(ProvenanceStep(.landmarks, landmarks.lambdaPlacement.choice, values: [
            "measured": .flag(measured != nil),
            "lambdaAPMillimetres": .number(lambda.x), "lambdaMLMillimetres": .number(lambda.y), "lambdaDVMillimetres": .number(lambda.z),
            "bregmaLambdaDistanceMillimetres": .number(landmarks.bregmaLambdaDistance.millimetres),
        ]))
        var transform = atlas.transform
        steps.append(ProvenanceStep(.preset, transform.unscaled.choices.joined(separator: "; "), values: [
            "preset": .text(transform.presetName),
            "referenceBregmaLambdaDistanceMillimetres": .number(transform.referenceBregmaLambdaDistance.millimetres),
        ]))
        if let mode = options.scaling, measured != nil {
            let scaling: BregmaLambdaScaling
            do { scaling = try atlas.bregmaLambdaScaling(for: landmarks, mode: mode) } catch {
                throw .scaling(procedure: pid, reason: error.description)
            }
            transform = transform.scaled(by: scaling)
            steps.append(ProvenanceStep(.scaling, scaling.choice, values: [
                "factor": .number(scaling.factor), "mode": .text(mode.rawValue),
                "measuredMillimetres": .number(scaling.measured.millimetres),
                "referenceMillimetres": .number(scaling.reference.millimetres),
            ]))
        } else {
            let why = options.scaling == nil ? "not requested" : "the subject's landmarks are species defaults, not measured"
            steps.append(ProvenanceStep(.scaling, "no bregma-lambda scaling (\(why))", values: ["factor": .number(1)]))
        }

        // Record → bregma frame.
        let surface = atlas.surface(scaling: transform.scaling)
        let context = ConversionContext(landmarks: landmarks, calibration: options.calibration,
                                        externalRegistration: options.externalRegistration,
                                        atlasTransform: transform.bregmaToCCF, surface: surface, angleOrder: options.angleOrder)
        if let calibration = options.calibration {
            steps.append(ProvenanceStep(.calibration, calibration.transform.choices.joined(separator: "; "), values: [
                "rmsMillimetres": .number(calibration.rms.millimetres),
            ]))
        }
        if let registration = options.externalRegistration {
            steps.append(ProvenanceStep(.externalRegistration, registration.choices.joined(separator: "; ")))
        }
        let resolved: ResolvedCoordinates
        do { resolved = try CoordinateConverter(context: context).resolve(coordinates) } catch {
            throw .conversion(procedure: pid, error)
        }
        steps.append(ProvenanceStep(.angleOrder, options.angleOrder.description, values: [
            "order": .text(options.angleOrder.rawValue), "anglesGiven": .flag(resolved.anglesGiven),
        ]))
        steps.append(ProvenanceStep(.conversion, "\(systemName) → bregma frame", values: [
            "choices": .text(resolved.choices.joined(separator: " | ")),
        ]))

        // The entry on the brain surface.
        let skull = try skullTrajectory(resolved, surface: surface, procedure: pid, steps: &steps)

        // Bregma frame → atlas.
        let toVolume = atlas.bregmaToVolume(transform)
        let volume = Self.map(skull, through: toVolume)
        guard volume.target.isFinite, Self.isFinite(volume.direction) else {
            throw .notFinite(procedure: pid, what: "the target in the atlas")
        }
        let ccf = transform.bregmaToCCF?.apply(skull.target)
        let waxholm = transform.bregmaToWaxholm?.apply(skull.target)
        let t = (ccf?.millimetres ?? waxholm?.millimetres) ?? volume.target.millimetres
        let axisNames = ccf != nil ? Frame.CCF.axisNames : Frame.Waxholm.axisNames
        var mapped: [String: ProvenanceStep.Value] = ["frame": .text(ccf != nil ? Frame.CCF.frameID.name : Frame.Waxholm.frameID.name)]
        for (i, axis) in axisNames.enumerated() { mapped["target\(axis)Millimetres"] = .number(t[i]) }
        steps.append(ProvenanceStep(.atlasMapping, "bregma frame → \(atlas.manifest.id) through \(transform)", values: mapped))

        return ResolvedProcedure(
            procedureID: pid, subjectID: subjectID, species: species, atlasID: atlas.manifest.id, transform: transform,
            landmarks: landmarks, landmarksMeasured: measured != nil, coordinates: coordinates, resolved: resolved,
            skull: skull, volume: volume, ccfTarget: ccf, waxholmTarget: waxholm, coordinateWarnings: warnings, provenance: steps)
    }

    /// The skull-frame trajectory: the record's entry when it came from a brain-surface
    /// system, else where the shaft's line meets the surface. Depth is signed: negative
    /// when the target lies before the entry (above the brain).
    private func skullTrajectory(_ r: ResolvedCoordinates, surface: any BrainSurfaceProvider, procedure pid: String?,
                                 steps: inout [ProvenanceStep]) throws(ResolutionError) -> Trajectory<Frame.Bregma> {
        guard r.target.isFinite, Self.isFinite(r.direction) else {
            throw .notFinite(procedure: pid, what: "the target or direction in the bregma frame")
        }
        if let entry = r.entry, let depth = r.depth {
            steps.append(ProvenanceStep(.surface, "entry from the record's brain-surface depth on \(surface.surfaceName)", values: [
                "surface": .text(surface.surfaceName), "entrySource": .text("record"), "depthMillimetres": .number(depth.millimetres),
            ]))
            return Trajectory(target: r.target, direction: r.direction, entry: entry, depth: depth)
        }
        let start = r.target - r.direction * Self.entrySearchDistance
        let entry = Ray3(origin: start, direction: r.direction).flatMap { surface.entry(along: $0) }
        let depth = entry.map { Length.mm((r.target - $0).dot(r.direction)) }
        steps.append(ProvenanceStep(.surface, entry == nil
            ? "the shaft's line misses \(surface.surfaceName)"
            : "entry where the shaft's line meets \(surface.surfaceName)", values: [
                "surface": .text(surface.surfaceName), "entrySource": .text(entry == nil ? "none" : "atlas surface"),
                "depthMillimetres": depth.map { .number($0.millimetres) } ?? .text("none"),
            ]))
        return Trajectory(target: r.target, direction: r.direction, entry: entry, depth: depth)
    }

    private static func isFinite<F>(_ v: Vector3<F>) -> Bool {
        v.millimetres.x.isFinite && v.millimetres.y.isFinite && v.millimetres.z.isFinite
    }

    /// A trajectory carried through an affine map; the direction is renormalised
    /// and the depth re-measured in the new frame's millimetres.
    static func map<A, B>(_ t: Trajectory<A>, through f: FrameTransform<A, B>) -> Trajectory<B> {
        let target = f.apply(t.target)
        let mappedDirection = f.apply(t.direction)
        let direction = mappedDirection.normalized ?? mappedDirection
        let entry = t.entry.map { f.apply($0) }
        let depth = entry.map { Length.mm((target - $0).dot(direction)) }
        return Trajectory(target: target, direction: direction, entry: entry, depth: depth)
    }
}
