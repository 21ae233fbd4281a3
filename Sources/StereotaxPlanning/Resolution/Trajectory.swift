import StereotaxGeometry

/// A straight insertion in one frame: where it enters the brain, where it
/// ends (the target: the tip or injection site), the unit direction from entry
/// toward target, and the depth from the entry to the target along it (mm of
/// that frame).
public struct Trajectory<F: CoordinateFrame>: Hashable, Sendable {
    /// The target (tip).
    public var target: Point3<F>
    /// Unit vector down the shaft, toward the target.
    public var direction: Vector3<F>
    /// Where the shaft enters the brain; `nil` when the line misses the brain surface.
    public var entry: Point3<F>?
    /// Distance from ``entry`` to ``target`` along ``direction``; `nil` without an entry.
    public var depth: Length?

    public init(target: Point3<F>, direction: Vector3<F>, entry: Point3<F>?, depth: Length?) {
        self.target = target
        self.direction = direction
        self.entry = entry
        self.depth = depth
    }
}
