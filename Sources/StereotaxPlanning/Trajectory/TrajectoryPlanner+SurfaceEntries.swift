import Dispatch
import Foundation
import StereotaxFrames
import StereotaxGeometry

extension TrajectoryPlanner {
    /// One insertion to place as ``forward(entryAP:entryML:angles:depth:probe:)`` places it:
    /// the entry (AP, ML from bregma) on the brain surface straight below, the angles,
    /// and the depth along the shaft.
    public struct SurfaceEntry: Hashable, Sendable {
        public var ap: Length
        public var ml: Length
        public var angles: BrainstemAngles
        public var depth: Length

        public init(ap: Length, ml: Length, angles: BrainstemAngles, depth: Length) {
            self.ap = ap
            self.ml = ml
            self.angles = angles
            self.depth = depth
        }
    }

    /// The insertion of one surface entry: the checks and placement of
    /// ``forward(entryAP:entryML:angles:depth:probe:)``, without the plan.
    public func insertion(_ entry: SurfaceEntry) throws(PlanningError) -> Insertion {
        try insertion(entry, surface: atlas.surface)
    }

    /// The insertions of many surface entries, in input order, split across the available
    /// cores: each is the insertion ``insertion(_:)`` places, or the error it throws for that
    /// entry. Feed the placed ones to ``segments(of:)`` for their regions.
    public func insertions(_ entries: [SurfaceEntry]) -> [Result<Insertion, PlanningError>] {
        placeInsertions(entries, surface: atlas.surface)
    }

    /// The batch for a surface of a known type, so that the loop calls it directly.
    private func placeInsertions(_ entries: [SurfaceEntry], surface: some BrainSurfaceProvider) -> [Result<Insertion, PlanningError>] {
        let count = entries.count
        let pieces = count < 256 ? 1 : min(4 * max(1, ProcessInfo.processInfo.activeProcessorCount), count / 64)
        let placeholder: Result<Insertion, PlanningError> = .failure(.insertion(reason: "not placed"))
        var results = [Result<Insertion, PlanningError>](repeating: placeholder, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let shared = SendableBox(base)
            DispatchQueue.concurrentPerform(iterations: pieces) { piece in  // handed out as the cores free up
                for i in count * piece / pieces..<count * (piece + 1) / pieces {
                    shared.value[i] = Result { () throws(PlanningError) -> Insertion in try insertion(entries[i], surface: surface) }
                }
            }
        }
        return results
    }

    func insertion(_ entry: SurfaceEntry, surface: some BrainSurfaceProvider) throws(PlanningError) -> Insertion {
        try PlanningError.check(entry.ap.millimetres, "entry AP")
        try PlanningError.check(entry.ml.millimetres, "entry ML")
        try PlanningError.check(entry.depth.millimetres, "depth")
        guard entry.depth.millimetres >= 0 else {
            throw .invalidInput(field: "depth", expected: "≥ 0 mm below the brain surface", found: entry.depth.millimetres)
        }
        do {
            return try Insertion.fromSurfaceEntry(ap: entry.ap, ml: entry.ml, depth: entry.depth,
                                                  direction: entry.angles.direction(order: angleOrder), surface: surface)
        } catch { throw .insertion(reason: "\(error)") }
    }
}
