import StereotaxGeometry

/// Walks the voxels a ray crosses, in order (Amanatides & Woo 1987, "A fast
/// voxel traversal algorithm"), and reports the first labelled one.
///
/// Positions are the volume's axes in mm (``LabelVolume``'s convention: voxel i
/// spans [(i − ½)s, (i + ½)s)).
public struct VoxelRayMarcher: Sendable {
    public let volume: LabelVolume

    public init(volume: LabelVolume) { self.volume = volume }

    /// The first labelled voxel along the ray from `origin` in `direction` (any
    /// non-zero length; it is normalised, so distances are millimetres), looking no
    /// further than `maximumDistance`. `nil` when the ray leaves the volume (or
    /// reaches the maximum) without meeting one, or when origin or direction is not
    /// finite or the direction is zero.
    public func firstLabelledVoxel(originMillimetres origin: SIMD3<Double>, direction rawDirection: SIMD3<Double>,
                                   maximumDistance: Length = .mm(.infinity)) -> VoxelRayHit? {
        let s = volume.voxelSizeMillimetres
        let n = volume.sizes
        let norm = (rawDirection * rawDirection).sum().squareRoot()
        guard (0..<3).allSatisfy({ origin[$0].isFinite }), norm.isFinite, norm > 0,
              !maximumDistance.millimetres.isNaN else { return nil }
        let direction = rawDirection / norm
        // Voxel space: u = (p − o)/s + ½, voxel i spans [i, i + 1).
        let u0 = (origin - volume.originMillimetres) / s + 0.5
        let du = direction / s

        // Clip to the box [0, n) with the slab method.
        var tEnter = 0.0, tExit = maximumDistance.millimetres
        for a in 0..<3 {
            if du[a] == 0 {
                if u0[a] < 0 || u0[a] >= Double(n[a]) { return nil }
            } else {
                let t1 = (0 - u0[a]) / du[a], t2 = (Double(n[a]) - u0[a]) / du[a]
                tEnter = max(tEnter, min(t1, t2))
                tExit = min(tExit, max(t1, t2))
            }
        }
        guard tEnter <= tExit else { return nil }

        // The starting voxel; on an entry face, the voxel on the inner side.
        let start = u0 + du * tEnter
        // Far-away origins lose precision in u0 + du·t: refuse rather than trust it.
        guard (0..<3).allSatisfy({ start[$0] >= -1 && start[$0] <= Double(n[$0]) + 1 }) else { return nil }
        var voxel = SIMD3<Int>.zero
        var step = SIMD3<Int>.zero
        var tMax = SIMD3<Double>(repeating: .infinity)
        var tDelta = SIMD3<Double>(repeating: .infinity)
        for a in 0..<3 {
            var i = Int(start[a].rounded(.down))
            if du[a] < 0, start[a] == start[a].rounded(.down) { i -= 1 }   // moving down from a face: the lower voxel
            voxel[a] = min(max(i, 0), n[a] - 1)
            if du[a] > 0 {
                step[a] = 1
                tMax[a] = tEnter + (Double(voxel[a] + 1) - start[a]) / du[a]
                tDelta[a] = 1 / du[a]
            } else if du[a] < 0 {
                step[a] = -1
                tMax[a] = tEnter + (Double(voxel[a]) - start[a]) / du[a]
                tDelta[a] = -1 / du[a]
            }
        }

        var tCurrent = tEnter
        return volume.withUnsafeLabelIndices { indices in
            while true {
                let index = indices[volume.linearIndex(of: voxel)]
                if index != 0 {
                    return VoxelRayHit(voxel: voxel, label: volume.labelValues[Int(index)], distance: .mm(tCurrent),
                                       entryMillimetres: origin + direction * tCurrent)
                }
                // Advance across the nearest voxel face.
                let a = tMax.x < tMax.y ? (tMax.x < tMax.z ? 0 : 2) : (tMax.y < tMax.z ? 1 : 2)
                tCurrent = tMax[a]
                if tCurrent > tExit { return nil }
                voxel[a] += step[a]
                if voxel[a] < 0 || voxel[a] >= n[a] { return nil }
                tMax[a] += tDelta[a]
            }
        }
    }
}
