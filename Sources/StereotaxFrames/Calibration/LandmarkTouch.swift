import StereotaxGeometry

/// A skull landmark touched with the probe tip: the stereotaxic frame's
/// reading there and where the landmark is in the bregma frame.
public struct LandmarkTouch: Sendable, Hashable {
    /// What was touched, for reports (e.g. `"bregma"`, `"lambda"`, `"left temporal ridge"`).
    public var name: String
    /// The frame's x, y, z reading with the tip on the landmark (mm).
    public var reading: Point3<Frame.Manipulator>
    /// The landmark in the bregma frame (bregma is the origin; lambda from the skull landmarks).
    public var position: Point3<Frame.Bregma>

    public init(name: String, reading: Point3<Frame.Manipulator>, position: Point3<Frame.Bregma>) {
        self.name = name
        self.reading = reading
        self.position = position
    }
}
