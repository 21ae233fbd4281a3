/// One structure (region) of an atlas ontology.
public struct BrainStructure: Hashable, Sendable, CustomStringConvertible {
    /// The structure's id: the value its voxels carry in the label volume.
    public var id: Int
    /// Abbreviation, e.g. `MOp1`; empty when the source gives none (Waxholm).
    public var acronym: String
    /// Full name, e.g. `Primary motor area, Layer 1`.
    public var name: String
    /// The enclosing structure's id; `nil` for a root.
    public var parentID: Int?
    /// Display colour; `nil` when the source gives none.
    public var color: RGBColor?

    public init(id: Int, acronym: String, name: String, parentID: Int?, color: RGBColor?) {
        self.id = id
        self.acronym = acronym
        self.name = name
        self.parentID = parentID
        self.color = color
    }

    public var description: String { acronym.isEmpty ? "\(name) (\(id))" : "\(acronym) \(name) (\(id))" }
}
