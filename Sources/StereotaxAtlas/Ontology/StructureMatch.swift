/// A structure found by a look-up, and how it was matched: a match that
/// needed case folding says so, so the caller can report the variant.
public struct StructureMatch: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable {
        case id
        case acronym
        /// The acronym matched only ignoring letter case (e.g. `Mmme` for `MMme`).
        case acronymIgnoringCase = "acronym ignoring case"
        case name
        /// The name matched only ignoring case, accents and repeated spaces.
        case nameIgnoringCase = "name ignoring case"
    }

    public var structure: BrainStructure
    public var kind: Kind

    public init(structure: BrainStructure, kind: Kind) {
        self.structure = structure
        self.kind = kind
    }
}
