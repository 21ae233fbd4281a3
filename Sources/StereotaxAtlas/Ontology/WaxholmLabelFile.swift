import Foundation

/// Reads an ITK-SNAP label description file (the Waxholm rat atlas'
/// `labels.label`): after `#` comment lines, one line per label,
/// `IDX R G B A VIS MSH "LABEL"` (index, colour 0–255, opacity 0–1,
/// visibility and mesh flags 0/1, quoted name).
///
/// The list is flat: every structure is a root and has no acronym. Index 0
/// (`Clear Label`) is the ontology's ``Ontology/background``, not a structure.
public enum WaxholmLabelFile {
    public static func load(contentsOf url: URL) throws(OntologyError) -> Ontology {
        try parse(OntologyFileReading.text(of: url), origin: url.path)
    }

    public static func parse(_ text: String, origin: String) throws(OntologyError) -> Ontology {
        var structures: [BrainStructure] = []
        var background: Ontology.Background?
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let record = "line \(offset + 1)"
            guard let open = line.firstIndex(of: "\""), line.last == "\"", line.index(before: line.endIndex) > open else {
                throw .invalidField(file: origin, record: record, field: "LABEL", expected: "a name in double quotes", found: line)
            }
            let name = String(line[line.index(after: open)..<line.index(before: line.endIndex)])
            let numbers = line[..<open].split(whereSeparator: \.isWhitespace).map(String.init)
            let fields = ["IDX", "R", "G", "B", "A", "VIS", "MSH"]
            guard numbers.count == fields.count else {
                throw .invalidField(file: origin, record: record, field: "IDX R G B A VIS MSH",
                                    expected: "seven numbers before the name", found: numbers.joined(separator: " "))
            }
            func int(_ i: Int, _ range: ClosedRange<Int>) throws(OntologyError) -> Int {
                guard let v = Int(numbers[i]), range.contains(v) else {
                    throw .invalidField(file: origin, record: record, field: fields[i],
                                        expected: "an integer in \(range.lowerBound)...\(range.upperBound)", found: numbers[i])
                }
                return v
            }
            let index = try int(0, 0...Int(Int32.max))
            let (r, g, b) = (try int(1, 0...255), try int(2, 0...255), try int(3, 0...255))
            guard let alpha = Double(numbers[4]), (0...1).contains(alpha) else {
                throw .invalidField(file: origin, record: record, field: "A", expected: "a number in 0...1", found: numbers[4])
            }
            _ = (try int(5, 0...1), try int(6, 0...1))
            if index == 0 {
                background = .init(value: 0, name: name)
                continue
            }
            structures.append(BrainStructure(id: index, acronym: "", name: name, parentID: nil,
                                             color: RGBColor(red: UInt8(r), green: UInt8(g), blue: UInt8(b))))
        }
        return try Ontology(structures: structures, background: background, origin: origin)
    }
}
