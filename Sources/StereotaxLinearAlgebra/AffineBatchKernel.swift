import CLAPACK

/// The affine map `p ↦ A·p + t` over many points stored as interleaved
/// (x, y, z) `Double`s, through `cblas_dgemm`.
///
/// Points are taken in pairs: a pair is one column of 6 numbers, and the
/// chunk's pairs form a 6 × (n/2) column-major matrix that is multiplied by
/// the 6 × 6 block-diagonal `diag(A, A)`. The output chunk is first filled
/// with the translation and the product is accumulated onto it (β = 1).
/// Chunks of ``chunkPointCount`` points keep source, scratch and output in
/// L2, and keep each product below OpenBLAS's multithreading threshold, so
/// the path runs on the calling thread without changing OpenBLAS's global
/// thread setting.
///
/// A chunk holding a NaN or an infinity is mapped point by point instead:
/// in the block-diagonal product `0 · ∞` would turn the neighbouring point
/// of a pair into NaN. Results therefore equal the one-point map for every
/// input, non-finite values staying where they were.
public struct AffineBatchKernel: Sendable {
    /// Points per chunk (even, a multiple of 4).
    public static let chunkPointCount = 8192

    private let c0: SIMD3<Double>, c1: SIMD3<Double>, c2: SIMD3<Double>
    private let translation: SIMD3<Double>
    /// diag(A, A), column-major.
    private let blockDiagonal: [Double]
    /// A, column-major.
    private let linear: [Double]

    /// The map whose linear part has columns `c0`, `c1`, `c2`, followed by the
    /// translation `t`.
    public init(columns c0: SIMD3<Double>, _ c1: SIMD3<Double>, _ c2: SIMD3<Double>, translation t: SIMD3<Double>) {
        self.c0 = c0; self.c1 = c1; self.c2 = c2
        self.translation = t
        let columns = [c0, c1, c2]
        linear = columns.flatMap { [$0.x, $0.y, $0.z] }
        var b = [Double](repeating: 0, count: 36)
        for block in 0..<2 {
            for j in 0..<3 {
                for i in 0..<3 { b[(3 * block + i) + 6 * (3 * block + j)] = columns[j][i] }
            }
        }
        blockDiagonal = b
    }

    /// The map of one point, exactly as the fallback path computes it.
    private func map(_ p: SIMD3<Double>) -> SIMD3<Double> { c0 * p.x + c1 * p.y + c2 * p.z + translation }

    /// Maps the points in `source` into `destination`. Both hold 3·n
    /// `Double`s and must not overlap (use ``applyInPlace(_:)`` for that).
    public func apply(_ source: UnsafeBufferPointer<Double>, into destination: UnsafeMutableBufferPointer<Double>) {
        precondition(source.count == destination.count && source.count % 3 == 0,
                     "source (\(source.count)) and destination (\(destination.count)) must hold the same whole number of points")
        guard let s = source.baseAddress, let d = destination.baseAddress else { return }
        let n = source.count / 3
        var start = 0
        while start < n {
            let m = Swift.min(Self.chunkPointCount, n - start)
            mapChunk(source: s + 3 * start, destination: d + 3 * start, count: m)
            start += m
        }
    }

    /// Maps the points in `points` in place.
    public func applyInPlace(_ points: UnsafeMutableBufferPointer<Double>) {
        precondition(points.count % 3 == 0, "buffer of \(points.count) values is not a whole number of points")
        guard let p = points.baseAddress else { return }
        let n = points.count / 3
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: 3 * Swift.min(n, Self.chunkPointCount))
        defer { scratch.deallocate() }
        var start = 0
        while start < n {
            let m = Swift.min(Self.chunkPointCount, n - start)
            let chunk = p + 3 * start
            scratch.update(from: chunk, count: 3 * m)
            mapChunk(source: UnsafePointer(scratch), destination: chunk, count: m)
            start += m
        }
    }

    /// One chunk of `count` points: fill `destination` with t while checking
    /// `source` for non-finite values, then one dgemm (plus one for an odd
    /// last point), or the point-by-point map if anything is non-finite.
    private func mapChunk(source: UnsafePointer<Double>, destination: UnsafeMutablePointer<Double>, count: Int) {
        let values = 3 * count
        let t = translation
        // t repeated with period 3, in SIMD4 lanes: period 12 = three vectors.
        let t0 = SIMD4(t.x, t.y, t.z, t.x), t1 = SIMD4(t.y, t.z, t.x, t.y), t2 = SIMD4(t.z, t.x, t.y, t.z)
        let src = UnsafeRawPointer(source), dst = UnsafeMutableRawPointer(destination)
        let stride = MemoryLayout<SIMD4<Double>>.stride
        var nonFinite = SIMD4<Double>.zero
        var i = 0
        while i + 12 <= values {
            let v0 = src.loadUnaligned(fromByteOffset: i * 8, as: SIMD4<Double>.self)
            let v1 = src.loadUnaligned(fromByteOffset: i * 8 + stride, as: SIMD4<Double>.self)
            let v2 = src.loadUnaligned(fromByteOffset: i * 8 + 2 * stride, as: SIMD4<Double>.self)
            // x − x is 0 for finite x and NaN for NaN or ±∞.
            nonFinite += (v0 - v0) + (v1 - v1) + (v2 - v2)
            dst.storeBytes(of: t0, toByteOffset: i * 8, as: SIMD4<Double>.self)
            dst.storeBytes(of: t1, toByteOffset: i * 8 + stride, as: SIMD4<Double>.self)
            dst.storeBytes(of: t2, toByteOffset: i * 8 + 2 * stride, as: SIMD4<Double>.self)
            i += 12
        }
        var tail = 0.0
        while i < values {
            tail += source[i] - source[i]
            destination[i] = t[i % 3]
            i += 1
        }
        if (nonFinite.sum() + tail).isNaN {
            for k in 0..<count {
                let p = SIMD3(source[3 * k], source[3 * k + 1], source[3 * k + 2])
                let q = map(p)
                destination[3 * k] = q.x; destination[3 * k + 1] = q.y; destination[3 * k + 2] = q.z
            }
            return
        }
        let pairs = count / 2
        if pairs > 0 {
            blockDiagonal.withUnsafeBufferPointer { b in
                cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, 6, Int32(pairs), 6,
                            1, b.baseAddress, 6, source, 6, 1, destination, 6)
            }
        }
        if count % 2 == 1 {
            let last = 3 * (count - 1)
            linear.withUnsafeBufferPointer { a in
                cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, 3, 1, 3,
                            1, a.baseAddress, 3, source + last, 3, 1, destination + last, 3)
            }
        }
    }
}
