import StereotaxAtlas

/// A copy of a CCF-axes volume's label indices with DV varying fastest, then
/// AP, then ML: element `j + n_DV·(i + n_AP·k)` for voxel (AP i, DV j, ML k).
///
/// A shaft runs mostly along DV, so in this order its samples read memory
/// nearly sequentially instead of one cache line per DV step (the volume's
/// own order has AP fastest). Costs 2 bytes per voxel (154 MB for the Allen
/// 25 µm volume), built once per ``PlanningAtlas``.
struct DVColumnLabels: Sendable {
    let sizes: SIMD3<Int>
    let indices: [UInt16]

    init(volume: LabelVolume) {
        let (n0, n1, n2) = (volume.sizes.x, volume.sizes.y, volume.sizes.z)
        sizes = volume.sizes
        indices = volume.withUnsafeLabelIndices { source in
            [UInt16](unsafeUninitializedCapacity: source.count) { out, initialised in
                guard let from = source.baseAddress, let to = out.baseAddress else { initialised = 0; return }
                for k in 0..<n2 {
                    let slab = n0 * n1 * k
                    for j in 0..<n1 {
                        let row = from + slab + n0 * j
                        for i in 0..<n0 { (to + slab + j + n1 * i).initialize(to: row[i]) }
                    }
                }
                initialised = source.count
            }
        }
    }
}
