import StereotaxCoordinates
import StereotaxFrames
import StereotaxGeometry

extension TrajectoryPlanner {
    /// Target (bregma frame) and angles → entries, depths and frame readings.
    ///
    /// The brain entry is the first point where the shaft, coming down along
    /// the angles' direction toward the target, meets the atlas surface; the
    /// skull entry the same on a ``SkullSurface`` `skullThickness` above it.
    public func inverse(target: Point3<Frame.Bregma>, angles: BrainstemAngles, skullThickness: Length,
                        calibration: FrameCalibration? = nil) throws -> InversePlan {
        try PlanningError.check(target, "target")
        let direction = angles.direction(order: angleOrder)
        let brain: Insertion
        do { brain = try Insertion.fromTip(target, direction: direction, surface: atlas.surface) } catch {
            throw PlanningError.insertion(reason: "\(error)")
        }
        let skull = try SkullSurface(brain: atlas.surface, thickness: skullThickness)
        let skullInsertion: Insertion
        do { skullInsertion = try Insertion.fromTip(target, direction: direction, surface: skull) } catch {
            throw PlanningError.noSkullEntry(skull: skull.surfaceName)
        }
        var choices = ["atlas preset: \(atlas.presetName)"] + atlas.bregmaToCCF.choices
        choices += ["brain surface: \(atlas.surface.surfaceName)", "skull: \(skull.surfaceName)", "angle order: \(angleOrder)"]
        var readings: FrameReadings?
        if let calibration {
            readings = try frameReadings(target: target, angles: angles, skullEntry: skullInsertion.entry,
                                         brainEntry: brain.entry, calibration: calibration)
            for c in readings?.choices ?? [] where !choices.contains(c) { choices.append(c) }
        }
        return InversePlan(target: target, angles: angles, angleOrder: angleOrder, skullEntry: skullInsertion.entry,
                           brainEntry: brain.entry, depth: brain.depth, depthFromSkull: skullInsertion.depth,
                           frameReadings: readings, presetName: atlas.presetName, choices: choices)
    }

    /// The readings on a calibrated frame, through the conversion layer
    /// (`Stereotaxic_BregmaAbsolute` → `Stereotaxic_XYZ_Absolute`).
    func frameReadings(target: Point3<Frame.Bregma>, angles: BrainstemAngles, skullEntry: Point3<Frame.Bregma>,
                       brainEntry: Point3<Frame.Bregma>, calibration: FrameCalibration) throws -> FrameReadings {
        let context = ConversionContext(landmarks: .defaults(for: .mouse), calibration: calibration, angleOrder: angleOrder)
        let converter = CoordinateConverter(context: context)
        let given = Coordinates.stereotaxicBregmaAbsolute(BregmaAbsoluteCoordinates(
            apCoordinate: target.ap, mlCoordinate: target.ml, dvCoordinate: target.dv,
            apAngle: angles.apAngle, mlAngle: angles.mlAngle, dvAngle: angles.rotation))
        let result = try converter.convert(given, to: .stereotaxicXYZAbsolute)
        guard case let .stereotaxicXYZAbsolute(xyz) = result.coordinates, let x = xyz.x, let y = xyz.y, let z = xyz.z else {
            throw PlanningError.insertion(reason: "the conversion to Stereotaxic_XYZ_Absolute gave no x, y, z")
        }
        let toFrame = try calibration.transform.inverse()
        return FrameReadings(target: Point3(x, y, z), skullEntry: toFrame.apply(skullEntry), brainEntry: toFrame.apply(brainEntry),
                             xAngle: xyz.xAngle, yAngle: xyz.yAngle, zAngle: xyz.zAngle, choices: result.choices)
    }

    /// The angles (rotation 0) of the straight line from `entry` down to `target`.
    public func angles(from entry: Point3<Frame.Bregma>, to target: Point3<Frame.Bregma>) throws -> BrainstemAngles {
        try PlanningError.check(entry, "entry")
        try PlanningError.check(target, "target")
        guard let d = (target - entry).normalized, (target - entry).length.millimetres > 1e-12 else { throw PlanningError.entryEqualsTarget }
        return try BrainstemAngles(direction: d, order: angleOrder)
    }

    /// The brain-surface point straight below (AP, ML) from bregma.
    public func surfacePoint(ap: Length, ml: Length) throws -> Point3<Frame.Bregma> {
        do {
            return try Insertion.fromSurfaceEntry(ap: ap, ml: ml, depth: .zero, direction: Vector3(mm: 0, 0, 1), surface: atlas.surface).entry
        } catch { throw PlanningError.insertion(reason: "\(error)") }
    }
}
