import StereotaxGeometry

extension Frame {
    /// A loaded atlas' label volume in its own storage axes: millimetres from
    /// the centre of voxel (0, 0, 0), axis i along storage axis i (see
    /// ``LabelVolume`` for the index ↔ position rule). For the Allen CCF volume
    /// this is the CCF itself; for the Waxholm v4 volume it is Waxholm Space
    /// shifted by the origin voxel (244, 623, 248) × 39.0625 µm.
    public enum AtlasVolume: CoordinateFrame {
        public static let frameID: FrameID = "atlas-volume"
        public static let axisNames = ["axis 0", "axis 1", "axis 2"]
        public static let summary = "a label volume's storage axes; origin centre of voxel (0, 0, 0) (mm)"
    }
}
