import StereotaxAtlas

/// A CCF-axes volume's label indices stored per (AP, ML) column as runs along
/// DV: for column `c = i + n_AP·k`, the entries `runs[offsets[c] ..< offsets[c + 1]]`
/// each pack a first DV index (high 16 bits) and a label index (low 16 bits),
/// in increasing DV; a run lasts until the next one starts.
///
/// A shaft runs mostly along DV, so consecutive samples fall in the same run;
/// and the runs of the whole Allen 25 µm volume take a few tens of MB where the
/// voxels take 154 MB, so a shaft's look-ups mostly stay in the processor's
/// caches instead of waiting for memory.
struct DVColumnRuns: Sendable {
    let sizes: SIMD3<Int>
    let offsets: [Int32]
    let runs: [UInt32]

    init(volume: LabelVolume) {
        let (n0, n1, n2) = (volume.sizes.x, volume.sizes.y, volume.sizes.z)
        sizes = volume.sizes
        var offsets = [Int32](repeating: 0, count: n0 * n2 + 1)
        var runs: [UInt32] = []
        volume.withUnsafeLabelIndices { source in
            guard let from = source.baseAddress else { return }
            var last = [UInt16](repeating: 0, count: n0)
            for k in 0..<n2 {
                // One pass over the slab, rows of AP; collect each column's changes.
                var columnRuns = [[UInt32]](repeating: [], count: n0)
                for j in 0..<n1 {
                    let row = from + n0 * (j + n1 * k)
                    for i in 0..<n0 where j == 0 || row[i] != last[i] {
                        columnRuns[i].append(UInt32(j) << 16 | UInt32(row[i]))
                        last[i] = row[i]
                    }
                }
                for i in 0..<n0 {
                    offsets[i + n0 * k] = Int32(runs.count)
                    runs.append(contentsOf: columnRuns[i])
                }
            }
        }
        offsets[n0 * n2] = Int32(runs.count)
        self.offsets = offsets
        self.runs = runs
    }

    /// Calls `body` with the runs and the offsets; `nil` for an empty volume.
    func withPointers<R>(_ body: (UnsafePointer<UInt32>, UnsafePointer<Int32>) -> R) -> R? {
        runs.withUnsafeBufferPointer { r in
            offsets.withUnsafeBufferPointer { o in
                guard let rb = r.baseAddress, let ob = o.baseAddress else { return nil }
                return body(rb, ob)
            }
        }
    }

    /// The label index at voxel (i, j, k), all in range.
    @inline(__always)
    static func labelIndex(runs: UnsafePointer<UInt32>, offsets: UnsafePointer<Int32>, column c: Int, dv j: Int) -> UInt16 {
        var lo = Int(offsets[c]), hi = Int(offsets[c + 1]) - 1
        let key = UInt32(j) << 16 | 0xFFFF
        // The last run whose first DV index ≤ j.
        while lo < hi {
            let mid = (lo + hi + 1) >> 1
            if runs[mid] <= key { lo = mid } else { hi = mid - 1 }
        }
        return UInt16(truncatingIfNeeded: runs[lo])
    }
}
