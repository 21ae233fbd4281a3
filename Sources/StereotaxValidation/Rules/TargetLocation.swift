import StereotaxAtlas
import StereotaxCoordinates
import StereotaxGeometry

/// Where a record's coordinates put its target.
public enum TargetLocation: Sendable {
    /// Placed: the target in the bregma frame and in the atlas volume's axes, and what the
    /// atlas holds there.
    case placed(bregma: Point3<Frame.Bregma>, volume: Point3<Frame.AtlasVolume>, region: RegionLookupResult)
    /// The values cannot describe a target as written (a negative depth; no brain surface
    /// along the shaft): `reason` says why.
    case invalid(reason: String)
    /// Not placed for want of context (a frame calibration, an external registration, an
    /// atlas for the species): `reason` says what is missing.
    case unplaced(reason: String)

    /// The structure id at the target, if it is placed in a structure.
    public var structureID: Int? {
        if case .placed(_, _, let region) = self { return region.structureID }
        return nil
    }
}
