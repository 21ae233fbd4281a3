/// Exact Euclidean distance transform of a boolean voxel grid (Felzenszwalb &
/// Huttenlocher 2012): for every voxel, the distance from its centre to the
/// centre of the nearest marked voxel, with per-axis voxel sizes.
///
/// Three passes of the 1-D squared-distance transform (lower envelope of
/// parabolas), one per axis; O(n) in the voxel count. Voxels with no marked
/// voxel in the grid get +∞.
struct DistanceTransform {
    /// Grid size (axis 0 fastest).
    let sizes: SIMD3<Int>
    /// Squared distances, mm², in storage order.
    private(set) var squared: [Float]

    /// - Parameters:
    ///   - marked: one flag per voxel, axis 0 fastest.
    ///   - spacing: voxel size per axis, mm.
    init(marked: [Bool], sizes: SIMD3<Int>, spacing: SIMD3<Double>) {
        self.sizes = sizes
        var f = marked.map { $0 ? Float(0) : Float.infinity }
        let strides = SIMD3(1, sizes.x, sizes.x * sizes.y)
        let longest = max(sizes.x, sizes.y, sizes.z)
        var line = [Double](repeating: 0, count: longest)
        var out = [Double](repeating: 0, count: longest)
        var v = [Int](repeating: 0, count: longest)
        var z = [Double](repeating: 0, count: longest + 1)
        for axis in 0..<3 {
            let n = sizes[axis], stride = strides[axis]
            let w2 = spacing[axis] * spacing[axis]
            let others = (0..<3).filter { $0 != axis }
            let (a, b) = (others[0], others[1])
            for jb in 0..<sizes[b] {
                for ja in 0..<sizes[a] {
                    let start = ja * strides[a] + jb * strides[b]
                    for i in 0..<n { line[i] = Double(f[start + i * stride]) }
                    Self.transform1D(line, n: n, w2: w2, out: &out, v: &v, z: &z)
                    for i in 0..<n { f[start + i * stride] = Float(out[i]) }
                }
            }
        }
        squared = f
    }

    /// d(q) = min_p (w²(q − p)² + f(p)), for q in 0..<n.
    private static func transform1D(_ f: [Double], n: Int, w2: Double, out: inout [Double], v: inout [Int], z: inout [Double]) {
        var k = -1
        for q in 0..<n where f[q].isFinite {
            let fq = f[q] + w2 * Double(q * q)
            while k >= 0 {
                let p = v[k]
                let s = (fq - (f[p] + w2 * Double(p * p))) / (2 * w2 * Double(q - p))
                if s <= z[k] { k -= 1 } else {
                    k += 1; v[k] = q; z[k] = s; z[k + 1] = .infinity
                    break
                }
            }
            if k < 0 { k = 0; v[0] = q; z[0] = -.infinity; z[1] = .infinity }
        }
        if k < 0 {
            for q in 0..<n { out[q] = .infinity }
            return
        }
        var j = 0
        for q in 0..<n {
            while z[j + 1] < Double(q) { j += 1 }
            let d = Double(q - v[j])
            out[q] = w2 * d * d + f[v[j]]
        }
    }

    /// The distance (mm) at a voxel of the grid.
    func distance(at voxel: SIMD3<Int>) -> Double {
        Double(squared[voxel.x + sizes.x * (voxel.y + sizes.y * voxel.z)]).squareRoot()
    }
}
