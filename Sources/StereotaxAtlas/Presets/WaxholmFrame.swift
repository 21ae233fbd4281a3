import StereotaxGeometry

extension Frame {
    /// Waxholm Space (the Waxholm rat atlas' own coordinates): origin at the
    /// anterior commissure, voxel (244, 623, 248) of the v4 volume; x ML
    /// right+, y AP anterior+, z DV dorsal+ (RAS), millimetres.
    public enum Waxholm: CoordinateFrame {
        public static let frameID: FrameID = "waxholm"
        public static let axisNames = ["ML", "AP", "DV"]
        public static let summary = "Waxholm Space (rat); origin anterior commissure; x ML right+, y AP anterior+, z DV dorsal+ (mm)"
    }
}

extension Point3 where F == Frame.Waxholm {
    /// A Waxholm Space point: ML right+, AP anterior+, DV dorsal+ from the anterior commissure.
    @inlinable public init(ml: Length, ap: Length, dvDorsal: Length) { self.init(ml, ap, dvDorsal) }

    /// The centre of voxel (i, j, k) of the v4 volume (39.0625 µm, RAS, origin voxel (244, 623, 248)).
    public static func waxholmV4Voxel(_ i: Double, _ j: Double, _ k: Double) -> Point3 {
        let v = 0.0390625
        return Point3(mm: (i - 244) * v, (j - 623) * v, (k - 248) * v)
    }
}
