import StereotaxAtlas

/// The nearest voxel of a structure to a point, searched outward in cubic voxel
/// shells (Chebyshev radius r = 1, 2, …) about the point's voxel.
///
/// Distance is from the point to the nearest point of the voxel's box (mm). A
/// voxel in shell r is at least (r − 1)·s_min away, so the search stops once that
/// bound reaches the best distance found, or at the radius limit. Cost grows as
/// the cube of the distance found (bounded by the limit).
enum NearestVoxelSearch {
    static func distance(volume: LabelVolume, from p: SIMD3<Double>, limitMillimetres limit: Double,
                         inside: (UInt16) -> Bool) -> Double? {
        let s = volume.voxelSizeMillimetres
        let sMin = min(s.x, s.y, s.z)
        let centre = SIMD3<Int>((p / s).rounded(.toNearestOrAwayFromZero))
        let maxShell = Int((limit / sMin).rounded(.up)) + 1
        var best = Double.infinity

        func consider(_ v: SIMD3<Int>) {
            guard let label = volume.labelIndex(atVoxel: v), inside(label) else { return }
            let c = SIMD3<Double>(v) * s
            var squared = 0.0
            for a in 0..<3 {
                let gap = Swift.max(0, Swift.abs(c[a] - p[a]) - s[a] / 2)
                squared += gap * gap
            }
            let d = squared.squareRoot()
            if d < best { best = d }
        }

        consider(centre)
        if best == 0 { return 0 }
        var r = 1
        while r <= maxShell, Double(r - 1) * sMin < best, Double(r - 1) * sMin <= limit {
            for dz in -r...r {
                for dy in -r...r {
                    let onFace = abs(dz) == r || abs(dy) == r
                    if onFace {
                        for dx in -r...r { consider(centre &+ SIMD3(dx, dy, dz)) }
                    } else {
                        consider(centre &+ SIMD3(-r, dy, dz))
                        consider(centre &+ SIMD3(r, dy, dz))
                    }
                }
            }
            r += 1
        }
        return best <= limit ? best : nil
    }
}
