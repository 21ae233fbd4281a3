import Foundation
import StereotaxJSON
import XCTest

@testable import StereotaxRecords

final class RecordStreamTests: XCTestCase {
    private let chunkSizes = [1, 2, 3, 7, 64, 1 << 20]

    private func items(_ text: String, format: RecordStreamFormat = .auto, chunkSize: Int) -> [RecordStreamItem] {
        Array(RecordStream(bytes: Array(text.utf8), format: format, chunkSize: chunkSize))
    }

    private func text(_ item: RecordStreamItem) -> String { String(decoding: item.bytes, as: UTF8.self) }

    func testEnvelopeRecordsAreStreamedWithExactBytes() throws {
        let document = SeedExamples.currentProcedureList
        let expected = try RecordEnvelope(parsing: Array(document.utf8)).records
        for chunkSize in chunkSizes {
            var iterator = RecordStream(bytes: Array(document.utf8), chunkSize: chunkSize).makeIterator()
            var got: [RecordStreamItem] = []
            while let item = iterator.next() { got.append(item) }
            XCTAssertEqual(iterator.detectedFormat, .document)
            XCTAssertEqual(got.map(\.value), expected.map(Optional.some), "chunk \(chunkSize)")
            XCTAssertEqual(got.map(\.index), [0, 1])
            XCTAssertEqual(got.map(\.line), [2, 30])
            for item in got {
                let record = try item.procedure.get()
                XCTAssertEqual(record.serialized(), text(item), "unchanged records are written back byte for byte")
                XCTAssertTrue(document.contains(text(item)))
                XCTAssertEqual(Array(document.utf8)[item.byteOffset..<(item.byteOffset + item.bytes.count)], item.bytes[...])
                XCTAssertTrue(text(item).hasPrefix("{\n        \"id\""))
            }
        }
    }

    func testEveryEnvelopeFormOfTheSeeds() throws {
        let documents = [
            SeedExamples.currentProcedureList, SeedExamples.currentProcedureDetail, SeedExamples.earlierProcedureList,
            SeedExamples.earlierProcedureDetail, SeedExamples.legacyActionList, SeedExamples.legacyActionDetail,
            SeedExamples.consumableStockList, SeedExamples.consumableStockDetail, SeedExamples.manipulationList,
            SeedExamples.manipulationDetail,
        ]
        for document in documents {
            let expected = try RecordEnvelope(parsing: Array(document.utf8)).records
            for chunkSize in [5, 1 << 20] {
                let got = items(document, chunkSize: chunkSize)
                XCTAssertEqual(got.map(\.value), expected.map(Optional.some), String(document.prefix(30)))
                for item in got { XCTAssertEqual(try JSONValue.parse(item.bytes), item.value) }
            }
        }
    }

    func testPaginatedEnvelopeSkipsOtherMembers() {
        let document = #"{"count": 3, "previous": {"a": [1, "]"]}, "results": [{"id": "a"}, {"id": "b, ] } \" ["}, {"id": "c"}], "next": null}"#
        for chunkSize in chunkSizes {
            let got = items(document, chunkSize: chunkSize)
            XCTAssertEqual(got.map(\.value), [["id": "a"], ["id": "b, ] } \" ["], ["id": "c"]], "chunk \(chunkSize)")
            XCTAssertEqual(got.map(text), [#"{"id": "a"}"#, #"{"id": "b, ] } \" ["}"#, #"{"id": "c"}"#])
        }
    }

    /// A long record carried across chunk boundaries does not size the records after it: each
    /// record's bytes are an array of their own length (give or take the allocator's rounding).
    func testRecordsCarriedAcrossChunksDoNotInflateLaterOnes() {
        let long = #"{"id": "\#(String(repeating: "x", count: 5000))"}"#
        let lines = [long] + (0..<20).map { #"{"id": "\#($0)"}"# }
        for format in [RecordStreamFormat.ndjson, .jsonArray] {
            let text = format == .ndjson ? lines.joined(separator: "\n") : "[" + lines.joined(separator: ",\n") + "]"
            let got = items(text, format: format, chunkSize: 256)
            XCTAssertEqual(got.map(self.text), lines, "\(format)")
            for item in got.dropFirst() {
                XCTAssertLessThanOrEqual(item.bytes.capacity, item.bytes.count + 32, "\(format): \(self.text(item))")
            }
        }
    }

    func testDetailEnvelopeAndSingleRecord() {
        let detail = "{\"procedure\":\n  {\"id\": \"p\", \"x\": [1, 2]}\n}\n"
        let got = items(detail, chunkSize: 3)
        XCTAssertEqual(got.count, 1)
        XCTAssertEqual(text(got[0]), #"{"id": "p", "x": [1, 2]}"#)
        XCTAssertEqual(got[0].line, 2)
        XCTAssertEqual(got[0].byteOffset, 16)

        let single = "\u{FEFF}{\"id\": \"p\"}\n\n"
        let one = items(single, chunkSize: 2)
        XCTAssertEqual(one.map(\.value), [["id": "p"]])
        XCTAssertEqual(text(one[0]), #"{"id": "p"}"#)
        XCTAssertEqual(items("", chunkSize: 4).count, 0)
        XCTAssertEqual(items(" \n\t ", chunkSize: 4).count, 0)
        XCTAssertEqual(items("[]", chunkSize: 4).count, 0)
        XCTAssertEqual(items(#"{"procedures": []}"#, chunkSize: 4).count, 0)
    }

    func testArrayWithMalformedElementsKeepsGoing() {
        let document = "[\n{\"id\": \"a\"},\n{\"id\": NaN},\n,\n{\"id\": \"d\"}\n]"
        for chunkSize in chunkSizes {
            let got = items(document, chunkSize: chunkSize)
            XCTAssertEqual(got.map(\.index), [0, 1, 2, 3], "chunk \(chunkSize)")
            XCTAssertEqual(got[0].value, ["id": "a"])
            guard case .invalidJSON(let line, let column, let error)? = got[1].error else { return XCTFail("\(got[1])") }
            XCTAssertEqual(line, 3)
            XCTAssertEqual(column, 8)
            XCTAssertEqual(error.kind, .unexpectedCharacter)
            XCTAssertEqual(got[2].error, .emptyRecord(line: 4, column: 1))
            XCTAssertEqual(got[3].value, ["id": "d"])
        }
    }

    func testFramingProblemsAreOneExtraItem() {
        let trailing = items(#"[{"id": "a"}] garbage"#, chunkSize: 4)
        XCTAssertEqual(trailing.count, 2)
        XCTAssertEqual(trailing[1].index, 1)
        XCTAssertEqual(trailing[1].error, .structure(line: 1, column: 15, found: "more text", expected: "end of input after the top-level value"))
        XCTAssertEqual(String(decoding: trailing[1].bytes, as: UTF8.self), "garbage")

        let unclosed = items("[{\"id\": \"a\"},\n{\"id\": \"b\"}", chunkSize: 4)
        XCTAssertEqual(unclosed.map(\.value), [["id": "a"], ["id": "b"], nil])
        guard case .structure(let line, _, "end of input", _)? = unclosed[2].error else { return XCTFail("\(unclosed)") }
        XCTAssertEqual(line, 2)

        let brokenEnvelope = items(#"{"procedures": [{"id": "a"}] "next": 1}"#, chunkSize: 4)
        XCTAssertEqual(brokenEnvelope.map(\.value), [["id": "a"], nil])
        let noColon = items(#"{"id" "a"}"#, chunkSize: 4)
        XCTAssertEqual(noColon.count, 1)
        guard case .structure(1, 7, "'\"'", _)? = noColon[0].error else { return XCTFail("\(noColon)") }

        let wrongFormat = items(#"{"id": "a"}"#, format: .jsonArray, chunkSize: 4)
        XCTAssertEqual(wrongFormat.count, 1)
        guard case .structure(1, 1, "'{'", _)? = wrongFormat[0].error else { return XCTFail("\(wrongFormat)") }
    }

    func testNDJSONMalformedLineYieldsAnItemAndTheStreamGoesOn() {
        let lines = [
            #"{"id": "a", "notes": "x, ] }"}"#,
            #"{"id": "b", "coordinates_details": {"apCoordinate": 1.5"#,
            "",
            #"{"id": "c"}"#,
            #"{"id": "d", "notes": "unterminated}"#,
            #"[1, 2]"#,
            #"{"id": "f"}"#,
        ]
        let document = lines.joined(separator: "\r\n") + "\n"
        for chunkSize in chunkSizes {
            var iterator = RecordStream(bytes: Array(document.utf8), chunkSize: chunkSize).makeIterator()
            var got: [RecordStreamItem] = []
            while let item = iterator.next() { got.append(item) }
            XCTAssertEqual(iterator.detectedFormat, .ndjson)
            XCTAssertEqual(got.count, lines.filter { !$0.isEmpty }.count, "count in == count out (chunk \(chunkSize))")
            XCTAssertEqual(got.map(\.index), Array(0..<6))
            XCTAssertEqual(got.map(\.line), [1, 2, 4, 5, 6, 7])
            XCTAssertEqual(got.map(text), lines.filter { !$0.isEmpty })
            XCTAssertEqual(got[0].value?["notes"], "x, ] }")
            guard case .invalidJSON(2, let column, let error)? = got[1].error else { return XCTFail("\(got[1])") }
            XCTAssertEqual(column, lines[1].utf8.count + 1)
            XCTAssertEqual(error.kind, .unexpectedEnd)
            XCTAssertEqual(got[2].value, ["id": "c"])
            XCTAssertNotNil(got[3].error)
            XCTAssertEqual(got[4].value, [1, 2])
            XCTAssertThrowsError(try got[4].procedure.get()) {
                XCTAssertEqual($0 as? RecordStreamError, .notAnObject(line: 6, found: "array"))
            }
            XCTAssertEqual(got[5].value, ["id": "f"])
        }
    }

    func testNDJSONDetectedEvenWhenTheFirstLineIsBroken() {
        let document = "{\"id\": \"a\", \"type\": \n{\"id\": \"b\"}\n{\"id\": \"c\"}\n"
        var iterator = RecordStream(bytes: Array(document.utf8), chunkSize: 3).makeIterator()
        var got: [RecordStreamItem] = []
        while let item = iterator.next() { got.append(item) }
        XCTAssertEqual(iterator.detectedFormat, .ndjson)
        XCTAssertEqual(got.count, 3)
        XCTAssertNotNil(got[0].error)
        XCTAssertEqual(got[1].value, ["id": "b"])
        XCTAssertEqual(got[2].line, 3)
        // The same first line as a pretty document is read as one document.
        let pretty = "{\"id\": \"a\", \"type\":\n  \"X\"\n}\n"
        XCTAssertEqual(items(pretty, chunkSize: 3).map(\.value), [["id": "a", "type": "X"]])
    }

    func testFileStreamAndManyRecords() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("records-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let count = 5_000
        let records = (0..<count).map { #"{"id":"r\#($0)","v":[\#($0),{"s":"]}\"["}]}"# }
        let arrayURL = directory.appendingPathComponent("a.json")
        try Data(("[" + records.joined(separator: ",\n") + "]").utf8).write(to: arrayURL)
        let ndjsonURL = directory.appendingPathComponent("a.ndjson")
        try Data(records.joined(separator: "\n").utf8).write(to: ndjsonURL)
        for url in [arrayURL, ndjsonURL] {
            var seen = 0
            for item in try RecordStream(contentsOf: url, chunkSize: 4096) {
                XCTAssertEqual(item.index, seen)
                XCTAssertEqual(item.value?["id"], .string("r\(seen)"))
                XCTAssertEqual(item.line, seen + 1)
                seen += 1
            }
            XCTAssertEqual(seen, count)
        }
        XCTAssertThrowsError(try RecordStream(contentsOf: directory.appendingPathComponent("missing.json"))) { error in
            guard case .readFailed(let path, _)? = error as? RecordStreamError else { return XCTFail("\(error)") }
            XCTAssertTrue(path.hasSuffix("missing.json"))
        }
    }

    /// A file that opens but cannot be read (a folder) ends the stream with one read-failure
    /// item naming the path and the system's reason, not a crash or a silent empty stream.
    func testUnreadableFileEndsWithAReadFailure() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let stream = try? RecordStream(contentsOf: folder) else { return }  // where a folder cannot even be opened
        let items = Array(stream)
        XCTAssertEqual(items.count, 1)
        guard case .readFailed(let path, let reason)? = items.first?.error else { return XCTFail("\(items)") }
        XCTAssertEqual(path, folder.path)
        XCTAssertFalse(reason.isEmpty)
    }

    func testBufferDoesNotGrowWithTheNumberOfRecords() throws {
        let chunkSize = 4096
        for format in ExportFormat.allCases {
            var peaks: [Int] = []
            for count in [500, 5_000] {
                let (bytes, _) = try ExportGenerator(seed: 1, faultRate: 0.1, format: format).export(count: count)
                var iterator = RecordStream(bytes: bytes, chunkSize: chunkSize).makeIterator()
                var items = 0
                while iterator.next() != nil { items += 1 }
                XCTAssertEqual(items, count)
                XCTAssertGreaterThan(bytes.count, 50 * chunkSize)
                peaks.append(iterator.peakBufferedBytes)
            }
            XCTAssertLessThanOrEqual(peaks[1], 2 * chunkSize, "\(format): at most the look-ahead of format detection")
            XCTAssertEqual(peaks[0], peaks[1], "\(format): the same for ten times the records")
        }
    }
}
