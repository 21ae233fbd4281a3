/// One record of a CSV file: its fields and the line it starts on (1-based).
public struct CSVRecord: Sendable {
    public var line: Int
    public var fields: [String]
}

/// Why a CSV text could not be split into records.
public struct CSVSyntaxError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var reason: String
    public var description: String { "CSV line \(line): \(reason)" }
}

/// A small RFC 4180 reader: fields separated by commas, records by CRLF or LF;
/// a field in double quotes may hold commas, line breaks and doubled quotes
/// (`""` for `"`). A leading UTF-8 byte-order mark is skipped. A quote inside
/// an unquoted field, text after a closing quote, or an unterminated quote is
/// an error naming its line.
public enum CSVReader {
    public static func records(in text: String) throws(CSVSyntaxError) -> [CSVRecord] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var i = 0
        var fieldWasQuoted = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            // A blank line (one empty unquoted field) is not a record.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }

        while i < bytes.count {
            let b = bytes[i]
            if b == quote {
                guard field.isEmpty, !fieldWasQuoted else {
                    throw CSVSyntaxError(line: line, reason: "a double quote inside an unquoted field")
                }
                fieldWasQuoted = true
                let openedOn = line
                i += 1
                var closed = false
                while i < bytes.count {
                    let c = bytes[i]
                    if c == quote {
                        if i + 1 < bytes.count, bytes[i + 1] == quote { field.append(quote); i += 2; continue }
                        closed = true; i += 1; break
                    }
                    if c == lf { line += 1 }
                    field.append(c); i += 1
                }
                guard closed else { throw CSVSyntaxError(line: openedOn, reason: "a quoted field that is never closed") }
                if i < bytes.count, bytes[i] != comma, bytes[i] != cr, bytes[i] != lf {
                    throw CSVSyntaxError(line: line, reason: "text after the closing quote of a field")
                }
                continue
            }
            if fieldWasQuoted, b != comma, b != cr, b != lf {
                throw CSVSyntaxError(line: line, reason: "text after the closing quote of a field")
            }
            switch b {
            case comma:
                endField()
            case cr where i + 1 < bytes.count && bytes[i + 1] == lf:
                break  // the LF ends the record
            case lf, cr:
                endRecord(); line += 1; recordLine = line
            default:
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || fieldWasQuoted || !fields.isEmpty { endRecord() }
        return records
    }
}
