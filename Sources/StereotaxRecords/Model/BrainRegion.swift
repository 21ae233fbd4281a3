/// One entry of BrainSTEM's brain-region taxonomy: `{"id", "name", "acronym", "atlas"}`.
public struct BrainRegion: BrainSTEMRecord {
    public static let kind = RecordKind.brainRegion
    public let raw: RawRecord
    public init(raw: RawRecord) { self.raw = raw }

    /// `name`, e.g. `Field CA1`.
    public var name: String? { string("name") }
    /// `acronym`, e.g. `CA1`.
    public var acronym: String? { string("acronym") }
    /// `atlas` as written, e.g. `AIA`.
    public var atlasCodeText: String? { string("atlas") }
    /// The atlas, if the code is one this library knows.
    public var atlas: BrainAtlasCode? { atlasCodeText.flatMap(BrainAtlasCode.init(rawValue:)) }
    /// `parent`: the parent entry's UUID, when the taxonomy gives one.
    public var parentID: String? { string("parent") }
}
