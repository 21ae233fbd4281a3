#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StereotaxAtlas

/// A copy of a CCF-axes volume's label indices with DV varying fastest, then
/// AP, then ML: element `j + n_DV·(i + n_AP·k)` for voxel (AP i, DV j, ML k).
///
/// A shaft runs mostly along DV, so in this order its samples read memory
/// nearly sequentially instead of one cache line per DV step (the volume's
/// own order has AP fastest). On Linux the copy asks for transparent huge
/// pages, so that the jumps between columns do not each cost a page-table
/// walk. Costs 2 bytes per voxel (154 MB for the Allen 25 µm volume), built
/// once per ``PlanningAtlas``.
final class DVColumnLabels: @unchecked Sendable {
    let sizes: SIMD3<Int>
    /// Immutable after `init`; freed in `deinit`.
    let indices: UnsafeBufferPointer<UInt16>

    /// Whether the storage came from `posix_memalign` (freed with `free`) or `allocate` (deallocated).
    private let ownsHugePageAllocation: Bool

    /// Huge-page size the storage is aligned to (2 MiB).
    private static let alignment = 1 << 21

    init(volume: LabelVolume) {
        let (n0, n1, n2) = (volume.sizes.x, volume.sizes.y, volume.sizes.z)
        sizes = volume.sizes
        let count = volume.voxelCount
        let bytes = max(2, count * 2 + Self.alignment - 1) / Self.alignment * Self.alignment
        var aligned: UnsafeMutableRawPointer?
        let raw: UnsafeMutableRawPointer
        if posix_memalign(&aligned, Self.alignment, bytes) == 0, let aligned {
            raw = aligned
            ownsHugePageAllocation = true
        } else {
            raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
            ownsHugePageAllocation = false
        }
        let to = raw.bindMemory(to: UInt16.self, capacity: max(count, 1))
        #if os(Linux)
        _ = madvise(raw, bytes, 14)   // MADV_HUGEPAGE; advice only, ignored where unsupported
        #endif
        volume.withUnsafeLabelIndices { source in
            guard let from = source.baseAddress else { return }
            for k in 0..<n2 {
                let slab = n0 * n1 * k
                for j in 0..<n1 {
                    let row = from + slab + n0 * j
                    for i in 0..<n0 { (to + slab + j + n1 * i).initialize(to: row[i]) }
                }
            }
        }
        indices = UnsafeBufferPointer(start: to, count: count)
    }

    deinit {
        guard let base = indices.baseAddress else { return }
        let raw = UnsafeMutableRawPointer(mutating: base)
        if ownsHugePageAllocation { free(raw) } else { raw.deallocate() }
    }
}
