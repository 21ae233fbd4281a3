import Foundation
import StereotaxGeometry

/// The brain's top surface as a height field: for each (AP, ML) column of a
/// CCF-axes volume, the DV index of the first labelled voxel going down
/// (ventrally) from the top, or none when the column misses the brain.
///
/// Computed once from the volume; the surface DV of a column is the centre of
/// that voxel, o + index · s (the convention of "first labelled voxel at DV 675 µm").
public struct TopSurfaceHeightField: Sendable {
    /// Columns along AP (axis 0) and ML (axis 2).
    public let apCount: Int
    public let mlCount: Int
    public let voxelSizeMillimetres: SIMD3<Double>
    /// The centre of voxel (0, 0, 0), mm (``LabelVolume/originMillimetres``).
    public let originMillimetres: SIMD3<Double>
    /// `firstLabelledDV[ap + apCount · ml]`, −1 where the column has no label.
    private let firstLabelledDV: [Int32]

    /// - Throws: ``RegionLookupError/notCCFAxes(orientation:)`` unless the volume is in PIR axes.
    public init(volume: LabelVolume) throws {
        guard volume.orientation == .allenPIR else { throw RegionLookupError.notCCFAxes(orientation: volume.orientation.code) }
        let (n0, n1, n2) = (volume.sizes.x, volume.sizes.y, volume.sizes.z)
        apCount = n0
        mlCount = n2
        voxelSizeMillimetres = volume.voxelSizeMillimetres
        originMillimetres = volume.originMillimetres
        var first = [Int32](repeating: -1, count: n0 * n2)
        let zeros = [UInt16](repeating: 0, count: n0)
        volume.withUnsafeLabelIndices { indices in
            first.withUnsafeMutableBufferPointer { out in
                zeros.withUnsafeBytes { zeroRow in
                    var pending = [Int](repeating: 0, count: n0)
                    for k in 0..<n2 {
                        // AP columns of this ML slab still without a label, in any order.
                        var remaining = n0
                        for i in 0..<n0 { pending[i] = i }
                        for j in 0..<n1 where remaining > 0 {
                            let row = indices.baseAddress! + n0 * (j + n1 * k)
                            if memcmp(row, zeroRow.baseAddress!, 2 * n0) == 0 { continue }
                            var r = 0
                            while r < remaining {
                                let i = pending[r]
                                if row[i] != 0 {
                                    out[i + n0 * k] = Int32(j)
                                    remaining -= 1
                                    pending[r] = pending[remaining]
                                } else {
                                    r += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        firstLabelledDV = first
    }

    /// The DV index of the first labelled voxel in column (AP index, ML index),
    /// or `nil` when the column has none or lies outside the volume.
    public func firstLabelledDVIndex(apIndex i: Int, mlIndex k: Int) -> Int? {
        guard i >= 0, k >= 0, i < apCount, k < mlCount else { return nil }
        let j = firstLabelledDV[i + apCount * k]
        return j < 0 ? nil : Int(j)
    }

    /// The surface DV (centre of the first labelled voxel) below the CCF (AP, ML)
    /// position, by nearest column; `nil` off the brain or for a non-finite position.
    public func surfaceDV(ap: Length, ml: Length) -> Length? {
        guard let (i, k) = column(apMillimetres: ap.millimetres, mlMillimetres: ml.millimetres),
              let j = firstLabelledDVIndex(apIndex: i, mlIndex: k) else { return nil }
        return .mm(originMillimetres.y + Double(j) * voxelSizeMillimetres.y)
    }

    /// The (AP, ML) column holding a CCF position (nearest-voxel rule), or `nil` off the volume.
    func column(apMillimetres ap: Double, mlMillimetres ml: Double) -> (ap: Int, ml: Int)? {
        let u = (ap - originMillimetres.x) / voxelSizeMillimetres.x + 0.5 + LabelVolume.boundaryTolerance
        let w = (ml - originMillimetres.z) / voxelSizeMillimetres.z + 0.5 + LabelVolume.boundaryTolerance
        guard u.isFinite, w.isFinite, u >= 0, w >= 0, u < Double(apCount), w < Double(mlCount) else { return nil }
        return (Int(u.rounded(.down)), Int(w.rounded(.down)))
    }
}
