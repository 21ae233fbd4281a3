/// Why an ontology file could not be read, naming the file, record and field.
public enum OntologyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be read at all.
    case unreadable(file: String, reason: String)
    /// The text is not valid CSV, JSON or label-file syntax at `line` (0 when unknown).
    case syntax(file: String, line: Int, reason: String)
    /// A required column is missing from the header.
    case missingColumn(file: String, column: String)
    /// A field of one record does not hold what it must.
    case invalidField(file: String, record: String, field: String, expected: String, found: String)
    /// Two records give the same structure id.
    case duplicateID(file: String, id: Int)
    /// A structure names a parent that is not in the ontology.
    case unknownParent(file: String, id: Int, parentID: Int)
    /// Following parents from this structure never reaches a root.
    case cycle(file: String, id: Int)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): return "\(file): cannot read: \(reason)"
        case .syntax(let file, let line, let reason): return "\(file):\(line): \(reason)"
        case .missingColumn(let file, let column): return "\(file): missing column '\(column)'"
        case .invalidField(let file, let record, let field, let expected, let found):
            return "\(file): \(record), field '\(field)': expected \(expected), found '\(found)'"
        case .duplicateID(let file, let id): return "\(file): structure id \(id) appears more than once"
        case .unknownParent(let file, let id, let parentID):
            return "\(file): structure \(id) has parent \(parentID), which is not in the file"
        case .cycle(let file, let id): return "\(file): the parents of structure \(id) form a cycle"
        }
    }
}

/// Why a look-up in an ontology found no single structure.
public enum OntologyLookupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No structure has this id.
    case unknownID(Int)
    /// Nothing matches `query` in `field` (`acronym` or `name`), exactly or ignoring case.
    case notFound(query: String, field: String)
    /// Several structures match `query` equally well; their ids.
    case ambiguous(query: String, field: String, candidates: [Int])

    public var description: String {
        switch self {
        case .unknownID(let id): return "no structure with id \(id)"
        case .notFound(let q, let f): return "no structure with \(f) '\(q)'"
        case .ambiguous(let q, let f, let c):
            return "\(f) '\(q)' matches several structures (ids \(c.map(String.init).joined(separator: ", ")))"
        }
    }
}
