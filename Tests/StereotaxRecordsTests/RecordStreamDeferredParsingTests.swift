import Foundation
import StereotaxJSON
import XCTest

@testable import StereotaxRecords

/// A deferred-parsing iterator yields the same items as the eager one once they are parsed:
/// same indices, lines, offsets and bytes, the same values and the same errors at the same
/// input positions, in every input form.
final class RecordStreamDeferredParsingTests: XCTestCase {
    private struct Snapshot: Equatable {
        let index: Int
        let line: Int
        let byteOffset: Int
        let bytes: [UInt8]
        let result: Result<JSONValue, RecordStreamError>
    }

    private func snapshots(_ text: String, format: RecordStreamFormat, parsing: RecordStream.Parsing) -> [Snapshot] {
        var iterator = RecordStream(bytes: Array(text.utf8), format: format, chunkSize: 5).makeIterator(parsing: parsing)
        var out: [Snapshot] = []
        while let item = iterator.next() {
            if parsing == .deferred, item.isParsed {
                // Records are handed over unparsed; only a failure of the framing comes parsed.
                XCTAssertNotNil(item.error, "record \(item.index) was parsed by the reading thread")
            }
            let parsed = item.parsed()
            XCTAssertTrue(parsed.isParsed)
            // The tape, from the unparsed item and from the parsed one: the same value or the same error.
            for tapeItem in [item, parsed] {
                switch (tapeItem.tape, parsed.result) {
                case (.success(let tape), .success(let value)): XCTAssertEqual(tape.value(at: tape.root), value)
                case (.failure(let tapeError), .failure(let error)): XCTAssertEqual(tapeError, error)
                case (let tape, let tree): XCTFail("record \(item.index): tape \(tape), tree \(tree)")
                }
            }
            XCTAssertEqual(parsed.result, item.result, "reading an unparsed item's result parses it the same way")
            out.append(Snapshot(index: parsed.index, line: parsed.line, byteOffset: parsed.byteOffset, bytes: parsed.bytes,
                                result: parsed.result))
        }
        return out
    }

    func testDeferredItemsParseToExactlyTheEagerItems() {
        let inputs: [(String, RecordStreamFormat)] = [
            ("{\"id\": 1}\n{\"id\": 2, }\n\n  \n[1, 2]\n{\"a\": \"\\u00e9\"}\n{\"b\": tru}\n", .ndjson),
            ("[\n  {\"id\": 1},\n  {\"id\": \n 2 x},\n  \"text\",\n  {\"id\": 3}\n]", .jsonArray),
            ("[{\"id\": 1}, {\"id\": 2}] trailing", .jsonArray),
            ("{\"procedures\": [{\"id\": 1}, {\"id\": [}], \"count\": 2}", .document),
            ("{\"procedure\": {\"id\": 7,\n \"notes\": \"x\"}}", .document),
            ("{\"id\": 1, \"notes\": 2", .document),
            ("[{\"id\": 1}, {\"id\": 2}", .auto),
        ]
        for (text, format) in inputs {
            let eager = snapshots(text, format: format, parsing: .eager)
            let deferred = snapshots(text, format: format, parsing: .deferred)
            XCTAssertFalse(eager.isEmpty, text)
            XCTAssertEqual(deferred, eager, text)
            XCTAssertTrue(eager.contains { if case .failure = $0.result { return true } else { return false } }
                          || text.hasPrefix("{\"procedure\""), "each input but the detail envelope has a failed item: \(text)")
        }
    }

    func testTheDefaultIteratorStillParsesAsItReads() {
        var iterator = RecordStream(bytes: Array("{\"id\": 1}\n{\"id\": }\n".utf8)).makeIterator()
        let first = iterator.next(), second = iterator.next()
        XCTAssertEqual(first?.isParsed, true)
        XCTAssertEqual(first?.value?["id"]?.doubleValue, 1)
        XCTAssertEqual(second?.isParsed, true)
        guard case .invalidJSON(let line, let column, _)? = second?.error else { return XCTFail("expected invalid JSON") }
        XCTAssertEqual(line, 2)
        XCTAssertEqual(column, 8)
        XCTAssertNil(iterator.next())
    }
}
