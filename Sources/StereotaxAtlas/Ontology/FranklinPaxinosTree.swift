import Foundation

/// The Franklin–Paxinos mouse structure tree (`structure_tree.csv`, after
/// Chon et al. 2019, as shipped by iblatlas): the Franklin–Paxinos ontology,
/// and for each row the Allen structure it corresponds to, by Allen name and
/// acronym as the file gives them.
///
/// The file has two kinds of rows: Franklin–Paxinos structures (with a
/// `Structural ID`), and Allen-only rows (no Franklin–Paxinos columns) that
/// list Allen structures with no Franklin–Paxinos counterpart. Names and
/// abbreviations are read with surrounding spaces removed (the file has
/// trailing spaces, e.g. `TeA `). Top-level structures name the parent
/// `997 root`, which is not a row: it is added as a structure with that id and
/// acronym (no colour) and listed in ``addedParents``. Values in the unnamed
/// trailing columns are not part of the tree; they are kept in ``ignoredCells``.
public struct FranklinPaxinosTree: Sendable {
    /// The Allen structure a row names, as the file spells it (trimmed).
    public struct AllenReference: Hashable, Sendable {
        public var acronym: String
        public var name: String
        /// The file line the reference is on.
        public var line: Int
        public var isEmpty: Bool { acronym.isEmpty && name.isEmpty }
    }

    /// A non-empty cell in a column without a header name.
    public struct IgnoredCell: Hashable, Sendable {
        public var line: Int
        public var column: Int
        public var value: String
    }

    public let ontology: Ontology
    /// For each Franklin–Paxinos structure id, the Allen structure its row names
    /// (empty when the row names none).
    public let allenReferences: [Int: AllenReference]
    /// The Allen-only rows: Allen structures the file lists without a counterpart.
    public let allenOnlyRows: [AllenReference]
    /// Parents referenced by rows but not rows themselves (the Allen root 997).
    public let addedParents: [BrainStructure]
    public let ignoredCells: [IgnoredCell]

    public static func load(contentsOf url: URL) throws(OntologyError) -> FranklinPaxinosTree {
        try parse(OntologyFileReading.text(of: url), origin: url.path)
    }

    public static func parse(_ text: String, origin: String) throws(OntologyError) -> FranklinPaxinosTree {
        let table = try OntologyFileReading.Table(text: text, origin: origin)
        let nameC = try table.column("Franklin-Paxinos Full name"), abbrC = try table.column("Franklin-Paxinos abbreviation")
        let idC = try table.column("Structural ID"), parentC = try table.column("Parent ID")
        let parentAbbrC = try table.column("Parent abbreviation")
        let rC = try table.column("red"), gC = try table.column("green"), bC = try table.column("blue")
        let allenNameC = try table.column("Allen Full name"), allenAbbrC = try table.column("Allen abbreviation")
        let unnamed = table.header.indices.filter { table.header[$0].trimmingCharacters(in: .whitespaces).isEmpty }

        func trimmed(_ row: CSVRecord, _ c: Int) -> String { table.field(row, c).trimmingCharacters(in: .whitespaces) }

        var structures: [BrainStructure] = []
        var references: [Int: AllenReference] = [:]
        var allenOnly: [AllenReference] = []
        var ignored: [IgnoredCell] = []
        var parentAbbreviations: [Int: (abbreviation: String, line: Int)] = [:]
        for row in table.rows {
            for c in unnamed where !trimmed(row, c).isEmpty {
                ignored.append(IgnoredCell(line: row.line, column: c + 1, value: table.field(row, c)))
            }
            let reference = AllenReference(acronym: trimmed(row, allenAbbrC), name: trimmed(row, allenNameC), line: row.line)
            guard let id = try table.optionalInt(row, idC) else {
                let fpColumns = [nameC, abbrC, parentC, rC, gC, bC]
                if let c = fpColumns.first(where: { !trimmed(row, $0).isEmpty }) {
                    throw .invalidField(file: origin, record: "line \(row.line)", field: table.header[idC],
                                        expected: "an id, since '\(table.header[c])' is filled", found: "")
                }
                if reference.isEmpty {
                    throw .invalidField(file: origin, record: "line \(row.line)", field: table.header[allenAbbrC],
                                        expected: "an Allen structure on a row without a Franklin-Paxinos id", found: "")
                }
                allenOnly.append(reference)
                continue
            }
            let record = "line \(row.line) (id \(id))"
            func channel(_ c: Int) throws(OntologyError) -> UInt8 {
                let v = try table.int(row, c)
                guard let b = UInt8(exactly: v) else {
                    throw .invalidField(file: origin, record: record, field: table.header[c], expected: "0...255", found: "\(v)")
                }
                return b
            }
            let name = trimmed(row, nameC)
            if name.isEmpty {
                throw .invalidField(file: origin, record: record, field: table.header[nameC], expected: "a name", found: "")
            }
            let parent = try table.int(row, parentC)
            if parentAbbreviations[parent] == nil { parentAbbreviations[parent] = (trimmed(row, parentAbbrC), row.line) }
            structures.append(BrainStructure(
                id: id, acronym: trimmed(row, abbrC), name: name, parentID: parent,
                color: RGBColor(red: try channel(rC), green: try channel(gC), blue: try channel(bC))))
            references[id] = reference
        }
        let ids = Set(structures.map(\.id))
        var added: [BrainStructure] = []
        for (parent, given) in parentAbbreviations.sorted(by: { $0.key < $1.key }) where !ids.contains(parent) {
            guard !given.abbreviation.isEmpty else {
                throw .invalidField(file: origin, record: "line \(given.line)", field: table.header[parentAbbrC],
                                    expected: "the abbreviation of parent \(parent), which is not a row", found: "")
            }
            added.append(BrainStructure(id: parent, acronym: given.abbreviation, name: given.abbreviation, parentID: nil, color: nil))
        }
        return FranklinPaxinosTree(
            ontology: try Ontology(structures: added + structures, origin: origin),
            allenReferences: references, allenOnlyRows: allenOnly, addedParents: added, ignoredCells: ignored)
    }
}
