import Dispatch
import Foundation
import StereotaxAtlas
import StereotaxFrames

extension TrajectoryPlanner {
    /// The ordered regions of many insertions as one flat table (see ``ShaftRegionTable``),
    /// each region once: the shafts are walked in the Z-order of their entries (see
    /// `localityOrder(of:)`), in pieces handed to the available cores as they free up.
    public func regionTable(of insertions: [Insertion]) -> ShaftRegionTable {
        let sampler = ShaftSampler(lookup: atlas.lookup)
        let toCCF = atlas.bregmaToCCF, step = samplingStep.millimetres
        let count = insertions.count
        let pieces = count < 64 ? 1 : min(4 * max(1, ProcessInfo.processInfo.activeProcessorCount), count / 16)
        let order = localityOrder(of: insertions)

        // 1. Each piece of the order walks its shafts into one list of runs, in its order.
        let pieceRuns = UnsafeMutableBufferPointer<[ShaftSampler.Run]>.allocate(capacity: pieces)
        pieceRuns.initialize(repeating: [])
        let runCounts = UnsafeMutableBufferPointer<Int>.allocate(capacity: count)
        runCounts.initialize(repeating: 0)
        defer {
            pieceRuns.deinitialize().deallocate()
            runCounts.deallocate()
        }
        let walked: Bool = atlas.volume.withUnsafeLabelIndices { labels in
            guard let labels = labels.baseAddress else { return false }
            let shared = SendableBox((pieceRuns, runCounts, labels))
            DispatchQueue.concurrentPerform(iterations: pieces) { piece in  // handed out as the cores free up
                let (pieceRuns, runCounts, labels) = shared.value
                var walkedRuns: [ShaftSampler.Run] = [], runs: [ShaftSampler.Run] = [], scratch: [Int] = []
                for n in count * piece / pieces..<count * (piece + 1) / pieces {
                    let i = order[n], s = insertions[i]
                    sampler.runs(origin: toCCF.apply(s.entry).millimetres, direction: toCCF.apply(s.direction).millimetres,
                                 length: s.depth.millimetres, step: step, labels: labels, into: &runs, scratch: &scratch)
                    runCounts[i] = runs.count
                    walkedRuns.append(contentsOf: runs)
                }
                pieceRuns[piece] = walkedRuns
            }
            return true
        }
        guard walked else {
            return ShaftRegionTable(regions: [.outsideAtlas],
                                    runs: insertions.map { .init(region: 0, start: .zero, end: $0.depth) },
                                    runOffsets: Array(0...count))
        }

        // 2. Where each shaft's runs go (input order), and the regions in key order: a slot per
        //    possible key (−1 outside, 0 unlabelled, 4 · label index + side), so the table does
        //    not depend on which core walked which shaft.
        var runOffsets = [Int](repeating: 0, count: count + 1)
        for i in 0..<count { runOffsets[i + 1] = runOffsets[i] + runCounts[i] }
        var regionOfKey = [Int](repeating: -1, count: 4 * sampler.volume.labelValues.count + 1)
        for runs in pieceRuns { for run in runs { regionOfKey[run.key + 1] = 0 } }
        var regions: [CrossedRegion] = []
        for slot in regionOfKey.indices where regionOfKey[slot] == 0 {
            regionOfKey[slot] = regions.count
            regions.append(sampler.region(slot - 1, ontology: atlas.ontology))
        }

        // 3. The runs in place, each naming its region by position.
        let runs = [ShaftRegionTable.Run](unsafeUninitializedCapacity: runOffsets[count]) { buffer, initialised in
            for piece in 0..<pieces {
                var next = 0
                pieceRuns[piece].withUnsafeBufferPointer { walked in
                    for n in count * piece / pieces..<count * (piece + 1) / pieces {
                        let i = order[n]
                        for position in runOffsets[i]..<runOffsets[i + 1] {
                            let run = walked[next]
                            (buffer.baseAddress! + position).initialize(
                                to: .init(region: regionOfKey[run.key + 1], start: .mm(run.start), end: .mm(run.end)))
                            next += 1
                        }
                    }
                }
            }
            initialised = runOffsets[count]
        }
        return ShaftRegionTable(regions: regions, runs: runs, runOffsets: runOffsets)
    }
}
