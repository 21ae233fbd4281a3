import Foundation

/// Reads Allen's structure query table (`structures.csv`): one row per
/// structure with, among others, the columns `id`, `acronym`, `name`,
/// `parent_structure_id`, `structure_id_path` and `color_hex_triplet`.
///
/// Every row's `structure_id_path` (`/997/8/…/id/`) must agree with the chain
/// of parents; a disagreement is an error naming the row.
public enum AllenStructuresCSV {
    public static func load(contentsOf url: URL) throws(OntologyError) -> Ontology {
        try parse(OntologyFileReading.text(of: url), origin: url.path)
    }

    public static func parse(_ text: String, origin: String) throws(OntologyError) -> Ontology {
        let table = try OntologyFileReading.Table(text: text, origin: origin)
        let idColumn = try table.column("id"), acronymColumn = try table.column("acronym")
        let nameColumn = try table.column("name"), parentColumn = try table.column("parent_structure_id")
        let pathColumn = try table.column("structure_id_path"), colorColumn = try table.column("color_hex_triplet")

        var structures: [BrainStructure] = []
        var paths: [(line: Int, id: Int, path: String)] = []
        for row in table.rows {
            let id = try table.int(row, idColumn)
            let hex = table.field(row, colorColumn)
            guard let color = RGBColor(hexTriplet: hex) else {
                throw .invalidField(file: origin, record: "line \(row.line) (id \(id))", field: "color_hex_triplet",
                                    expected: "six hexadecimal digits", found: hex)
            }
            let acronym = table.field(row, acronymColumn), name = table.field(row, nameColumn)
            if acronym.isEmpty || name.isEmpty {
                throw .invalidField(file: origin, record: "line \(row.line) (id \(id))", field: acronym.isEmpty ? "acronym" : "name",
                                    expected: "a non-empty value", found: "")
            }
            structures.append(BrainStructure(id: id, acronym: acronym, name: name,
                                             parentID: try table.optionalInt(row, parentColumn), color: color))
            paths.append((row.line, id, table.field(row, pathColumn)))
        }
        let ontology = try Ontology(structures: structures, origin: origin)
        for p in paths {
            let chain: [Int]
            do { chain = try ontology.ancestors(of: p.id).reversed().map(\.id) + [p.id] } catch {
                throw .invalidField(file: origin, record: "line \(p.line)", field: "id", expected: "a known id", found: "\(p.id)")
            }
            let expected = "/" + chain.map(String.init).joined(separator: "/") + "/"
            if p.path != expected {
                throw .invalidField(file: origin, record: "line \(p.line) (id \(p.id))", field: "structure_id_path",
                                    expected: expected + " (the chain of parents)", found: p.path)
            }
        }
        return ontology
    }
}
