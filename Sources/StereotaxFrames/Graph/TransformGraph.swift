import StereotaxGeometry

/// Frames and the transforms between them, registered once; any pair can be
/// asked for (after pytransform3d's `TransformManager`).
///
/// Each registered edge `A → B` is usable both ways: walking it backwards uses
/// the inverse (from LAPACK for an affine edge). A query finds the shortest
/// path by breadth-first search, composes the edges along it, and reports
/// the path and every choice the edges depend on.
public struct TransformGraph: Sendable {
    /// One registered transform.
    public struct Edge: Sendable {
        public let from: FrameID
        public let to: FrameID
        public let transform: AffineTransform3
        /// What this edge depends on (a preset, a calibration, landmark values ...).
        public let choices: [String]
    }

    /// The result of a query: the composed map, the frames it passes through
    /// (first is the source, last the destination) and the choices involved.
    public struct Resolution: Sendable {
        public let transform: AffineTransform3
        public let path: [FrameID]
        public let choices: [String]

        /// The path written as `bregma → lambda → ccf`.
        public var pathDescription: String { path.map(\.name).joined(separator: " → ") }
    }

    private var edges: [Edge] = []

    public init() {}

    /// Every frame that appears in a registered edge, sorted by name.
    public var frames: [FrameID] { Array(Set(edges.flatMap { [$0.from, $0.to] })).sorted() }

    /// The registered edges, in registration order.
    public var registeredEdges: [Edge] { edges }

    /// Registers `transform` from `from` to `to`, replacing any transform
    /// already registered between the two frames (in either direction).
    public mutating func register(from: FrameID, to: FrameID, _ transform: AffineTransform3, choices: [String] = []) {
        precondition(from != to, "a frame's transform to itself is the identity; register transforms between different frames")
        edges.removeAll { ($0.from == from && $0.to == to) || ($0.from == to && $0.to == from) }
        edges.append(Edge(from: from, to: to, transform: transform, choices: choices))
    }

    /// Registers a typed transform.
    public mutating func register<A, B>(_ transform: FrameTransform<A, B>) {
        register(from: A.frameID, to: B.frameID, transform.affine, choices: transform.choices)
    }

    /// Removes the transform between two frames, if any.
    public mutating func remove(between a: FrameID, and b: FrameID) {
        edges.removeAll { ($0.from == a && $0.to == b) || ($0.from == b && $0.to == a) }
    }

    /// The shortest chain of frames from `source` to `destination`, or `nil`.
    public func path(from source: FrameID, to destination: FrameID) -> [FrameID]? {
        if source == destination { return [source] }
        var previous: [FrameID: FrameID] = [source: source]
        var queue = [source]
        var head = 0
        while head < queue.count {
            let frame = queue[head]
            head += 1
            for neighbour in neighbours(of: frame) where previous[neighbour] == nil {
                previous[neighbour] = frame
                if neighbour == destination {
                    var chain = [destination]
                    var f = destination
                    while f != source { f = previous[f]!; chain.append(f) }
                    return chain.reversed()
                }
                queue.append(neighbour)
            }
        }
        return nil
    }

    /// The composed transform from `source` to `destination`.
    /// - Throws: ``TransformGraphError`` when a frame is unknown, no chain of
    ///   registered transforms connects the two, or an edge walked backwards
    ///   is not invertible.
    public func resolve(from source: FrameID, to destination: FrameID) throws -> Resolution {
        let known = Set(frames)
        for f in [source, destination] where !known.contains(f) && source != destination {
            throw TransformGraphError.unknownFrame(f, known: frames)
        }
        guard let chain = path(from: source, to: destination) else {
            throw TransformGraphError.noPath(from: source, to: destination, known: frames)
        }
        var total = AffineTransform3.identity
        var choices: [String] = []
        for (a, b) in zip(chain, chain.dropFirst()) {
            if let e = edges.first(where: { $0.from == a && $0.to == b }) {
                total = total.then(e.transform)
                choices += e.choices
            } else {
                let e = edges.first(where: { $0.from == b && $0.to == a })!
                do {
                    total = total.then(try e.transform.inverse())
                } catch {
                    throw TransformGraphError.notInvertible(from: e.from, to: e.to, reason: "\(error)")
                }
                choices += e.choices
            }
        }
        var seen = Set<String>()
        return Resolution(transform: total, path: chain, choices: choices.filter { seen.insert($0).inserted })
    }

    /// The typed transform from `A` to `B`; its choices start with the path taken.
    public func transform<A, B>(from: A.Type, to: B.Type) throws -> FrameTransform<A, B> {
        let r = try resolve(from: A.frameID, to: B.frameID)
        return FrameTransform(r.transform, choices: ["path: \(r.pathDescription)"] + r.choices)
    }

    private func neighbours(of frame: FrameID) -> [FrameID] {
        edges.compactMap { $0.from == frame ? $0.to : ($0.to == frame ? $0.from : nil) }
    }
}
