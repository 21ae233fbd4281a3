import Dispatch
import Foundation

/// Why a volume cannot be downsampled.
public enum DownsamplingError: Error, Hashable, Sendable, CustomStringConvertible {
    case unsupportedFactor(Int)

    public var description: String {
        switch self {
        case let .unsupportedFactor(f): "block downsampling factor must be 2 or 4, got \(f)"
        }
    }
}

extension LabelVolume {
    /// The volume downsampled by `factor` (2 or 4) along every axis, each output
    /// voxel taking the most frequent label of its f × f × f block of source voxels
    /// (block mode; e.g. the 25 µm Allen annotation → 50 or 100 µm).
    ///
    /// - Ties go to the smallest label value (so a block half unlabelled, half
    ///   labelled, becomes unlabelled).
    /// - Sizes are ⌈n/f⌉; blocks at the far edges hold only the source voxels there.
    /// - Output voxel I covers source voxels f·I … f·I + f − 1, so its centre, and
    ///   the new ``originMillimetres``, move by (f − 1)/2 source voxels:
    ///   o′ = o + (f − 1)·s/2, s′ = f·s. Positions keep their meaning.
    /// - The work is split across the available cores.
    public func downsampledByBlockMode(factor f: Int) throws -> LabelVolume {
        guard f == 2 || f == 4 else { throw DownsamplingError.unsupportedFactor(f) }
        let n = sizes
        let m = SIMD3((n.x + f - 1) / f, (n.y + f - 1) / f, (n.z + f - 1) / f)
        let count = m.x * m.y * m.z
        let out = UnsafeMutablePointer<UInt16>.allocate(capacity: count)
        let values = labelValues
        withUnsafeLabelIndices { source in
            let shared = UncheckedSendable((source, out))
            let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, m.z))
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                let (source, out) = shared.value
                var candidates = [UInt16](repeating: 0, count: f * f * f)
                var tallies = [Int](repeating: 0, count: f * f * f)
                for K in (m.z * w / workers)..<(m.z * (w + 1) / workers) {
                    for J in 0..<m.y { for I in 0..<m.x {
                        var distinct = 0
                        for k in (f * K)..<min(f * K + f, n.z) { for j in (f * J)..<min(f * J + f, n.y) {
                            let row = n.x * (j + n.y * k)
                            for i in (f * I)..<min(f * I + f, n.x) {
                                let index = source[row + i]
                                var c = 0
                                while c < distinct && candidates[c] != index { c += 1 }
                                if c == distinct { candidates[c] = index; tallies[c] = 0; distinct += 1 }
                                tallies[c] += 1
                            }
                        } }
                        var best = 0
                        for c in 1..<max(distinct, 1) {
                            if tallies[c] > tallies[best]
                                || (tallies[c] == tallies[best] && values[Int(candidates[c])] < values[Int(candidates[best])]) {
                                best = c
                            }
                        }
                        out[I + m.x * (J + m.y * K)] = candidates[best]
                    } }
                }
            }
        }
        // Keep only the labels that survive, 0 first.
        var used = [Bool](repeating: false, count: values.count)
        used[0] = true
        for i in 0..<count { used[Int(out[i])] = true }
        var remap = [UInt16](repeating: 0, count: values.count)
        var kept: [Int] = []
        for (old, isUsed) in used.enumerated() where isUsed {
            remap[old] = UInt16(kept.count)
            kept.append(values[old])
        }
        for i in 0..<count { out[i] = remap[Int(out[i])] }
        let s = voxelSizeMillimetres
        return LabelVolume(sizes: m, voxelSizeMicrometres: voxelSizeMicrometres * Double(f), orientation: orientation,
                           originMillimetres: originMillimetres + s * Double(f - 1) / 2,
                           labelValues: kept, storage: LabelIndexStorage(adopting: out, count: count))
    }
}
