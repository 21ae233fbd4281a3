import StereotaxAtlas
import StereotaxGeometry

/// Samples a straight shaft through a CCF-axes label volume and merges the
/// samples into runs of one label (and one side of the midline).
///
/// Samples lie at `t = 0, step, 2·step, …` and at the shaft's end, `t` in mm
/// along the shaft; each sample takes the label of its nearest voxel (the
/// rule of ``RegionLookup``). Where two neighbouring samples differ, the
/// boundary is found by bisection between them to `step / 2⁸` (0.02 µm at
/// 5 µm), so it lies on the voxel face the shaft crosses. A region thinner
/// than one step along the shaft can fall between two samples and be missed.
struct ShaftSampler {
    let volume: LabelVolume
    let midlineIndex: Double

    /// Bisection steps per boundary.
    static let bisections = 8

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
    /// reading labels from `columns`; `scratch` is reused between calls.
    ///
    /// Three passes: the voxel of every sample, then every sample's label, then the
    /// runs, with each boundary bisected.
    func runs(origin: SIMD3<Double>, direction: SIMD3<Double>, length: Double, step: Double,
              columns: UnsafePointer<UInt32>, offsets: UnsafePointer<Int32>, scratch: inout [Int]) -> [Run] {
        let sizes = volume.sizes
        // In voxel units, shifted by ½ (+ the boundary tolerance) so that truncation is the nearest-voxel rule.
        let inverse = 1 / volume.voxelSizeMillimetres
        let a = origin * inverse + (0.5 + LabelVolume.boundaryTolerance), b = direction * inverse
        let midline = midlineIndex
        /// (column << 18) | (DV index << 2) | side, or −1 outside the volume.
        @inline(__always) func voxelCode(_ t: Double) -> Int {
            let p = a + t * b
            guard p.x >= 0, p.y >= 0, p.z >= 0 else { return -1 }
            let i = Int(p.x), j = Int(p.y), k = Int(p.z)
            guard i < sizes.x, j < sizes.y, k < sizes.z else { return -1 }
            let d = Double(k) - midline
            return (i + sizes.x * k) << 18 | j << 2 | (d < 0 ? 0 : d > 0 ? 1 : 2)
        }
        @inline(__always) func key(code: Int) -> Key {
            if code < 0 { return -1 }
            let index = DVColumnRuns.labelIndex(runs: columns, offsets: offsets, column: code >> 18, dv: (code >> 2) & 0xFFFF)
            return index == 0 ? 0 : Key(index) &* 4 &+ Key(code & 3)
        }
        @inline(__always) func key(_ t: Double) -> Key { key(code: voxelCode(t)) }

        // Sample parameters: n·step for n = 0…count, then the end when it is not one of them.
        let count = Int((length / step).rounded(.down))
        let samples = length > Double(count) * step ? count + 2 : count + 1
        @inline(__always) func t(_ n: Int) -> Double { n <= count ? Double(n) * step : length }
        if scratch.count < samples { scratch = [Int](repeating: 0, count: samples) }
        scratch.withUnsafeMutableBufferPointer { codes in
            for n in 0..<samples { codes[n] = voxelCode(t(n)) }
            // Consecutive samples mostly stay in one column run, or step into the next:
            // follow the runs, and search a column's runs only on entering it.
            var column = -1, run = 0, runStart = 0, runEnd = 0
            for n in 0..<samples {
                let code = codes[n]
                guard code >= 0 else { codes[n] = -1; continue }
                let c = code >> 18, j = (code >> 2) & 0xFFFF
                if c != column || j < runStart {
                    var lo = Int(offsets[c]), hi = Int(offsets[c + 1]) - 1
                    let probe = UInt32(j) << 16 | 0xFFFF
                    while lo < hi {
                        let mid = (lo + hi + 1) >> 1
                        if columns[mid] <= probe { lo = mid } else { hi = mid - 1 }
                    }
                    column = c
                    run = lo
                } else if j >= runEnd {
                    let last = Int(offsets[c + 1]) - 1
                    while run < last, Int(columns[run + 1] >> 16) <= j { run += 1 }
                } else {
                    codes[n] = Self.key(index: UInt16(truncatingIfNeeded: columns[run]), code: code)
                    continue
                }
                runStart = Int(columns[run] >> 16)
                runEnd = run + 1 < Int(offsets[c + 1]) ? Int(columns[run + 1] >> 16) : Int.max
                codes[n] = Self.key(index: UInt16(truncatingIfNeeded: columns[run]), code: code)
            }
        }

        var runs: [Run] = []
        var current = Key(truncatingIfNeeded: scratch[0])
        var start = 0.0
        for n in 1..<max(samples, 1) {
            let next = Key(truncatingIfNeeded: scratch[n])
            guard next != current else { continue }
            // Bisect between the previous sample (key current) and this one.
            var lo = t(n - 1), hi = t(n)
            for _ in 0..<Self.bisections {
                let mid = (lo + hi) / 2
                if key(mid) == current { lo = mid } else { hi = mid }
            }
            let boundary = (lo + hi) / 2
            runs.append(Run(key: current, start: start, end: boundary))
            start = boundary
            current = next
        }
        runs.append(Run(key: current, start: start, end: length))
        return runs
    }

    /// The key of a label index at a voxel code (its side in the low two bits).
    @inline(__always)
    static func key(index: UInt16, code: Int) -> Int {
        index == 0 ? 0 : Int(index) &* 4 &+ (code & 3)
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
