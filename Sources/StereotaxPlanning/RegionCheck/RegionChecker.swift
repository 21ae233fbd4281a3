import StereotaxAtlas
import StereotaxGeometry
import StereotaxRecords

/// Checks a procedure's declared `brain_region` against the structure at its
/// target in one atlas.
///
/// **Mapping** (done once per taxonomy entry, at construction): `AIA` entries
/// map to the Allen structure with the entry's acronym (else its name);
/// `PF2001` entries to the Franklin–Paxinos structure with that acronym (else
/// name), then through the Franklin–Paxinos → Allen mapping; rat entries
/// (`PW1997`, `BM4`, `S2004`) to the Waxholm structure with the entry's name
/// (ignoring case and accents) — the Waxholm labels have no acronyms, so
/// entries whose names differ are not checkable. Entries of the other
/// species' atlases are not checkable against this atlas. A structure finer
/// than the volume's labels (no voxel of it or its descendants, e.g. a CA1 layer
/// where the Allen 2017 volume labels CA1) is checked as its nearest labelled
/// ancestor, which ``DeclaredStructure/checkedStructure`` and `mappedBy` name.
///
/// **Check** (per target, a few table look-ups): the target's voxel (nearest
/// voxel rule of ``LabelVolume``) gives a label; it is the declared structure
/// (``RegionCheckOutcome/match``), one of its descendants (`within`), nothing
/// (`outsideBrain`), or another structure — then the voxel mirrored across the
/// atlas' midline is tried (`contralateral`), else `mismatch`. The nearest-voxel
/// distance and the placement probability are opt-in (``RegionCheckOptions``).
///
/// **Hemispheres.** A nearly symmetric label volume (the Allen 2017 annotation:
/// 96.4 % of labelled voxels carry their mirror's label) mostly has the same
/// structure at a point and at its mirror, so an ML sign error there rarely shows
/// in the labels: it is a `match` unless the caller states the intended side
/// (`expectedHemisphere`), in which case a target in the declared structure on the
/// other side is `contralateral`. Where the hemispheres were drawn differently
/// (more so in the Waxholm rat atlas, drawn from one animal) the mirrored voxel
/// decides on its own.
public struct RegionChecker: Sendable {
    public let atlas: LoadedAtlas
    public let options: RegionCheckOptions
    private let declared: [String: DeclaredRegionResolution]

    /// A checker giving the outcome only (``RegionCheckOptions/outcomeOnly``).
    /// - Parameters:
    ///   - atlas: the atlas targets are given in (its volume's axes).
    ///   - taxonomy: BrainSTEM's brain-region taxonomy.
    ///   - franklinPaxinos: the Franklin–Paxinos ↔ Allen mapping (for `PF2001` entries on the Allen atlas).
    public init(atlas: LoadedAtlas, taxonomy: BrainRegionTaxonomy, franklinPaxinos: FranklinPaxinosAllenMapping? = nil) {
        self.atlas = atlas
        self.options = .outcomeOnly
        declared = Self.mapAll(taxonomy, atlas: atlas, franklinPaxinos: franklinPaxinos)
    }

    /// A checker with the opt-in extras of `options`.
    /// - Throws: ``RegionCheckOptionsError`` when the search radius or σ is not positive and finite.
    public init(atlas: LoadedAtlas, taxonomy: BrainRegionTaxonomy, franklinPaxinos: FranklinPaxinosAllenMapping? = nil,
                options: RegionCheckOptions) throws(RegionCheckOptionsError) {
        try options.validate()
        self.atlas = atlas
        self.options = options
        declared = Self.mapAll(taxonomy, atlas: atlas, franklinPaxinos: franklinPaxinos)
    }

    /// Every taxonomy entry mapped once (the first entry wins for a repeated id).
    private static func mapAll(_ taxonomy: BrainRegionTaxonomy, atlas: LoadedAtlas,
                               franklinPaxinos: FranklinPaxinosAllenMapping?) -> [String: DeclaredRegionResolution] {
        let mapper = DeclaredRegionMapper(atlas: atlas, franklinPaxinos: franklinPaxinos)
        var table: [String: DeclaredRegionResolution] = [:]
        for region in taxonomy.regions {
            guard let id = region.id, table[id] == nil else { continue }
            table[id] = mapper.resolve(region, id: id)
        }
        return table
    }

    /// The declared region of taxonomy entry `regionID` as mapped into this atlas.
    public func declaredRegion(id regionID: String?) -> DeclaredRegionResolution {
        guard let regionID else { return .notCheckable(.noDeclaredRegion) }
        return declared[regionID] ?? .notCheckable(.unknownRegionID(regionID))
    }

    /// Checks a resolved procedure's target against its declared region.
    public func check(_ procedure: ResolvedProcedure, declaredRegionID: String?,
                      expectedHemisphere: Hemisphere? = nil) -> RegionCheckResult {
        check(procedure.volume.target, against: declaredRegion(id: declaredRegionID), expectedHemisphere: expectedHemisphere)
    }

    /// Checks a target (in the atlas volume's axes) against taxonomy entry `regionID`.
    public func check(_ target: Point3<Frame.AtlasVolume>, declaredRegionID: String?,
                      expectedHemisphere: Hemisphere? = nil) -> RegionCheckResult {
        check(target, against: declaredRegion(id: declaredRegionID), expectedHemisphere: expectedHemisphere)
    }

    /// The side of the atlas' midline a voxel lies on.
    public func hemisphere(ofVoxel v: SIMD3<Int>) -> Hemisphere { atlas.midline.hemisphere(ofVoxel: v) }

    /// Checks a target against an already mapped declared region (the fast path for many records).
    /// - Parameter expectedHemisphere: the side the target was meant for, when known; a target
    ///   in the declared structure on the other side is then `contralateral`.
    public func check(_ target: Point3<Frame.AtlasVolume>, against resolution: DeclaredRegionResolution,
                      expectedHemisphere: Hemisphere? = nil) -> RegionCheckResult {
        let d: DeclaredStructure
        switch resolution {
        case let .mapped(mapped): d = mapped
        case let .notCheckable(why): return RegionCheckResult(outcome: .notCheckable(why), declared: nil, foundID: nil, probability: nil)
        }
        let volume = atlas.volume
        let p = target.millimetres
        guard target.isFinite else {
            return RegionCheckResult(outcome: .notCheckable(.nonFiniteTarget(millimetres: [p.x, p.y, p.z])), declared: d,
                                     foundID: nil, probability: nil)
        }
        let probability = placementProbability(at: p, declared: d)
        guard let voxel = volume.nearestVoxel(toMillimetres: p), let label = volume.labelIndex(atVoxel: voxel), label != 0 else {
            return RegionCheckResult(outcome: .outsideBrain, declared: d, foundID: nil, probability: probability)
        }
        let foundID = volume.labelValues[Int(label)]
        if let expected = expectedHemisphere, expected != .midline, d.contains(labelIndex: label) {
            let side = hemisphere(ofVoxel: voxel)
            if side != .midline, side != expected {
                return RegionCheckResult(outcome: .contralateral(foundID: foundID), declared: d, foundID: foundID, probability: probability)
            }
        }
        if foundID == d.checkedStructure.id {
            return RegionCheckResult(outcome: .match, declared: d, foundID: foundID, probability: probability)
        }
        if d.contains(labelIndex: label) {
            return RegionCheckResult(outcome: .within(foundID: foundID), declared: d, foundID: foundID, probability: probability)
        }
        if let m = volume.labelIndex(atVoxel: atlas.midline.mirrored(voxel)), m != 0, d.contains(labelIndex: m) {
            return RegionCheckResult(outcome: .contralateral(foundID: foundID), declared: d, foundID: foundID, probability: probability)
        }
        let distance = options.nearestVoxelSearchRadius.map { limit -> NearestVoxelDistance in
            NearestVoxelSearch.distance(volume: volume, from: p, limitMillimetres: limit.millimetres) { d.contains(labelIndex: $0) }
                .map { .found(.mm($0)) } ?? .beyond(limit)
        }
        return RegionCheckResult(outcome: .mismatch(foundID: foundID, distance: distance), declared: d, foundID: foundID,
                                 probability: probability)
    }

    private func placementProbability(at p: SIMD3<Double>, declared d: DeclaredStructure) -> PlacementProbability? {
        guard let sigma = options.placementSigma else { return nil }
        let (probability, truncated) = PlacementProbability.compute(volume: atlas.volume, centre: p, sigma: sigma.millimetres) {
            d.contains(labelIndex: $0)
        }
        return PlacementProbability(sigma: sigma, probability: probability, truncatedMass: truncated)
    }
}
