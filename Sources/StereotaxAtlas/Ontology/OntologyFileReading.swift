import Foundation

/// Shared plumbing of the ontology readers: reading a file and a CSV table by column name.
enum OntologyFileReading {
    static func text(of url: URL) throws(OntologyError) -> String {
        do {
            let data = try Data(contentsOf: url)
            guard let text = String(data: data, encoding: .utf8) else {
                throw OntologyError.syntax(file: url.path, line: 0, reason: "not UTF-8 text")
            }
            return text
        } catch let e as OntologyError {
            throw e
        } catch {
            throw .unreadable(file: url.path, reason: error.localizedDescription)
        }
    }

    static func data(of url: URL) throws(OntologyError) -> Data {
        do { return try Data(contentsOf: url) } catch {
            throw .unreadable(file: url.path, reason: error.localizedDescription)
        }
    }

    /// A CSV table whose fields are read by header name.
    struct Table {
        let origin: String
        let header: [String]
        let rows: [CSVRecord]
        private let columnIndex: [String: Int]

        init(text: String, origin: String) throws(OntologyError) {
            let records: [CSVRecord]
            do { records = try CSVReader.records(in: text) } catch {
                throw .syntax(file: origin, line: error.line, reason: error.reason)
            }
            guard let first = records.first else { throw .syntax(file: origin, line: 1, reason: "no header row") }
            self.origin = origin
            self.header = first.fields
            self.rows = Array(records.dropFirst())
            var index: [String: Int] = [:]
            for (i, name) in first.fields.enumerated() where !name.isEmpty && index[name] == nil { index[name] = i }
            self.columnIndex = index
        }

        /// The column's index; throws when the header lacks it.
        func column(_ name: String) throws(OntologyError) -> Int {
            guard let i = columnIndex[name] else { throw .missingColumn(file: origin, column: name) }
            return i
        }

        /// The field of `row` in `column`, empty when the row is short.
        func field(_ row: CSVRecord, _ column: Int) -> String {
            column < row.fields.count ? row.fields[column] : ""
        }

        /// An integer field; throws naming the line and column.
        func int(_ row: CSVRecord, _ column: Int) throws(OntologyError) -> Int {
            let s = field(row, column).trimmingCharacters(in: .whitespaces)
            guard let v = Int(s) else {
                throw .invalidField(file: origin, record: "line \(row.line)", field: header[column],
                                    expected: "an integer", found: s)
            }
            return v
        }

        /// An optional integer field: empty is `nil`, anything else must be an integer.
        func optionalInt(_ row: CSVRecord, _ column: Int) throws(OntologyError) -> Int? {
            field(row, column).trimmingCharacters(in: .whitespaces).isEmpty ? nil : try int(row, column)
        }
    }
}
