import StereotaxGeometry

extension RegionLookup {
    /// The regions within a sphere of `radius` around `centre`, with the fraction
    /// of the sphere's volume each occupies (largest first; the fractions sum to 1).
    ///
    /// Voxels wholly inside the sphere count in full and voxels wholly outside not
    /// at all; a voxel the sphere's surface cuts counts by the fraction of its
    /// 6 × 6 × 6 sub-voxel centres inside the sphere. Only the volume's voxels are
    /// visited: when the sphere reaches beyond the volume's edge, the shares are of
    /// its analytic volume 4πr³/3 and the remainder is ``NeighbourhoodShare/Region/outside``.
    public func neighbourhood(of centre: Point3<Frame.CCF>, radius: Length) throws -> [NeighbourhoodShare] {
        guard centre.isFinite else { throw RegionLookupError.notFinite(index: nil, millimetres: [centre.millimetres.x, centre.millimetres.y, centre.millimetres.z]) }
        let r = radius.millimetres
        guard r.isFinite, r > 0 else { throw RegionLookupError.badRadius(millimetres: r) }
        let s = volume.voxelSizeMillimetres
        let c = centre.millimetres
        let o = volume.originMillimetres
        let n = SIMD3<Double>(volume.sizes)
        // The voxels the sphere's bounding box touches, clipped to the volume (in
        // floating point first, so far-away centres cannot overflow an Int).
        let wantedLo = ((c - r - o) / s + 0.5).rounded(.down), wantedHi = ((c + r - o) / s + 0.5).rounded(.down)
        let loD = pointwiseMax(wantedLo, .zero), hiD = pointwiseMin(wantedHi, n - 1)
        let leavesVolume = wantedLo != loD || wantedHi != hiD
        let sphereVoxels = 4 / 3 * Double.pi * r * r * r / (s.x * s.y * s.z)

        var weights: [NeighbourhoodShare.Region: Double] = [:]
        var total = 0.0
        if loD.x <= hiD.x, loD.y <= hiD.y, loD.z <= hiD.z {
            let lo = SIMD3<Int>(loD), hi = SIMD3<Int>(hiD)
            for k in lo.z...hi.z { for j in lo.y...hi.y { for i in lo.x...hi.x {
                let v = SIMD3(i, j, k)
                let w = Self.fractionInside(voxelCentre: o + SIMD3<Double>(v) * s, voxelSize: s, centre: c, radius: r)
                if w == 0 { continue }
                let index = volume.storage.base[volume.linearIndex(of: v)]
                let region: NeighbourhoodShare.Region = index == 0 ? .unlabelled : .structure(id: volume.labelValues[Int(index)])
                weights[region, default: 0] += w
                total += w
            } } }
        }
        if leavesVolume {
            // Shares of the analytic sphere; the rest lies beyond the volume's edge.
            var shares = weights.map { NeighbourhoodShare(region: $0.key, volumeFraction: min(1, $0.value / sphereVoxels)) }
            let outside = max(0, 1 - shares.reduce(0) { $0 + $1.volumeFraction })
            if outside > 0 { shares.append(NeighbourhoodShare(region: .outside, volumeFraction: outside)) }
            return Self.sorted(shares)
        }
        if total == 0 {
            // A sphere smaller than a sub-voxel: all of it lies in the centre's voxel.
            let region: NeighbourhoodShare.Region
            switch result(at: c) {
            case .outside: region = .outside
            case .unlabelled: region = .unlabelled
            case let .structure(id, _): region = .structure(id: id)
            }
            return [NeighbourhoodShare(region: region, volumeFraction: 1)]
        }
        return Self.sorted(weights.map { NeighbourhoodShare(region: $0.key, volumeFraction: $0.value / total) })
    }

    /// The fraction of a voxel inside the sphere: 1 or 0 when the voxel is wholly
    /// inside or outside, else the share of its 6³ sub-voxel centres inside.
    private static func fractionInside(voxelCentre: SIMD3<Double>, voxelSize s: SIMD3<Double>,
                                       centre c: SIMD3<Double>, radius r: Double) -> Double {
        let r2 = r * r
        let offset = voxelCentre - c
        let d = SIMD3(abs(offset.x), abs(offset.y), abs(offset.z))
        let near = pointwiseMax(d - s / 2, .zero), far = d + s / 2
        if (near * near).sum() > r2 { return 0 }
        if (far * far).sum() <= r2 { return 1 }
        let sub = 6
        var inside = 0
        for c2 in 0..<sub { for c1 in 0..<sub { for c0 in 0..<sub {
            let subOffset = (SIMD3(Double(c0), Double(c1), Double(c2)) + 0.5) / Double(sub) - 0.5
            let q = offset + subOffset * s
            if (q * q).sum() <= r2 { inside += 1 }
        } } }
        return Double(inside) / Double(sub * sub * sub)
    }

    /// Largest share first; ties in a fixed order.
    private static func sorted(_ shares: [NeighbourhoodShare]) -> [NeighbourhoodShare] {
        shares.sorted { $0.volumeFraction > $1.volumeFraction || ($0.volumeFraction == $1.volumeFraction && "\($0.region)" < "\($1.region)") }
    }
}
