import StereotaxAtlas
import StereotaxCoordinates
import StereotaxFrames
import StereotaxGeometry
import StereotaxRecords

/// A procedure resolved into atlas space: the target and trajectory in the
/// skull (bregma) frame and in the atlas, with the provenance of every step.
public struct ResolvedProcedure: Sendable {
    /// The procedure's `id`, when it has one.
    public var procedureID: String?
    /// The subject's `id`.
    public var subjectID: String?
    public var species: Species
    /// The atlas' manifest id, e.g. `allen-ccf-2017-25um`.
    public var atlasID: String
    /// The preset (and per-subject scaling) that mapped the skull into the atlas.
    public var transform: AtlasStereotaxicTransform
    /// The landmarks used (measured or species defaults).
    public var landmarks: SkullLandmarks
    /// Whether ``landmarks`` were measured for this subject (else species defaults).
    public var landmarksMeasured: Bool
    /// The decoded coordinates, as the record gives them.
    public var coordinates: Coordinates
    /// The coordinates resolved in the bregma frame (the converter's output).
    public var resolved: ResolvedCoordinates
    /// The trajectory in the skull frame (mm from bregma; AP anterior+, ML right+, DV ventral+).
    public var skull: Trajectory<Frame.Bregma>
    /// The trajectory in the atlas volume's axes (for voxel look-ups).
    public var volume: Trajectory<Frame.AtlasVolume>
    /// The target in the Allen CCF (mouse), else `nil`.
    public var ccfTarget: Point3<Frame.CCF>?
    /// The target in Waxholm Space (rat), else `nil`.
    public var waxholmTarget: Point3<Frame.Waxholm>?
    /// Decoder warnings about the record's coordinates (legacy keys, unknown fields, ...).
    public var coordinateWarnings: [CoordinateIssue]
    /// Every step and choice, in order.
    public var provenance: [ProvenanceStep]
}
