/// The correspondence between Franklin–Paxinos and Allen structures, resolved
/// against the Allen ontology, in both directions.
///
/// A row's Allen reference is resolved by, in order: its acronym exactly;
/// its acronym ignoring case when the names also agree ignoring case and
/// accents (`Mmme` → `MMme`; not `ig` → `IG`, whose names differ); its name
/// ignoring case and accents (`CUL4_5` → `CUL4, 5` by the name `Lobules IV-V`).
/// A reference that none of these finds is ``AllenCounterpart/unresolved(_:)``:
/// the file names an Allen structure the Allen ontology does not have.
public struct FranklinPaxinosAllenMapping: Sendable {
    /// How an Allen reference was resolved.
    public enum Resolution: String, Sendable, Hashable {
        case acronym
        case acronymIgnoringCase = "acronym ignoring case"
        case name = "name ignoring case"
    }

    /// The Allen side of a Franklin–Paxinos structure.
    public enum AllenCounterpart: Sendable, Hashable {
        case mapped(BrainStructure, by: Resolution)
        /// The row names no Allen structure.
        case noCounterpart
        /// The row names an Allen structure that is not in the Allen ontology.
        case unresolved(FranklinPaxinosTree.AllenReference)
    }

    /// The Franklin–Paxinos side of an Allen structure.
    public enum FranklinPaxinosCounterpart: Sendable, Hashable {
        /// One or more Franklin–Paxinos structures map to it.
        case mapped([BrainStructure])
        /// The file lists it in an Allen-only row: no Franklin–Paxinos counterpart.
        case listedWithoutCounterpart
        /// The file does not mention it.
        case notListed
    }

    public let tree: FranklinPaxinosTree
    public let allen: Ontology
    private let toAllen: [Int: AllenCounterpart]
    private let toFranklinPaxinos: [Int: [Int]]
    private let allenOnly: Set<Int>
    /// Allen-only rows whose reference is not in the Allen ontology.
    public let unresolvedAllenOnlyRows: [FranklinPaxinosTree.AllenReference]

    public init(tree: FranklinPaxinosTree, allen: Ontology) {
        var toAllen: [Int: AllenCounterpart] = [:]
        var toFP: [Int: [Int]] = [:]
        for s in tree.ontology.structures {
            guard let reference = tree.allenReferences[s.id] else { continue }  // an added parent
            let counterpart = Self.resolve(reference, in: allen)
            toAllen[s.id] = counterpart
            if case .mapped(let a, _) = counterpart { toFP[a.id, default: []].append(s.id) }
        }
        var allenOnly = Set<Int>(), unresolved: [FranklinPaxinosTree.AllenReference] = []
        for reference in tree.allenOnlyRows {
            if case .mapped(let a, _) = Self.resolve(reference, in: allen) { allenOnly.insert(a.id) } else { unresolved.append(reference) }
        }
        self.tree = tree
        self.allen = allen
        self.toAllen = toAllen
        self.toFranklinPaxinos = toFP
        self.allenOnly = allenOnly
        self.unresolvedAllenOnlyRows = unresolved
    }

    static func resolve(_ r: FranklinPaxinosTree.AllenReference, in allen: Ontology) -> AllenCounterpart {
        if r.isEmpty { return .noCounterpart }
        if !r.acronym.isEmpty {
            if let m = try? allen.structure(acronym: r.acronym) {
                if m.kind == .acronym { return .mapped(m.structure, by: .acronym) }
                if Ontology.fold(m.structure.name) == Ontology.fold(r.name) { return .mapped(m.structure, by: .acronymIgnoringCase) }
            }
        }
        if !r.name.isEmpty, let m = try? allen.structure(name: r.name) { return .mapped(m.structure, by: .name) }
        return .unresolved(r)
    }

    /// The Allen counterpart of a Franklin–Paxinos structure (`.noCounterpart`
    /// for the added root, which has no row of its own).
    public func allenCounterpart(ofFranklinPaxinos id: Int) throws(OntologyLookupError) -> AllenCounterpart {
        let s = try tree.ontology.structure(id: id)
        return toAllen[s.id] ?? .noCounterpart
    }

    /// The Franklin–Paxinos counterparts of an Allen structure.
    public func franklinPaxinosCounterpart(ofAllen id: Int) throws(OntologyLookupError) -> FranklinPaxinosCounterpart {
        _ = try allen.structure(id: id)
        if let fp = toFranklinPaxinos[id] {
            return .mapped(try fp.map { (i) throws(OntologyLookupError) in try tree.ontology.structure(id: i) })
        }
        return allenOnly.contains(id) ? .listedWithoutCounterpart : .notListed
    }

    /// Franklin–Paxinos structures by how their Allen side resolved.
    public var summary: (mapped: Int, noCounterpart: Int, unresolved: Int) {
        var m = 0, n = 0, u = 0
        for c in toAllen.values {
            switch c {
            case .mapped: m += 1
            case .noCounterpart: n += 1
            case .unresolved: u += 1
            }
        }
        return (m, n, u)
    }
}
