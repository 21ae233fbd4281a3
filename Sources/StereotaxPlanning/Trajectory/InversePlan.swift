import StereotaxFrames
import StereotaxGeometry

/// Target and angles → where to enter and how far to go: the skull and
/// brain-surface entries, the depths along the shaft, and (with a frame
/// calibration) the readings to dial on the stereotaxic frame.
public struct InversePlan: Sendable {
    public var target: Point3<Frame.Bregma>
    public var angles: BrainstemAngles
    public var angleOrder: BrainstemAngleOrder
    /// Where the shaft meets the skull model.
    public var skullEntry: Point3<Frame.Bregma>
    /// Where the shaft meets the brain surface.
    public var brainEntry: Point3<Frame.Bregma>
    /// From the brain surface to the target along the shaft.
    public var depth: Length
    /// From the skull surface to the target along the shaft.
    public var depthFromSkull: Length
    /// Frame readings, when a calibration was given.
    public var frameReadings: FrameReadings?
    public var presetName: String
    /// Everything the plan depended on (preset, surfaces, skull model, angle order, calibration).
    public var choices: [String]

    /// Unit vector down the shaft.
    public var direction: Vector3<Frame.Bregma> { angles.direction(order: angleOrder) }
}

/// What to dial on a calibrated stereotaxic frame (manipulator axes, mm).
public struct FrameReadings: Sendable {
    /// The reading with the tip at the target.
    public var target: Point3<Frame.Manipulator>
    /// The reading with the tip at the skull entry (where to drill).
    public var skullEntry: Point3<Frame.Manipulator>
    /// The reading with the tip at the brain-surface entry (zero the depth here).
    public var brainEntry: Point3<Frame.Manipulator>
    /// The angle fields of `Stereotaxic_XYZ_Absolute` (`xAngle`, `yAngle`, `zAngle`), read as the converter reads them.
    public var xAngle: Angle?
    public var yAngle: Angle?
    public var zAngle: Angle?
    /// The calibration's and the conversion's choices.
    public var choices: [String]
}
