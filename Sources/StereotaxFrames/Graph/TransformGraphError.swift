import StereotaxGeometry

/// Why the transform graph could not answer a query.
public enum TransformGraphError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownFrame(FrameID, known: [FrameID])
    case noPath(from: FrameID, to: FrameID, known: [FrameID])
    case notInvertible(from: FrameID, to: FrameID, reason: String)

    public var description: String {
        switch self {
        case let .unknownFrame(f, known):
            return "frame '\(f)' has no registered transform; known frames: \(known.map(\.name).joined(separator: ", "))"
        case let .noPath(a, b, known):
            return "no chain of registered transforms connects '\(a)' to '\(b)' (known frames: \(known.map(\.name).joined(separator: ", ")))"
        case let .notInvertible(a, b, reason):
            return "the transform \(a) → \(b) is needed backwards but is not invertible: \(reason)"
        }
    }
}
