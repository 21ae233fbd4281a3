import StereotaxAtlas
import StereotaxGeometry

/// What occupies a stretch of a shaft: a structure of the ontology (with the
/// side of the brain), a label the ontology does not know, unlabelled voxels,
/// or space outside the atlas volume.
public enum CrossedRegion: Hashable, Sendable, CustomStringConvertible {
    case structure(BrainStructure, hemisphere: Hemisphere)
    /// A label value present in the volume but absent from the ontology.
    case unknownLabel(Int, hemisphere: Hemisphere)
    /// Inside the volume, label 0 (outside the brain, e.g. above it).
    case unlabelled
    /// Outside the atlas volume.
    case outsideAtlas

    init(_ result: RegionLookupResult, ontology: Ontology) {
        switch result {
        case .outside: self = .outsideAtlas
        case .unlabelled: self = .unlabelled
        case let .structure(id, side):
            if let s = ontology[id: id] { self = .structure(s, hemisphere: side) } else { self = .unknownLabel(id, hemisphere: side) }
        }
    }

    /// The structure id, when the stretch is labelled.
    public var structureID: Int? {
        switch self {
        case let .structure(s, _): s.id
        case let .unknownLabel(id, _): id
        case .unlabelled, .outsideAtlas: nil
        }
    }

    /// The acronym (or a stand-in for unlabelled and outside stretches).
    public var acronym: String {
        switch self {
        case let .structure(s, _): s.acronym
        case let .unknownLabel(id, _): "label \(id) (not in the ontology)"
        case .unlabelled: "unlabelled"
        case .outsideAtlas: "outside the atlas"
        }
    }

    public var hemisphere: Hemisphere? {
        switch self {
        case let .structure(_, h), let .unknownLabel(_, h): h
        case .unlabelled, .outsideAtlas: nil
        }
    }

    public var description: String {
        switch self {
        case let .structure(s, h): "\(s.acronym) \(s.name) (\(s.id), \(h.rawValue))"
        case let .unknownLabel(id, h): "label \(id) not in the ontology (\(h.rawValue))"
        case .unlabelled: "unlabelled"
        case .outsideAtlas: "outside the atlas"
        }
    }
}

/// One stretch of a shaft in one region: from `start` to `end`, measured along
/// the shaft from the brain-surface entry (mm).
public struct ShaftSegment: Hashable, Sendable {
    public var region: CrossedRegion
    /// Distance along the shaft from the entry where the region starts.
    public var start: Length
    /// Distance along the shaft from the entry where the region ends.
    public var end: Length

    public init(region: CrossedRegion, start: Length, end: Length) {
        self.region = region
        self.start = start
        self.end = end
    }

    public var length: Length { end - start }
}
