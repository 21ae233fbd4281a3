import Foundation

/// A structure ontology: structures by id, acronym and name, and their
/// hierarchy (a forest: Allen and Franklin–Paxinos have one root, Waxholm's
/// flat label list has one root per structure).
///
/// Built by the readers (``AllenStructuresCSV``, ``AllenStructureGraphJSON``,
/// ``WaxholmLabelFile``, ``FranklinPaxinosTree``), which check that ids are
/// unique, every parent exists, and parents form no cycle.
public struct Ontology: Sendable {
    /// The value a label volume uses for "no structure" and its name in the
    /// source (`0`, `universe` for Allen's graph, `Clear Label` for Waxholm).
    public struct Background: Hashable, Sendable {
        public var value: Int
        public var name: String
    }

    /// Where the ontology was read from.
    public let origin: String
    /// Every structure, in the source's order.
    public let structures: [BrainStructure]
    /// The background label, when the source lists one; it is not a structure.
    public let background: Background?

    private let indexByID: [Int: Int]
    private let childIndices: [[Int]]
    private let parentIndex: [Int?]
    private let depths: [Int]
    private let byAcronym: [String: [Int]]
    private let byFoldedAcronym: [String: [Int]]
    private let byName: [String: [Int]]
    private let byFoldedName: [String: [Int]]

    /// Builds the ontology; throws for a duplicate id, an unknown parent or a cycle.
    public init(structures: [BrainStructure], background: Background? = nil, origin: String) throws(OntologyError) {
        var indexByID: [Int: Int] = [:]
        for (i, s) in structures.enumerated() {
            if indexByID.updateValue(i, forKey: s.id) != nil { throw .duplicateID(file: origin, id: s.id) }
        }
        var parentIndex = [Int?](repeating: nil, count: structures.count)
        var childIndices = [[Int]](repeating: [], count: structures.count)
        for (i, s) in structures.enumerated() {
            guard let p = s.parentID else { continue }
            guard let pi = indexByID[p] else { throw .unknownParent(file: origin, id: s.id, parentID: p) }
            parentIndex[i] = pi
            childIndices[pi].append(i)
        }
        // Depth by walking up; a walk longer than the structure count is a cycle.
        var depths = [Int](repeating: -1, count: structures.count)
        for start in structures.indices where depths[start] < 0 {
            var chain: [Int] = []
            var cursor: Int? = start
            while let c = cursor, depths[c] < 0 {
                chain.append(c)
                if chain.count > structures.count { throw .cycle(file: origin, id: structures[start].id) }
                cursor = parentIndex[c]
            }
            var d = cursor.map { depths[$0] } ?? -1
            for c in chain.reversed() { d += 1; depths[c] = d }
        }
        var byAcronym: [String: [Int]] = [:], byFoldedAcronym: [String: [Int]] = [:]
        var byName: [String: [Int]] = [:], byFoldedName: [String: [Int]] = [:]
        for (i, s) in structures.enumerated() {
            if !s.acronym.isEmpty {
                byAcronym[s.acronym, default: []].append(i)
                byFoldedAcronym[Self.fold(s.acronym), default: []].append(i)
            }
            byName[s.name, default: []].append(i)
            byFoldedName[Self.fold(s.name), default: []].append(i)
        }
        self.origin = origin
        self.structures = structures
        self.background = background
        self.indexByID = indexByID
        self.parentIndex = parentIndex
        self.childIndices = childIndices
        self.depths = depths
        self.byAcronym = byAcronym
        self.byFoldedAcronym = byFoldedAcronym
        self.byName = byName
        self.byFoldedName = byFoldedName
    }

    /// Case-, accent- and space-insensitive form used for the "ignoring case" matches.
    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    public var count: Int { structures.count }

    /// The structures without a parent.
    public var roots: [BrainStructure] { structures.indices.filter { parentIndex[$0] == nil }.map { structures[$0] } }

    // MARK: look-up

    /// The structure with this id, or `nil`.
    public subscript(id id: Int) -> BrainStructure? { indexByID[id].map { structures[$0] } }

    private func index(_ id: Int) throws(OntologyLookupError) -> Int {
        guard let i = indexByID[id] else { throw .unknownID(id) }
        return i
    }

    /// The structure with this id.
    public func structure(id: Int) throws(OntologyLookupError) -> BrainStructure {
        structures[try index(id)]
    }

    /// The structure with this acronym: the exact spelling first, then ignoring
    /// letter case (so `Mmme` finds `MMme`); surrounding spaces are ignored.
    /// Throws when nothing matches, or when several structures match equally
    /// (e.g. `Cm`, which is `CM` and `cm` ignoring case).
    public func structure(acronym: String) throws(OntologyLookupError) -> StructureMatch {
        let q = acronym.trimmingCharacters(in: .whitespaces)
        return try match(q, exact: byAcronym[q], folded: byFoldedAcronym[Self.fold(q)], field: "acronym",
                         exactKind: .acronym, foldedKind: .acronymIgnoringCase)
    }

    /// The structure with this full name: exactly first, then ignoring case,
    /// accents and repeated spaces.
    public func structure(name: String) throws(OntologyLookupError) -> StructureMatch {
        let q = name.trimmingCharacters(in: .whitespaces)
        return try match(q, exact: byName[q], folded: byFoldedName[Self.fold(q)], field: "name",
                         exactKind: .name, foldedKind: .nameIgnoringCase)
    }

    /// A structure by id (all digits), else acronym, else name.
    public func structure(matching query: String) throws(OntologyLookupError) -> StructureMatch {
        let q = query.trimmingCharacters(in: .whitespaces)
        if !q.isEmpty, q.allSatisfy(\.isASCII), let id = Int(q) {
            return StructureMatch(structure: try structure(id: id), kind: .id)
        }
        do { return try structure(acronym: q) } catch {
            guard case .notFound = error else { throw error }
        }
        return try structure(name: q)
    }

    private func match(
        _ q: String, exact: [Int]?, folded: [Int]?, field: String,
        exactKind: StructureMatch.Kind, foldedKind: StructureMatch.Kind
    ) throws(OntologyLookupError) -> StructureMatch {
        if let e = exact, !e.isEmpty {
            guard e.count == 1 else { throw .ambiguous(query: q, field: field, candidates: e.map { structures[$0].id }) }
            return StructureMatch(structure: structures[e[0]], kind: exactKind)
        }
        if let f = folded, !f.isEmpty {
            guard f.count == 1 else { throw .ambiguous(query: q, field: field, candidates: f.map { structures[$0].id }) }
            return StructureMatch(structure: structures[f[0]], kind: foldedKind)
        }
        throw .notFound(query: q, field: field)
    }

    /// Every structure whose acronym equals `acronym` ignoring case.
    public func structures(acronymIgnoringCase acronym: String) -> [BrainStructure] {
        (byFoldedAcronym[Self.fold(acronym.trimmingCharacters(in: .whitespaces))] ?? []).map { structures[$0] }
    }

    // MARK: hierarchy

    /// The parent, or `nil` for a root.
    public func parent(of id: Int) throws(OntologyLookupError) -> BrainStructure? {
        parentIndex[try index(id)].map { structures[$0] }
    }

    /// The direct children, in source order.
    public func children(of id: Int) throws(OntologyLookupError) -> [BrainStructure] {
        childIndices[try index(id)].map { structures[$0] }
    }

    /// Number of ancestors (0 for a root).
    public func depth(of id: Int) throws(OntologyLookupError) -> Int { depths[try index(id)] }

    /// The ancestors, nearest first, ending at the root; the structure itself is not included.
    public func ancestors(of id: Int) throws(OntologyLookupError) -> [BrainStructure] {
        var result: [BrainStructure] = []
        var cursor = parentIndex[try index(id)]
        while let c = cursor { result.append(structures[c]); cursor = parentIndex[c] }
        return result
    }

    /// All descendants, depth-first in source order; the structure itself is not included.
    public func descendants(of id: Int) throws(OntologyLookupError) -> [BrainStructure] {
        var result: [BrainStructure] = []
        var stack = childIndices[try index(id)].reversed() as [Int]
        while let c = stack.popLast() {
            result.append(structures[c])
            stack.append(contentsOf: childIndices[c].reversed())
        }
        return result
    }

    /// Whether `id` is `ancestorID` or lies inside it.
    public func isWithin(_ id: Int, _ ancestorID: Int) throws(OntologyLookupError) -> Bool {
        let target = try index(ancestorID)
        var cursor: Int? = try index(id)
        while let c = cursor {
            if c == target { return true }
            cursor = parentIndex[c]
        }
        return false
    }

    /// The deepest structure containing both (either may be it); `nil` when
    /// they lie in different trees of the forest.
    public func lowestCommonAncestor(_ a: Int, _ b: Int) throws(OntologyLookupError) -> BrainStructure? {
        var x: Int? = try index(a), y: Int? = try index(b)
        while let xi = x, let yi = y, depths[xi] > depths[yi] { x = parentIndex[xi] }
        while let xi = x, let yi = y, depths[yi] > depths[xi] { y = parentIndex[yi] }
        while let xi = x, let yi = y, xi != yi { x = parentIndex[xi]; y = parentIndex[yi] }
        return x.map { structures[$0] }
    }
}
