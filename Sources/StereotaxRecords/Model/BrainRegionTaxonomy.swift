import StereotaxJSON

/// BrainSTEM's brain-region taxonomy: the entries procedures' `brain_region` UUIDs resolve to.
public struct BrainRegionTaxonomy: Hashable, Sendable {
    /// The entries in document order.
    public let regions: [BrainRegion]
    /// Ids that occur on more than one entry (the first entry wins in look-ups).
    public let duplicateIDs: [String]
    private let indexByID: [String: Int]

    public init(regions: [BrainRegion]) {
        self.regions = regions
        var index: [String: Int] = [:]
        var duplicates: [String] = []
        for (position, region) in regions.enumerated() {
            guard let id = region.id else { continue }
            if index[id] == nil { index[id] = position } else if !duplicates.contains(id) { duplicates.append(id) }
        }
        self.indexByID = index
        self.duplicateIDs = duplicates
    }

    /// Reads `{"brain_regions": [...]}`, another list envelope, or a bare array. Elements that
    /// are not objects are an error naming their position.
    public init(document: JSONValue) throws(RecordDecodingError) {
        let envelope = try RecordEnvelope(document: document)
        var regions: [BrainRegion] = []
        for value in envelope.records { regions.append(try BrainRegion(value)) }
        self.init(regions: regions)
    }

    /// The entry with this id.
    public func region(id: String) -> BrainRegion? { indexByID[id].map { regions[$0] } }

    /// Entries with this acronym (exact match), optionally only those of one atlas.
    public func regions(acronym: String, atlas: BrainAtlasCode? = nil) -> [BrainRegion] {
        regions.filter { $0.acronym == acronym && (atlas == nil || $0.atlas == atlas) }
    }

    /// The atlas codes used, in order of first use (unknown codes as written).
    public var atlasCodes: [String] {
        var seen = Set<String>()
        return regions.compactMap(\.atlasCodeText).filter { seen.insert($0).inserted }
    }
}
