import StereotaxGeometry

extension RegionLookup {
    /// The regions within a sphere of `radius` around `centre`, with the fraction
    /// of the sphere's volume each occupies (largest first; the fractions sum to 1).
    ///
    /// Voxels wholly inside the sphere count in full and voxels wholly outside not
    /// at all; a voxel the sphere's surface cuts counts by the fraction of its
    /// 6 × 6 × 6 sub-voxel centres inside the sphere. Space beyond the volume's
    /// edge counts as ``NeighbourhoodShare/Region/outside``.
    public func neighbourhood(of centre: Point3<Frame.CCF>, radius: Length) throws -> [NeighbourhoodShare] {
        guard centre.isFinite else { throw RegionLookupError.notFinite(index: nil, millimetres: [centre.millimetres.x, centre.millimetres.y, centre.millimetres.z]) }
        let r = radius.millimetres
        guard r.isFinite, r > 0 else { throw RegionLookupError.badRadius(millimetres: r) }
        let s = volume.voxelSizeMillimetres
        let c = centre.millimetres
        let o = volume.originMillimetres
        let lo = SIMD3<Int>(((c - r - o) / s + 0.5).rounded(.down)), hi = SIMD3<Int>(((c + r - o) / s + 0.5).rounded(.down))
        let sub = 6
        let r2 = r * r
        var weights: [NeighbourhoodShare.Region: Double] = [:]
        var total = 0.0
        for k in lo.z...hi.z { for j in lo.y...hi.y { for i in lo.x...hi.x {
            let v = SIMD3(i, j, k)
            let voxelCentre = o + SIMD3<Double>(v) * s
            let offset = voxelCentre - c
            let d = SIMD3(abs(offset.x), abs(offset.y), abs(offset.z))
            let near = pointwiseMax(d - s / 2, .zero), far = d + s / 2
            if (near * near).sum() > r2 { continue }
            var w = 1.0
            if (far * far).sum() > r2 {
                var inside = 0
                for c2 in 0..<sub { for c1 in 0..<sub { for c0 in 0..<sub {
                    let subOffset = (SIMD3(Double(c0), Double(c1), Double(c2)) + 0.5) / Double(sub) - 0.5
                    let q = voxelCentre + subOffset * s - c
                    if (q * q).sum() <= r2 { inside += 1 }
                } } }
                if inside == 0 { continue }
                w = Double(inside) / Double(sub * sub * sub)
            }
            let region: NeighbourhoodShare.Region
            if let index = volume.labelIndex(atVoxel: v) {
                region = index == 0 ? .unlabelled : .structure(id: volume.labelValues[Int(index)])
            } else {
                region = .outside
            }
            weights[region, default: 0] += w
            total += w
        } } }
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
        return weights.map { NeighbourhoodShare(region: $0.key, volumeFraction: $0.value / total) }
            .sorted { $0.volumeFraction > $1.volumeFraction || ($0.volumeFraction == $1.volumeFraction && "\($0.region)" < "\($1.region)") }
    }
}
