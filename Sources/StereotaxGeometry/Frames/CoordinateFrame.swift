/// A named frame of reference. Frames are types, so a point in one frame
/// cannot be passed where a point in another is expected.
///
/// Conforming types are caseless enums used only as type tags; the runtime
/// transform graph identifies them by ``frameID``.
public protocol CoordinateFrame: Sendable {
    /// The frame's identity in the transform graph.
    static var frameID: FrameID { get }
    /// What the three components mean, in order, e.g. `["AP", "ML", "DV"]`.
    static var axisNames: [String] { get }
    /// One line stating origin, axes and signs.
    static var summary: String { get }
}

/// The runtime name of a frame, used by the transform graph.
public struct FrameID: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let name: String
    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { self.name = value }
    public var description: String { name }
    public static func < (a: FrameID, b: FrameID) -> Bool { a.name < b.name }
}

/// The frames StereotaxKit knows. All lengths are millimetres.
public enum Frame {
    /// Skull frame with its origin at bregma: (AP anterior+, ML right+, DV ventral+).
    public enum Bregma: CoordinateFrame {
        public static let frameID: FrameID = "bregma"
        public static let axisNames = ["AP", "ML", "DV"]
        public static let summary = "origin bregma; AP anterior+, ML right+, DV ventral+ (mm)"
    }

    /// Skull frame with its origin at lambda, axes parallel to ``Bregma``.
    public enum Lambda: CoordinateFrame {
        public static let frameID: FrameID = "lambda"
        public static let axisNames = ["AP", "ML", "DV"]
        public static let summary = "origin lambda; AP anterior+, ML right+, DV ventral+ (mm)"
    }

    /// The stereotaxic frame's own manipulator axes (x, y, z), as read off its
    /// scales; related to ``Bregma`` by a calibration.
    public enum Manipulator: CoordinateFrame {
        public static let frameID: FrameID = "stereotaxic-frame"
        public static let axisNames = ["x", "y", "z"]
        public static let summary = "the stereotaxic frame's manipulator axes x, y, z (mm)"
    }

    /// Any external rig or room frame (records give metres; stored as mm).
    public enum External: CoordinateFrame {
        public static let frameID: FrameID = "external"
        public static let axisNames = ["x", "y", "z"]
        public static let summary = "an external rig/room frame x, y, z (mm; records default to m)"
    }

    /// Allen CCF: x = AP posterior+, y = DV ventral+, z = ML right+, origin at
    /// the volume's front-top-left corner (mm).
    public enum CCF: CoordinateFrame {
        public static let frameID: FrameID = "ccf"
        public static let axisNames = ["AP", "DV", "ML"]
        public static let summary = "Allen CCF; x AP posterior+, y DV ventral+, z ML right+, origin front-top-left corner (mm)"
    }
}
