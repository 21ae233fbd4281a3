import StereotaxAtlas
import StereotaxFrames
import StereotaxGeometry

extension TrajectoryPlanner {
    /// Every angle pair of the search's grid, ranked by clearance (largest
    /// first; ties by the smaller total tilt |AP| + |ML|), the best
    /// ``AngleSearch/keep`` returned with their forward plans.
    public func search(_ search: AngleSearch) throws -> SearchResult {
        try PlanningError.check(search.target, "target")
        try PlanningError.check(search.step.degrees, "angle step", positive: true)
        try PlanningError.check(search.clearanceCap.millimetres, "clearance cap", positive: true)
        guard search.keep >= 1 else { throw PlanningError.invalidSearch(reason: "keep must be ≥ 1 (found \(search.keep))") }
        let apValues = try search.values(search.apAngles, "AP angle range")
        let mlValues = try search.values(search.mlAngles, "ML angle range")
        guard apValues.count * mlValues.count <= AngleSearch.maximumPairs else {
            throw PlanningError.invalidSearch(reason: "\(apValues.count * mlValues.count) angle pairs; at most \(AngleSearch.maximumPairs) (use a coarser step)")
        }
        let (avoidedLabels, avoidedHemisphere, described) = try resolveAvoided(search.avoid)

        // Candidate shafts.
        var candidates: [(angles: BrainstemAngles, insertion: Insertion)] = []
        var withoutEntry = 0
        for ap in apValues {
            for ml in mlValues {
                let angles = try BrainstemAngles(apAngle: ap, mlAngle: ml)
                do {
                    candidates.append((angles, try Insertion.fromTip(search.target, direction: angles.direction(order: angleOrder), surface: atlas.surface)))
                } catch { withoutEntry += 1 }
            }
        }
        guard !candidates.isEmpty else { throw PlanningError.invalidSearch(reason: "no angle pair of the grid reaches the target from the brain surface") }

        // The box holding every shaft, widened by the cap, in voxel indices.
        let volume = atlas.volume
        let s = volume.voxelSizeMillimetres
        var lo = atlas.bregmaToCCF.apply(search.target).millimetres, hi = lo
        for c in candidates {
            let e = atlas.bregmaToCCF.apply(c.insertion.entry).millimetres
            lo = pointwiseMin(lo, e); hi = pointwiseMax(hi, e)
        }
        let margin = search.clearanceCap.millimetres + s.max()
        let first = pointwiseMax(SIMD3<Int>(((lo - margin) / s).rounded(.down)), .zero)
        let last = pointwiseMin(SIMD3<Int>(((hi + margin) / s).rounded(.up)), volume.sizes &- 1)
        let boxSizes = last &- first &+ 1
        var marked = [Bool](repeating: false, count: boxSizes.x * boxSizes.y * boxSizes.z)
        volume.withUnsafeLabelIndices { indices in
            var n = 0
            for k in first.z...last.z {
                let side = atlas.lookup.hemisphere(mlIndex: k)
                for j in first.y...last.y {
                    let row = volume.linearIndex(of: SIMD3(first.x, j, k))
                    for i in 0..<boxSizes.x {
                        let index = Int(indices[row + i])
                        marked[n] = avoidedLabels[index] || (index != 0 && side == avoidedHemisphere)
                        n += 1
                    }
                }
            }
        }
        let field = DistanceTransform(marked: marked, sizes: boxSizes, spacing: s)

        // Clearance of each shaft.
        let cap = search.clearanceCap.millimetres, step = samplingStep.millimetres
        var scored: [(index: Int, clearance: Double, along: Double)] = []
        for (n, c) in candidates.enumerated() {
            let origin = atlas.bregmaToCCF.apply(c.insertion.entry).millimetres
            let d = atlas.bregmaToCCF.apply(c.insertion.direction).millimetres
            let length = c.insertion.depth.millimetres
            var best = cap, along = 0.0
            var t = 0.0
            while true {
                let v = SIMD3<Int>(((origin + min(t, length) * d) / s + 0.5 + LabelVolume.boundaryTolerance).rounded(.down)) &- first
                if v.x >= 0, v.y >= 0, v.z >= 0, v.x < boxSizes.x, v.y < boxSizes.y, v.z < boxSizes.z {
                    let distance = field.distance(at: v)
                    if distance < best { best = distance; along = min(t, length) }
                }
                if t >= length { break }
                t += step
            }
            scored.append((n, best, along))
        }
        scored.sort { a, b in
            if a.clearance != b.clearance { return a.clearance > b.clearance }
            let ta = abs(candidates[a.index].angles.apAngle.degrees) + abs(candidates[a.index].angles.mlAngle.degrees)
            let tb = abs(candidates[b.index].angles.apAngle.degrees) + abs(candidates[b.index].angles.mlAngle.degrees)
            return ta < tb
        }
        var best: [SearchCandidate] = []
        for s in scored.prefix(search.keep) {
            let c = candidates[s.index]
            best.append(SearchCandidate(angles: c.angles, clearance: .mm(s.clearance), clearanceAtCap: s.clearance >= cap,
                                        closestApproachAlongShaft: .mm(s.along), plan: try plan(c.insertion, angles: c.angles)))
        }
        let choices = ["atlas preset: \(atlas.presetName)", "angle order: \(angleOrder)",
                       "clearance: nearest avoided voxel centre from each shaft sample's voxel centre (exact distance transform, \(s.x * 1000) µm grid), capped at \(cap) mm",
                       "shaft sampled every \(samplingStep.micrometres) µm from the brain-surface entry to the target",
                       "ties ranked by smaller |AP angle| + |ML angle|"]
        return SearchResult(candidates: best, pairsSearched: apValues.count * mlValues.count, pairsWithoutEntry: withoutEntry,
                            avoided: described, choices: choices)
    }

    /// The avoided label indices (a flag per entry of the volume's label table),
    /// the avoided hemisphere, and a description of each avoided region.
    private func resolveAvoided(_ avoid: [AvoidedRegion]) throws -> ([Bool], Hemisphere?, [String]) {
        var ids = Set<Int>()
        var hemisphere: Hemisphere?
        var described: [String] = []
        for region in avoid {
            switch region {
            case .structure, .ventricles:
                let query = if case let .structure(q) = region { q } else { "VS" }
                let root: BrainStructure
                do { root = try atlas.ontology.structure(matching: query).structure } catch { throw PlanningError.unknownStructure(query) }
                let below = try atlas.ontology.descendants(of: root.id)
                ids.insert(root.id)
                ids.formUnion(below.map(\.id))
                described.append("\(root.acronym) (\(root.id)) and \(below.count) descendants")
            case let .hemisphere(h):
                guard hemisphere == nil || hemisphere == h else {
                    throw PlanningError.invalidSearch(reason: "both hemispheres avoided: no shaft can reach the target")
                }
                hemisphere = h
                described.append("every labelled voxel of the \(h.rawValue) hemisphere")
            }
        }
        return (atlas.volume.labelValues.map { ids.contains($0) }, hemisphere, described)
    }
}
