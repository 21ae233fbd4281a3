/// A 3-D label volume: one integer label per voxel, stored as 16-bit indices
/// into a table of the volume's distinct label values.
///
/// **Storage.** Voxel (i₀, i₁, i₂) is element i₀ + n₀·(i₁ + n₁·i₂): axis 0 varies
/// fastest, as in NRRD and NIfTI files.
///
/// **Index ↔ position.** Positions are in the volume's own axes, millimetres:
/// voxel i's centre is at o + i·s along an axis of voxel size s, with o =
/// ``originMillimetres`` (0 for volumes read from files), and the voxel covers
/// [o + (i − ½)·s, o + (i + ½)·s). A position exactly on a boundary belongs to
/// the voxel on its positive side. For the Allen CCF volume these positions are
/// the CCF coordinates (AP posterior+, DV ventral+, ML right+); ``orientation``
/// says which anatomical way each axis grows.
///
/// **Labels.** ``labelValues``[0] is always 0, the "unlabelled" value, whether or
/// not any voxel holds it, so index 0 means outside every structure.
public struct LabelVolume: Sendable {
    /// Voxels along axes 0, 1, 2.
    public let sizes: SIMD3<Int>
    /// Voxel edge lengths along axes 0, 1, 2, in micrometres.
    public let voxelSizeMicrometres: SIMD3<Double>
    /// Which anatomical way each storage axis's index grows.
    public let orientation: VolumeOrientation
    /// The centre of voxel (0, 0, 0) in the volume's axes, mm: zero for volumes
    /// read from files, half a source voxel per extra factor for block-downsampled ones.
    public let originMillimetres: SIMD3<Double>
    /// The distinct label values; index 0 holds 0 (unlabelled).
    public let labelValues: [Int]
    /// Voxels per millimetre along each axis, 1000 / ``voxelSizeMicrometres``
    /// (exactly 40 at 25 µm): positions become voxel coordinates by a product.
    public let voxelsPerMillimetre: SIMD3<Double>
    let storage: LabelIndexStorage

    init(sizes: SIMD3<Int>, voxelSizeMicrometres: SIMD3<Double>, orientation: VolumeOrientation,
         originMillimetres: SIMD3<Double> = .zero, labelValues: [Int], storage: LabelIndexStorage) {
        precondition(labelValues.first == 0 && storage.count == sizes.x * sizes.y * sizes.z)
        self.sizes = sizes
        self.voxelSizeMicrometres = voxelSizeMicrometres
        self.orientation = orientation
        self.originMillimetres = originMillimetres
        self.labelValues = labelValues
        self.storage = storage
        voxelsPerMillimetre = 1000 / voxelSizeMicrometres
    }

    /// Total number of voxels.
    public var voxelCount: Int { storage.count }

    /// Voxel edge lengths in millimetres.
    public var voxelSizeMillimetres: SIMD3<Double> { voxelSizeMicrometres / 1000 }

    /// Whether the label indices are a memory mapping of a cache file.
    public var isMemoryMapped: Bool { storage.isMemoryMapped }

    /// Whether `voxel` lies inside the volume.
    @inlinable public func contains(voxel v: SIMD3<Int>) -> Bool {
        v.x >= 0 && v.y >= 0 && v.z >= 0 && v.x < sizes.x && v.y < sizes.y && v.z < sizes.z
    }

    /// The storage offset of an in-range voxel.
    @inlinable public func linearIndex(of v: SIMD3<Int>) -> Int { v.x + sizes.x * (v.y + sizes.y * v.z) }

    /// The label index (into ``labelValues``) at `voxel`, or `nil` outside the volume.
    public func labelIndex(atVoxel v: SIMD3<Int>) -> UInt16? {
        contains(voxel: v) ? storage.base[linearIndex(of: v)] : nil
    }

    /// The label value at `voxel`, or `nil` outside the volume.
    public func label(atVoxel v: SIMD3<Int>) -> Int? {
        labelIndex(atVoxel: v).map { labelValues[Int($0)] }
    }

    /// The centre of `voxel` in the volume's axes, mm: o + i·s per axis.
    public func centreMillimetres(ofVoxel v: SIMD3<Int>) -> SIMD3<Double> {
        originMillimetres + SIMD3<Double>(v) * voxelSizeMillimetres
    }

    /// The voxel containing `position` (volume axes, mm): ⌊(p − o)/s + ½⌋ per axis,
    /// so voxel i holds [o + (i − ½)·s, o + (i + ½)·s); 1/s is ``voxelsPerMillimetre``. `nil` outside the volume or
    /// for a non-finite position.
    ///
    /// Boundaries are decided with a tolerance of ``boundaryTolerance`` voxel toward
    /// the positive side, so a decimal position typed exactly on a boundary (e.g.
    /// 5.4125 mm at 25 µm, which binary p/s puts a hair below 216.5) lands in the
    /// voxel the rule names.
    public func nearestVoxel(toMillimetres p: SIMD3<Double>) -> SIMD3<Int>? {
        let u = (p - originMillimetres) * voxelsPerMillimetre + (0.5 + Self.boundaryTolerance)
        guard u.x.isFinite, u.y.isFinite, u.z.isFinite,
              u.x >= 0, u.y >= 0, u.z >= 0,
              u.x < Double(sizes.x), u.y < Double(sizes.y), u.z < Double(sizes.z) else { return nil }
        return SIMD3(Int(u.x.rounded(.down)), Int(u.y.rounded(.down)), Int(u.z.rounded(.down)))
    }

    /// Fraction of a voxel by which boundary decisions favour the positive side (10⁻⁹).
    public static let boundaryTolerance = 1e-9

    /// Calls `body` with all label indices in storage order.
    public func withUnsafeLabelIndices<R>(_ body: (UnsafeBufferPointer<UInt16>) throws -> R) rethrows -> R {
        try body(storage.buffer)
    }

    /// A volume built from label values in storage order (tests, resampling).
    /// Throws ``VolumeReadError/tooManyLabels(file:distinctLabels:limit:)`` beyond 65 536 distinct values.
    public init(sizes: SIMD3<Int>, voxelSizeMicrometres: SIMD3<Double>, orientation: VolumeOrientation,
                originMillimetres: SIMD3<Double> = .zero, labels: [Int]) throws {
        precondition(sizes.x > 0 && sizes.y > 0 && sizes.z > 0 && labels.count == sizes.x * sizes.y * sizes.z,
                     "labels must hold one value per voxel")
        var table = LabelTable()
        let out = UnsafeMutablePointer<UInt16>.allocate(capacity: labels.count)
        for (i, value) in labels.enumerated() {
            guard let index = table.index(of: value) else {
                out.deallocate()
                throw VolumeReadError.tooManyLabels(file: "(in memory)", distinctLabels: LabelTable.capacity + 1,
                                                    limit: LabelTable.capacity)
            }
            out[i] = index
        }
        self.init(sizes: sizes, voxelSizeMicrometres: voxelSizeMicrometres, orientation: orientation,
                  originMillimetres: originMillimetres, labelValues: table.values, storage: LabelIndexStorage(adopting: out, count: labels.count))
    }

    /// Whether both volumes have the same geometry and the same label in every voxel
    /// (their index tables may be ordered differently).
    public func hasSameLabels(as other: LabelVolume) -> Bool {
        guard sizes == other.sizes, voxelSizeMicrometres == other.voxelSizeMicrometres,
              orientation == other.orientation, originMillimetres == other.originMillimetres else { return false }
        let a = storage.buffer, b = other.storage.buffer
        if labelValues == other.labelValues {
            return memcmp(a.baseAddress!, b.baseAddress!, a.count * 2) == 0
        }
        let x = labelValues, y = other.labelValues
        for i in 0..<a.count where x[Int(a[i])] != y[Int(b[i])] { return false }
        return true
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
