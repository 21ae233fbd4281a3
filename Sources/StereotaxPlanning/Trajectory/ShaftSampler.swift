import CPrefetch
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
/// **How.** Instead of locating every sample's voxel, the sampler lists, for each
/// axis on its own, the samples at which the voxel index along that axis changes:
/// ⌊f⌋ + 1 for the sample parameter f where the shaft crosses each face, checked
/// with the per-sample arithmetic whenever f is near a whole number (so rounding
/// cannot move a sample into another voxel). Merging the three sorted lists gives
/// the *sampled* voxels in order (a 3-D DDA in sample indices). The axes are
/// listed independently, so the processor overlaps their arithmetic, and the merge
/// only compares integers, without a data-dependent branch per voxel. Three passes
/// per shaft: the sampled voxels (arithmetic only, asking the processor to fetch
/// each voxel's label meanwhile), their labels (one independent read per voxel from
/// the volume's storage: mostly cache misses, as the volume is far larger than the
/// caches, so the fetches started during the merge save much of the wait), then the
/// runs. Voxels the shaft only clips between two samples are read only when a run
/// boundary falls there. (Reading the labels from per-column DV runs, in the same
/// pass as the arithmetic, or from a copy stored DV-fastest or in 4 × 4 × 2 bricks,
/// measured no faster.)
struct ShaftSampler {
    let volume: LabelVolume
    let midlineIndex: Double

    /// A run's label as one integer: −1 outside the volume, 0 unlabelled,
    /// otherwise 4·(label index) + side (0 left, 1 right, 2 midline).
    typealias Key = Int

    struct Run: Hashable {
        var key: Key
        var start: Double
        var end: Double
    }

    init(lookup: RegionLookup) {
        volume = lookup.volume
        midlineIndex = lookup.midlineIndex
    }

    /// Replaces `runs` by the runs along `origin + t·direction` (CCF mm; `direction` per mm of
    /// shaft) for t in 0…length, reading label indices from `labels` (the volume's storage,
    /// axis 0 fastest); `runs` and `scratch` keep their storage from one call to the next.
    func runs(origin: SIMD3<Double>, direction: SIMD3<Double>, length: Double, step: Double,
              labels: UnsafePointer<UInt16>, into runs: inout [Run], scratch: inout [Int]) {
        // In voxel units, shifted by ½ (+ the boundary tolerance) so that ⌊·⌋ is the nearest-voxel rule.
        let shaft = Line(a: origin / volume.voxelSizeMillimetres + (0.5 + LabelVolume.boundaryTolerance),
                         b: direction / volume.voxelSizeMillimetres, sizes: volume.sizes,
                         samples: Samples(length: length, step: step))
        let last = shaft.samples.last
        // Five integers per sampled voxel, then three per change along each axis (see below).
        let listCapacity = last + 2
        if scratch.count < 5 * (last + 1) + 9 * listCapacity { scratch = [Int](repeating: 0, count: 5 * (last + 1) + 9 * listCapacity) }
        let (n0, n1, n2) = (volume.sizes.x, volume.sizes.y, volume.sizes.z)

        runs.removeAll(keepingCapacity: true)
        scratch.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // Pass 1a: per axis, the samples where its voxel index changes, the index from each
            // change on, and that index's part of the voxel's code (offset · 4, plus the side for
            // ML): `outside` when the index is outside the volume, so that a sum with any
            // outside part is negative.
            let outside = Int.min >> 2
            let (leftOfMidline, rightOfMidline) = (Int(midlineIndex.rounded(.up)), Int(midlineIndex.rounded(.down)))
            let lists = base + 5 * (last + 1)
            let (xChanges, xCells, xParts) = (lists, lists + listCapacity, lists + 2 * listCapacity)
            let (yChanges, yCells, yParts) = (lists + 3 * listCapacity, lists + 4 * listCapacity, lists + 5 * listCapacity)
            let (zChanges, zCells, zParts) = (lists + 6 * listCapacity, lists + 7 * listCapacity, lists + 8 * listCapacity)
            let start = shaft.cells(at: 0)
            shaft.x.writeChanges(from: start.x, samples: xChanges, cells: xCells, parts: xParts) { i in
                UInt(bitPattern: i) < UInt(n0) ? i << 2 : outside
            }
            shaft.y.writeChanges(from: start.y, samples: yChanges, cells: yCells, parts: yParts) { j in
                UInt(bitPattern: j) < UInt(n1) ? j &* n0 << 2 : outside
            }
            shaft.z.writeChanges(from: start.z, samples: zChanges, cells: zCells, parts: zParts) { k in
                guard UInt(bitPattern: k) < UInt(n2) else { return outside }
                return k &* (n0 &* n1) << 2 | (k < leftOfMidline ? 0 : k > rightOfMidline ? 1 : 2)
            }
            // Pass 1b: the merge. Each sampled voxel as (its first sample, its code: offset · 4 +
            // side, or −1 outside, its cells), five integers per voxel; an axis moves on when its
            // next change is the voxel's first sample (several axes may change at one sample).
            var (i, j, k) = (0, 0, 0)
            var (nextX, nextY, nextZ) = (xChanges[0], yChanges[0], zChanges[0])
            var m = 0, voxels = 0
            while true {
                let code = xParts[i] &+ yParts[j] &+ zParts[k]
                base[5 * voxels] = m
                base[5 * voxels + 1] = code < 0 ? -1 : code
                if code >= 0 { stereotax_prefetch(labels + (code >> 2)) }  // read in pass 2
                base[5 * voxels + 2] = xCells[i]
                base[5 * voxels + 3] = yCells[j]
                base[5 * voxels + 4] = zCells[k]
                voxels += 1
                m = min(nextX, nextY, nextZ)
                guard m <= last else { break }
                i &+= nextX == m ? 1 : 0
                j &+= nextY == m ? 1 : 0
                k &+= nextZ == m ? 1 : 0
                (nextX, nextY, nextZ) = (xChanges[i], yChanges[j], zChanges[k])
            }
            // Pass 2: the keys, one label read per sampled voxel.
            for v in 0..<voxels {
                let c = base[5 * v + 1]
                guard c >= 0 else { continue }
                let index = Int(labels[c >> 2])
                base[5 * v + 1] = index == 0 ? 0 : index << 2 | (c & 3)
            }
            // Pass 3: the runs, each boundary on the face where the earlier key ends.
            // Consecutive sampled voxels mostly share a face: the boundary is then where the
            // shaft crosses it; otherwise a walk through the voxels clipped in between finds it.
            @inline(__always) func cellsOfVoxel(_ v: Int) -> SIMD3<Int> {
                SIMD3(base[5 * v + 2], base[5 * v + 3], base[5 * v + 4])
            }
            var current = base[1], runStart = 0.0
            for v in 1..<voxels where base[5 * v + 1] != current {
                let m = base[5 * v]
                let boundary = shaft.crossingOfSharedFace(from: cellsOfVoxel(v - 1), to: cellsOfVoxel(v), between: m - 1, and: m)
                    ?? shaft.exit(from: current, between: m - 1, and: m) { key(cells: $0, labels: labels) }
                runs.append(Run(key: current, start: runStart, end: boundary))
                runStart = boundary
                current = base[5 * v + 1]
            }
            runs.append(Run(key: current, start: runStart, end: length))
        }
    }

    /// The key of the voxel at `cells` (each in −1…size, −1 and size meaning outside).
    private func key(cells: SIMD3<Int>, labels: UnsafePointer<UInt16>) -> Key {
        guard volume.contains(voxel: cells) else { return -1 }
        let index = Int(labels[volume.linearIndex(of: cells)])
        return index == 0 ? 0 : index << 2 | side(mlIndex: cells.z)
    }

    /// The side of ML index `k` in a key: 0 left, 1 right, 2 midline.
    @inline(__always)
    private func side(mlIndex k: Int) -> Int {
        let d = Double(k) - midlineIndex
        return d < 0 ? 0 : d > 0 ? 1 : 2
    }

    /// The region a run key stands for.
    func region(_ key: Key, ontology: Ontology) -> CrossedRegion {
        if key < 0 { return .outsideAtlas }
        if key == 0 { return .unlabelled }
        let label = volume.labelValues[key >> 2]
        let side: Hemisphere = switch key & 3 { case 0: .left; case 1: .right; default: .midline }
        if let s = ontology[id: label] { return .structure(s, hemisphere: side) }
        return .unknownLabel(label, hemisphere: side)
    }
}

extension ShaftSampler {
    /// The sample parameters: `t = n·step` for n = 0…count, then `length` as
    /// sample `count + 1` when it is not one of them.
    struct Samples {
        let step: Double
        let length: Double
        let count: Int
        /// The index of the last sample.
        let last: Int

        init(length: Double, step: Double) {
            self.step = step
            self.length = length
            count = Int((length / step).rounded(.down))
            last = length > Double(count) * step ? count + 1 : count
        }

        @inline(__always)
        func t(_ n: Int) -> Double { n <= count ? Double(n) * step : length }
    }

    /// One axis of the shaft in shifted voxel units, u(t) = a + t·b; the voxel index
    /// along it is ⌊u⌋ clamped to −1…size (both meaning outside the volume).
    struct AxisLine {
        let a: Double
        let b: Double
        let size: Int
        let samples: Samples
        /// Samples per unit of u, for estimating where a face is crossed.
        let samplesPerVoxel: Double
        /// Whether ⌊f⌋ of a computed crossing f can be trusted when f is not near a whole number.
        let isEstimateSafe: Bool
        /// Whether consecutive samples move less than one voxel along this axis.
        let isSubVoxelStep: Bool

        init(a: Double, b: Double, size: Int, samples: Samples) {
            self.a = a
            self.b = b
            self.size = size
            self.samples = samples
            samplesPerVoxel = 1 / (b * samples.step)
            // Rounding of f and of u stays far below 10⁻⁶ sample for these sizes.
            isEstimateSafe = abs(samplesPerVoxel) < 1e6 && Double(samples.count) < 1e8 && abs(a) < 1e6
            isSubVoxelStep = abs(b * samples.step) < 0.999
        }

        /// u(t), computed as the per-sample look-up computes it.
        @inline(__always)
        func u(_ t: Double) -> Double { a + t * b }

        /// ⌊u(t)⌋ clamped to −1…size; NaN counts as outside (−1).
        @inline(__always)
        func cell(at t: Double) -> Int {
            let u = u(t)
            return u >= 0 ? (u < Double(size) ? Int(u) : size) : -1
        }

        /// The face (a whole number of u) through which the shaft leaves `cell`,
        /// or `nil` when it never changes cell along this axis.
        @inline(__always)
        func face(leaving cell: Int) -> Double? {
            if b > 0 { return cell < size ? Double(cell + 1) : nil }
            if b < 0 { return cell >= 0 ? Double(cell) : nil }
            return nil
        }

        /// The first sample after `n` whose cell differs from `cell` (the cell of
        /// sample `n`), or `samples.last + 1` when there is none.
        ///
        /// Sample m lies past the face F exactly when m > f = (F − a)/(b·step) (for
        /// either sign of b), so the answer is ⌊f⌋ + 1. When the computed f is more than
        /// 10⁻⁶ sample from a whole number (nearly always), rounding (≪ 10⁻⁹ sample at
        /// the sizes allowed here) cannot change ⌊f⌋ and that is the answer; otherwise,
        /// and near the shaft's end, the samples on either side are checked with the
        /// per-sample arithmetic (u is monotonic in the sample index).
        @inline(__always)
        func nextChange(cell: Int, after n: Int) -> Int {
            let end = samples.last + 1
            guard let face = face(leaving: cell) else { return end }
            let f = (face - a) * samplesPerVoxel
            if isEstimateSafe, f > Double(n), f < Double(samples.count) {
                let whole = Int(f)
                let fraction = f - Double(whole)
                if fraction > 1e-6, fraction < 1 - 1e-6 { return whole + 1 }
            }
            @inline(__always) func isPast(_ m: Int) -> Bool {
                let u = u(samples.t(m))
                return b > 0 ? u >= face : u < face
            }
            var m = f >= Double(end) ? end : f > Double(n + 1) ? Int(f) : n + 1
            while m > n + 1, isPast(m - 1) { m -= 1 }
            while m < end, !isPast(m) { m += 1 }
            return m
        }

        /// Lists the samples at which the cell along this axis changes, in order, in
        /// `changes`, ending with `samples.last + 1`; the cell from each change on in
        /// `cells` (`cells[0]` is `cell`, the cell of sample 0; `cells[j + 1]` holds from
        /// sample `changes[j]` on) and `part` of each cell in `parts`. At most
        /// `samples.last + 2` entries each.
        @inline(__always)
        func writeChanges(from cell: Int, samples changes: UnsafeMutablePointer<Int>, cells: UnsafeMutablePointer<Int>,
                          parts: UnsafeMutablePointer<Int>, part: (Int) -> Int) {
            var cell = cell, n = 0, j = 0
            cells[0] = cell
            parts[0] = part(cell)
            while true {
                let m = nextChange(cell: cell, after: n)
                changes[j] = m
                guard m <= samples.last else { return }
                cell = self.cell(after: cell, atSample: m)
                j += 1
                cells[j] = cell
                parts[j] = part(cell)
                n = m
            }
        }

        /// The cell of sample m, the first past the face leaving `cell`: the next
        /// cell when a step moves less than a voxel along this axis, else computed.
        @inline(__always)
        func cell(after cell: Int, atSample m: Int) -> Int {
            isSubVoxelStep ? (b > 0 ? cell + 1 : cell - 1) : self.cell(at: samples.t(m))
        }
    }

    /// The shaft `a + t·b` in shifted voxel units along the three axes.
    struct Line {
        let x: AxisLine
        let y: AxisLine
        let z: AxisLine
        let samples: Samples

        init(a: SIMD3<Double>, b: SIMD3<Double>, sizes: SIMD3<Int>, samples: Samples) {
            x = AxisLine(a: a.x, b: b.x, size: sizes.x, samples: samples)
            y = AxisLine(a: a.y, b: b.y, size: sizes.y, samples: samples)
            z = AxisLine(a: a.z, b: b.z, size: sizes.z, samples: samples)
            self.samples = samples
        }

        func along(_ k: Int) -> AxisLine { k == 0 ? x : k == 1 ? y : z }

        func cells(at t: Double) -> SIMD3<Int> { SIMD3(x.cell(at: t), y.cell(at: t), z.cell(at: t)) }

        /// Where the shaft crosses the face between face-adjacent voxels `from` (holding sample
        /// `n`) and `to` (holding sample `m`), clamped to the two samples' parameters; `nil`
        /// when the voxels do not share a face. The same answer as ``exit(from:between:and:key:)``,
        /// whose walk ends at that face, without looking up any key.
        @inline(__always)
        func crossingOfSharedFace(from: SIMD3<Int>, to: SIMD3<Int>, between n: Int, and m: Int) -> Double? {
            let d = to &- from
            let moved = (d.x != 0 ? 1 : 0) + (d.y != 0 ? 1 : 0) + (d.z != 0 ? 1 : 0)
            guard moved == 1, abs(d.x + d.y + d.z) == 1 else { return nil }
            let k = d.x != 0 ? 0 : d.y != 0 ? 1 : 2
            let line = along(k)
            guard let face = line.face(leaving: from[k]) else { return nil }
            let crossing = (face - line.a) / line.b
            return min(max(crossing, samples.t(n)), samples.t(m))
        }

        /// Where the shaft, going from the voxel of sample `n` (key `current`) to the
        /// voxel of sample `m`, first enters a voxel whose key differs from `current`:
        /// a walk face by face (Amanatides–Woo) through the voxels it clips in between,
        /// clamped to the two samples' parameters.
        func exit(from current: Key, between n: Int, and m: Int, key: (SIMD3<Int>) -> Key) -> Double {
            let (lower, upper) = (samples.t(n), samples.t(m))
            let to = cells(at: upper)
            var cells = cells(at: lower)
            while true {
                var axis = -1, crossing = Double.infinity
                for k in 0..<3 where cells[k] != to[k] {
                    let line = along(k)
                    guard let face = line.face(leaving: cells[k]) else { continue }
                    let t = (face - line.a) / line.b
                    if axis < 0 || t < crossing { axis = k; crossing = t }
                }
                guard axis >= 0 else { return upper }
                cells[axis] += along(axis).b > 0 ? 1 : -1
                if cells == to || key(cells) != current { return min(max(crossing, lower), upper) }
            }
        }
    }
}
