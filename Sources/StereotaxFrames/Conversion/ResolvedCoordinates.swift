import StereotaxCoordinates
import StereotaxGeometry

/// Coordinates of any system resolved to the bregma frame: the target (tip),
/// the approach, and where known the brain-surface entry and the depth along
/// the shaft, with every choice the resolution depended on.
public struct ResolvedCoordinates: Sendable {
    /// The system the coordinates were given in.
    public var source: CoordinateSystemName
    /// The target: the tip of the probe, the injection site (mm from bregma).
    public var target: Point3<Frame.Bregma>
    /// Unit vector down the shaft, from the entry toward the target.
    public var direction: Vector3<Frame.Bregma>
    /// Rotation about the shaft (BrainSTEM's `rotation` / `dvAngle`), when given.
    public var rotation: Angle?
    /// Whether the record gave the tilt angles (absent angles are read as a vertical approach).
    public var anglesGiven: Bool
    /// Where the shaft crosses the brain surface, when a surface was used.
    public var entry: Point3<Frame.Bregma>?
    /// Distance from the brain surface to the target along the shaft, when a surface was used.
    public var depth: Length?
    /// The choices the resolution depended on, in order (landmarks, calibration, preset, surface, angle order).
    public var choices: [String]
}
