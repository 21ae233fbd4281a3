import Dispatch
import Foundation
import StereotaxGeometry

/// Which structure lies at a CCF point, by nearest voxel.
///
/// **Rule.** A point p (mm, CCF axes: AP posterior+, DV ventral+, ML right+,
/// origin at the centre of voxel (0, 0, 0)) falls in voxel ⌊p/s + ½⌋ per axis,
/// s the voxel size: voxel i covers [(i − ½)s, (i + ½)s), so a point exactly on
/// a boundary belongs to the voxel on its positive side.
///
/// **Hemisphere.** The voxel's ML index k against the midline index m (227.5 for
/// the Allen 25 µm volume, whose ML axis grows toward the right): k > m right,
/// k < m left, k = m midline.
public struct RegionLookup: Sendable {
    public let volume: LabelVolume
    /// ML index of the midline plane.
    public let midlineIndex: Double

    /// - Parameters:
    ///   - volume: a volume in CCF axes (``VolumeOrientation/allenPIR``).
    ///   - midlineIndex: the midline's ML index; default the centre of the ML
    ///     axis, (n − 1)/2 (227.5 for 456 voxels).
    public init(volume: LabelVolume, midlineIndex: Double? = nil) throws {
        guard volume.orientation == .allenPIR else { throw RegionLookupError.notCCFAxes(orientation: volume.orientation.code) }
        let m = midlineIndex ?? Double(volume.sizes.z - 1) / 2
        guard m.isFinite, m >= 0, m <= Double(volume.sizes.z - 1) else { throw RegionLookupError.badMidline(index: m) }
        self.volume = volume
        self.midlineIndex = m
    }

    /// The region at `point`.
    /// - Throws: ``RegionLookupError/notFinite(index:millimetres:)`` for a NaN or infinite coordinate.
    public func lookup(_ point: Point3<Frame.CCF>) throws -> RegionLookupResult {
        guard point.isFinite else { throw RegionLookupError.notFinite(index: nil, millimetres: Self.array(point.millimetres)) }
        return result(at: point.millimetres)
    }

    /// The regions at many points, split across the available cores.
    public func lookup(_ points: [Point3<Frame.CCF>]) throws -> [RegionLookupResult] {
        if let bad = points.firstIndex(where: { !$0.isFinite }) {
            throw RegionLookupError.notFinite(index: bad, millimetres: Self.array(points[bad].millimetres))
        }
        return points.withUnsafeBufferPointer { buffer in
            parallelMap(count: buffer.count) { buffer[$0].millimetres }
        }
    }

    /// The regions at points stored as consecutive (AP, DV, ML) triples in mm.
    public func lookup(ccfMillimetreTriples buffer: UnsafeBufferPointer<Double>) throws -> [RegionLookupResult] {
        guard buffer.count % 3 == 0 else { throw RegionLookupError.bufferLength(count: buffer.count) }
        for i in 0..<buffer.count where !buffer[i].isFinite {
            let p = i / 3
            throw RegionLookupError.notFinite(index: p, millimetres: Array(buffer[3 * p..<3 * p + 3]))
        }
        return parallelMap(count: buffer.count / 3) { SIMD3(buffer[3 * $0], buffer[3 * $0 + 1], buffer[3 * $0 + 2]) }
    }

    /// The hemisphere of a voxel with ML index `k`.
    public func hemisphere(mlIndex k: Int) -> Hemisphere {
        let d = Double(k) - midlineIndex
        return d > 0 ? .right : d < 0 ? .left : .midline
    }

    @inline(__always)
    func result(at p: SIMD3<Double>) -> RegionLookupResult {
        guard let v = volume.nearestVoxel(toMillimetres: p) else { return .outside }
        let index = volume.storage.base[volume.linearIndex(of: v)]
        if index == 0 { return .unlabelled }
        return .structure(id: volume.labelValues[Int(index)], hemisphere: hemisphere(mlIndex: v.z))
    }

    private static func array(_ v: SIMD3<Double>) -> [Double] { [v.x, v.y, v.z] }

    /// The results at `position(i)` for i in 0..<count, in contiguous ranges, one per core.
    private func parallelMap(count: Int, _ position: (Int) -> SIMD3<Double>) -> [RegionLookupResult] {
        let workers = count < 4096 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount)
        return [RegionLookupResult](unsafeUninitializedCapacity: count) { out, initialised in
            withoutActuallyEscaping(position) { position in
                // Each worker writes a disjoint range of `out`; `position` only reads.
                let shared = UncheckedSendable((out.baseAddress, position))
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    let (base, position) = shared.value
                    let lo = count * w / workers, hi = count * (w + 1) / workers
                    if let base { results(lo..<hi, into: base + lo, position: position) }
                }
            }
            initialised = count
        }
    }

    /// Points per block of ``results(_:into:position:)``.
    private static let blockSize = 512

    /// The results at `position(i)` for i in `range`, written to `out[0..<range.count]`.
    ///
    /// Block by block: first the voxel of every point (arithmetic only), then the
    /// label indices read in a tight loop of independent loads, so that the
    /// processor keeps many of the (random, mostly uncached) volume reads in
    /// flight at once instead of waiting for each in turn; then the results. Same
    /// rule as ``lookup(_:)-(Point3<Frame.CCF>)``.
    private func results(_ range: Range<Int>, into out: UnsafeMutablePointer<RegionLookupResult>,
                         position: (Int) -> SIMD3<Double>) {
        // Scratch for one block: voxel offsets (−1 outside), ML indices, label indices.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.blockSize) { offsets in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.blockSize) { mlIndices in
        withUnsafeTemporaryAllocation(of: UInt16.self, capacity: Self.blockSize) { labels in
        let voxels = volume.storage.base
        var start = range.lowerBound
        while start < range.upperBound {
            let n = min(Self.blockSize, range.upperBound - start)
            for j in 0..<n {
                if let v = volume.nearestVoxel(toMillimetres: position(start + j)) {
                    offsets[j] = volume.linearIndex(of: v)
                    mlIndices[j] = v.z
                } else {
                    offsets[j] = -1  // outside: read voxel 0 below, answer .outside
                }
            }
            for j in 0..<n { labels[j] = voxels[max(offsets[j], 0)] }
            for j in 0..<n {
                let result: RegionLookupResult
                if offsets[j] < 0 {
                    result = .outside
                } else if labels[j] == 0 {
                    result = .unlabelled
                } else {
                    result = .structure(id: volume.labelValues[Int(labels[j])], hemisphere: hemisphere(mlIndex: mlIndices[j]))
                }
                (out + (start - range.lowerBound) + j).initialize(to: result)
            }
            start += n
        }
        }
        }
        }
    }
}
