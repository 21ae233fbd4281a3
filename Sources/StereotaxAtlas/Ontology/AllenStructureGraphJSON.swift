import Foundation

/// Reads Allen's nested structure graph (`structure_graph.json`, as returned by
/// `api/v2/structure_graph_download/1.json`): an envelope whose `msg` array
/// holds the root nodes, each with `id`, `acronym`, `name`,
/// `color_hex_triplet`, `parent_structure_id` and `children`. A bare array of
/// nodes or a single node is accepted too.
///
/// The hierarchy is the nesting; each node's `parent_structure_id` must agree
/// with it. A top-level node with id 0 (Allen's `universe`, the label of
/// everything outside the brain) becomes the ontology's ``Ontology/background``
/// and its children the roots, so the result equals ``AllenStructuresCSV``'s.
public enum AllenStructureGraphJSON {
    public static func load(contentsOf url: URL) throws(OntologyError) -> Ontology {
        try parse(OntologyFileReading.data(of: url), origin: url.path)
    }

    public static func parse(_ data: Data, origin: String) throws(OntologyError) -> Ontology {
        let top: Any
        do { top = try JSONSerialization.jsonObject(with: data) } catch {
            throw .syntax(file: origin, line: 0, reason: "not JSON: \(error.localizedDescription)")
        }
        var roots: [Any]
        if let envelope = top as? [String: Any], let msg = envelope["msg"] {
            guard let array = msg as? [Any] else {
                throw .invalidField(file: origin, record: "envelope", field: "msg", expected: "an array of nodes", found: "\(type(of: msg))")
            }
            roots = array
        } else if let array = top as? [Any] {
            roots = array
        } else {
            roots = [top]
        }

        var background: Ontology.Background?
        if roots.count == 1, let node = roots[0] as? [String: Any], integer(node["id"]) == 0 {
            background = .init(value: 0, name: (node["name"] as? String) ?? "")
            guard let children = node["children"] as? [Any] else {
                throw .invalidField(file: origin, record: "node id 0", field: "children", expected: "an array", found: "none")
            }
            roots = children
        }

        var structures: [BrainStructure] = []
        // Depth-first, parents before children, in file order.
        var stack: [(node: Any, parent: Int?, path: String)] = roots.enumerated().reversed().map { ($0.element, nil, "msg[\($0.offset)]") }
        while let (node, parent, path) = stack.popLast() {
            guard let n = node as? [String: Any] else {
                throw .invalidField(file: origin, record: path, field: "", expected: "an object", found: "\(type(of: node))")
            }
            guard let id = integer(n["id"]) else {
                throw .invalidField(file: origin, record: path, field: "id", expected: "an integer", found: "\(n["id"] ?? "nothing")")
            }
            let record = "\(path) (id \(id))"
            func string(_ key: String) throws(OntologyError) -> String {
                guard let s = n[key] as? String, !s.isEmpty else {
                    throw .invalidField(file: origin, record: record, field: key, expected: "a non-empty string", found: "\(n[key] ?? "nothing")")
                }
                return s
            }
            let hex = try string("color_hex_triplet")
            guard let color = RGBColor(hexTriplet: hex) else {
                throw .invalidField(file: origin, record: record, field: "color_hex_triplet", expected: "six hexadecimal digits", found: hex)
            }
            let declared: Int?
            if n["parent_structure_id"] == nil || n["parent_structure_id"] is NSNull { declared = nil } else {
                guard let p = integer(n["parent_structure_id"]) else {
                    throw .invalidField(file: origin, record: record, field: "parent_structure_id", expected: "an integer or null",
                                        found: "\(n["parent_structure_id"]!)")
                }
                declared = p
            }
            if declared != parent {
                throw .invalidField(file: origin, record: record, field: "parent_structure_id",
                                    expected: parent.map { "\($0) (the enclosing node)" } ?? "null (a root)",
                                    found: declared.map(String.init) ?? "null")
            }
            structures.append(BrainStructure(id: id, acronym: try string("acronym"), name: try string("name"),
                                             parentID: parent, color: color))
            let children = n["children"] as? [Any] ?? []
            for (i, child) in children.enumerated().reversed() { stack.append((child, id, "\(path).children[\(i)]")) }
        }
        return try Ontology(structures: structures, background: background, origin: origin)
    }

    /// An exactly integral JSON number.
    private static func integer(_ value: Any?) -> Int? {
        guard let n = value as? NSNumber else { return nil }
        let d = n.doubleValue
        guard d.isFinite, d == d.rounded(), abs(d) < 9e15 else { return nil }
        return Int(d)
    }
}
