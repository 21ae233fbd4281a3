import StereotaxAtlas
import StereotaxGeometry

/// Samples a straight shaft through a CCF-axes label volume and merges the
/// samples into runs of one label (and one side of the midline).
///
/// **What it computes.** Samples lie at `t = 0, step, 2·step, …` and at the
/// shaft's end, `t` in mm along the shaft; each sample takes the label of its
/// nearest voxel (the rule of ``RegionLookup``: voxel ⌊p/s + ½ + 10⁻⁹⌋ per axis).
/// Where two consecutive samples differ, the run boundary is the first voxel face
/// between them past which the label (or side) is no longer the earlier sample's:
/// the face itself when the two samples lie in face-adjacent voxels, the usual case.
/// A region thinner than one step along the shaft can fall between two samples
/// and be missed, exactly as with sampling.
///
/// **How.** Instead of locating every sample's voxel, the sampler steps from one
/// *sampled* voxel to the next (a 3-D DDA in sample indices): for each axis it
/// keeps the index of the first sample whose voxel index along that axis differs
/// from the current one, found from the crossing of the next face and confirmed
/// by evaluating the sample's position exactly as a per-sample look-up would
/// (so rounding cannot move a sample into another voxel); the smallest of the
/// three is the next sampled voxel. Each sampled voxel costs one label read,
/// whatever the number of samples in it (five at 5 µm along a 25 µm voxel);
/// voxels the shaft only clips between two samples are read only when a run
/// boundary falls there.
struct ShaftSampler {
    let volume: LabelVolume
    let midlineIndex: Double

    /// A run's label as one integer: −1 outside the volume, 0 unlabelled,
    /// otherwise 4·(label index) + side (0 left, 1 right, 2 midline).
    typealias Key = Int32

    struct Run: Hashable {
        var key: Key
        var start: Double
        var end: Double
    }

    init(lookup: RegionLookup) {
        volume = lookup.volume
        midlineIndex = lookup.midlineIndex
    }

    /// The runs along `origin + t·direction` (CCF mm; `direction` per mm of shaft) for t in 0…length,
    /// reading label indices from `labels` (the volume's storage, axis 0 fastest).
    func runs(origin: SIMD3<Double>, direction: SIMD3<Double>, length: Double, step: Double,
              labels: UnsafePointer<UInt16>) -> [Run] {
        // In voxel units, shifted by ½ (+ the boundary tolerance) so that ⌊·⌋ is the nearest-voxel rule.
        let a = origin / volume.voxelSizeMillimetres + (0.5 + LabelVolume.boundaryTolerance)
        let b = direction / volume.voxelSizeMillimetres
        let shaft = Line(a: a, b: b, sizes: volume.sizes)
        // Samples n = 0…count at n·step, then sample `last` = count + 1 at the end when it is not one of them.
        let count = Int((length / step).rounded(.down))
        let last = length > Double(count) * step ? count + 1 : count
        @inline(__always) func t(_ n: Int) -> Double { n <= count ? Double(n) * step : length }

        /// The first sample after `n` whose cell along `axis` differs from `cell`, or `last + 1`.
        @inline(__always) func nextChange(axis: Int, cell: Int, after n: Int) -> Int {
            guard let face = shaft.nextFace(axis: axis, cell: cell) else { return last + 1 }
            // The sample just past the face crossing, then exact checks on either side of it.
            let estimate = ((face - a[axis]) / b[axis] / step).rounded(.up)
            var m = estimate >= Double(last + 1) ? last + 1 : estimate > Double(n + 1) ? Int(estimate) : n + 1
            while m > n + 1, shaft.isPast(face, axis: axis, at: t(m - 1)) { m -= 1 }
            while m <= last, !shaft.isPast(face, axis: axis, at: t(m)) { m += 1 }
            return m
        }

        var cells = shaft.cells(at: 0)
        var next = SIMD3<Int>(repeating: last + 1)
        for axis in 0..<3 { next[axis] = nextChange(axis: axis, cell: cells[axis], after: 0) }
        var current = key(cells: cells, labels: labels)
        var start = 0.0
        var runs: [Run] = []
        while true {
            let m = min(next.x, next.y, next.z)
            guard m <= last else { break }
            let previous = cells
            let p = shaft.position(at: t(m))
            for axis in 0..<3 where next[axis] == m {
                cells[axis] = Line.cell(p[axis], size: volume.sizes[axis])
                next[axis] = nextChange(axis: axis, cell: cells[axis], after: m)
            }
            let key = key(cells: cells, labels: labels)
            guard key != current else { continue }
            let boundary = shaft.exit(from: current, cells: previous, toward: cells, within: t(m - 1)...t(m)) {
                self.key(cells: $0, labels: labels)
            }
            runs.append(Run(key: current, start: start, end: boundary))
            start = boundary
            current = key
        }
        runs.append(Run(key: current, start: start, end: length))
        return runs
    }

    /// The key of the voxel at `cells` (each in −1…size, −1 and size meaning outside).
    @inline(__always)
    private func key(cells: SIMD3<Int>, labels: UnsafePointer<UInt16>) -> Key {
        let sizes = volume.sizes
        guard cells.x >= 0, cells.y >= 0, cells.z >= 0, cells.x < sizes.x, cells.y < sizes.y, cells.z < sizes.z else { return -1 }
        let index = labels[cells.x + sizes.x * (cells.y + sizes.y * cells.z)]
        guard index != 0 else { return 0 }
        let d = Double(cells.z) - midlineIndex
        return Key(index) &* 4 &+ (d < 0 ? 0 : d > 0 ? 1 : 2)
    }

    /// The region a run key stands for.
    func region(_ key: Key, ontology: Ontology) -> CrossedRegion {
        if key < 0 { return .outsideAtlas }
        if key == 0 { return .unlabelled }
        let label = volume.labelValues[Int(key / 4)]
        let side: Hemisphere = switch key % 4 { case 0: .left; case 1: .right; default: .midline }
        if let s = ontology[id: label] { return .structure(s, hemisphere: side) }
        return .unknownLabel(label, hemisphere: side)
    }
}

extension ShaftSampler {
    /// The shaft `a + t·b` in shifted voxel units: the voxel index along an axis is
    /// ⌊a + t·b⌋, clamped to −1…size (both meaning outside the volume).
    struct Line {
        let a: SIMD3<Double>
        let b: SIMD3<Double>
        let sizes: SIMD3<Int>

        /// The position at `t`, computed as the per-sample look-up computes it.
        @inline(__always)
        func position(at t: Double) -> SIMD3<Double> { a + t * b }

        /// ⌊u⌋ clamped to −1…size; NaN counts as outside (−1).
        @inline(__always)
        static func cell(_ u: Double, size: Int) -> Int {
            u >= 0 ? (u < Double(size) ? Int(u) : size) : -1
        }

        func cells(at t: Double) -> SIMD3<Int> {
            let p = position(at: t)
            return SIMD3(Self.cell(p.x, size: sizes.x), Self.cell(p.y, size: sizes.y), Self.cell(p.z, size: sizes.z))
        }

        /// The face through which the shaft leaves `cell` along `axis` (a whole
        /// number in shifted units), or `nil` when it never changes cell there.
        @inline(__always)
        func nextFace(axis: Int, cell: Int) -> Double? {
            let slope = b[axis]
            if slope > 0 { return cell < sizes[axis] ? Double(cell + 1) : nil }
            if slope < 0 { return cell >= 0 ? Double(cell) : nil }
            return nil
        }

        /// Whether the position at `t` lies past `face` along `axis` (in the direction of travel).
        @inline(__always)
        func isPast(_ face: Double, axis: Int, at t: Double) -> Bool {
            let u = a[axis] + t * b[axis]
            return b[axis] > 0 ? u >= face : u < face
        }

        /// Where the shaft, going from voxel `from` (whose key is `current`) to voxel
        /// `to` within the parameter range `span`, first enters a voxel whose key
        /// differs from `current`: a walk face by face (Amanatides–Woo) through the
        /// voxels it clips in between, clamped to `span`.
        func exit(from current: Key, cells from: SIMD3<Int>, toward to: SIMD3<Int>, within span: ClosedRange<Double>,
                  key: (SIMD3<Int>) -> Key) -> Double {
            var cells = from
            while true {
                var axis = -1, crossing = Double.infinity
                for k in 0..<3 where cells[k] != to[k] {
                    guard let face = nextFace(axis: k, cell: cells[k]) else { continue }
                    let t = (face - a[k]) / b[k]
                    if axis < 0 || t < crossing { axis = k; crossing = t }
                }
                guard axis >= 0 else { return span.upperBound }
                cells[axis] += b[axis] > 0 ? 1 : -1
                if cells == to || key(cells) != current { return min(max(crossing, span.lowerBound), span.upperBound) }
            }
        }
    }
}
