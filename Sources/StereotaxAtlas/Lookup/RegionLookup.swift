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
        return points.withUnsafeBufferPointer { parallelResults(PointArray(base: $0.baseAddress), count: $0.count) }
    }

    /// The regions at points stored as consecutive (AP, DV, ML) triples in mm.
    public func lookup(ccfMillimetreTriples buffer: UnsafeBufferPointer<Double>) throws -> [RegionLookupResult] {
        guard buffer.count % 3 == 0 else { throw RegionLookupError.bufferLength(count: buffer.count) }
        for i in 0..<buffer.count where !buffer[i].isFinite {
            let p = i / 3
            throw RegionLookupError.notFinite(index: p, millimetres: Array(buffer[3 * p..<3 * p + 3]))
        }
        return parallelResults(TripleArray(base: buffer.baseAddress), count: buffer.count / 3)
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

    /// The results for points 0..<count of `points`, in contiguous ranges, one per core.
    private func parallelResults<Points: BatchPoints>(_ points: Points, count: Int) -> [RegionLookupResult] {
        let workers = count < 4096 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount)
        return [RegionLookupResult](unsafeUninitializedCapacity: count) { out, initialised in
            // Each worker writes a disjoint range of `out`; `points` is only read.
            let shared = UncheckedSendable((out.baseAddress, points))
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                let (base, points) = shared.value
                let lo = count * w / workers, hi = count * (w + 1) / workers
                if let base { results(lo..<hi, of: points, into: base + lo) }
            }
            initialised = count
        }
    }

    /// Points per block of ``results(_:of:into:)``.
    private static let blockSize = 512

    /// The results at `points[i]` for i in `range`, written to `out[0..<range.count]`.
    ///
    /// Block by block: first the storage offset of every point's voxel (the rule of
    /// ``LabelVolume/nearestVoxel(toMillimetres:)``, with the volume's constants
    /// hoisted out of the loop), then the label indices read in a tight loop of
    /// independent loads, so that the processor keeps many of the (random, mostly
    /// uncached) volume reads in flight at once instead of waiting for each in
    /// turn; then the results. Same answers as ``lookup(_:)-(Point3<Frame.CCF>)``.
    private func results<Points: BatchPoints>(_ range: Range<Int>, of points: Points,
                                              into out: UnsafeMutablePointer<RegionLookupResult>) {
        // Scratch for one block: voxel offsets (−1 outside), ML indices, label indices.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.blockSize) { offsets in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.blockSize) { mlIndices in
        withUnsafeTemporaryAllocation(of: UInt16.self, capacity: Self.blockSize) { labels in
        volume.labelValues.withUnsafeBufferPointer { labelValues in
        let voxels = volume.storage.base
        let origin = volume.originMillimetres, voxelsPerMillimetre = volume.voxelsPerMillimetre
        let shift = 0.5 + LabelVolume.boundaryTolerance
        let sizes = volume.sizes, limits = SIMD3<Double>(sizes)
        var start = range.lowerBound
        while start < range.upperBound {
            let n = min(Self.blockSize, range.upperBound - start)
            for j in 0..<n {
                // ⌊(p − o)/s + ½ + tolerance⌋ per axis; u ≥ 0, so truncation is the floor.
                let u = (points[start + j] - origin) * voxelsPerMillimetre + shift
                if u.x >= 0, u.y >= 0, u.z >= 0, u.x < limits.x, u.y < limits.y, u.z < limits.z {
                    let z = Int(u.z)
                    offsets[j] = Int(u.x) &+ sizes.x &* (Int(u.y) &+ sizes.y &* z)
                    mlIndices[j] = z
                } else {
                    offsets[j] = -1  // outside (or not finite): read voxel 0 below, answer .outside
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
                    result = .structure(id: labelValues[Int(labels[j])], hemisphere: hemisphere(mlIndex: mlIndices[j]))
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
}

/// Points a batch look-up reads by index, in CCF millimetres; a concrete type per
/// input layout, so that the batch loop is specialised for each (no call per point).
#if compiler(>=6.2)
private protocol BatchPoints: SendableMetatype {  // the worker closures capture the conforming type
    subscript(_ i: Int) -> SIMD3<Double> { get }
}
#else
private protocol BatchPoints {
    subscript(_ i: Int) -> SIMD3<Double> { get }
}
#endif

/// Consecutive (AP, DV, ML) triples.
private struct TripleArray: BatchPoints {
    let base: UnsafePointer<Double>?
    @inline(__always) subscript(_ i: Int) -> SIMD3<Double> {
        let p = base.unsafelyUnwrapped + 3 * i
        return SIMD3(p[0], p[1], p[2])
    }
}

/// An array of CCF points.
private struct PointArray: BatchPoints {
    let base: UnsafePointer<Point3<Frame.CCF>>?
    @inline(__always) subscript(_ i: Int) -> SIMD3<Double> { base.unsafelyUnwrapped[i].millimetres }
}
