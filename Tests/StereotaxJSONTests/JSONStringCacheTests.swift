import Foundation
import XCTest

@testable import StereotaxJSON

/// The learned string cache hands out the very strings the parser would make, keeps strings that
/// recur against one-off ones, never evicts its seed, and is one per thread.
final class JSONStringCacheTests: XCTestCase {
    private func address(_ string: String) -> UnsafeRawPointer? {
        string.utf8.withContiguousStorageIfAvailable { $0.baseAddress.map(UnsafeRawPointer.init) } ?? nil
    }

    /// Looks `string` up as the parser does (the bytes padded, as a parse's text is, so short
    /// strings are loaded whole), making it when it is not kept.
    private func lookUp(_ string: String, in cache: JSONStringCache, padding: Int = 8) -> String {
        let padded = Array(string.utf8) + Array(repeating: UInt8(ascii: "\""), count: padding)
        return padded.withUnsafeBufferPointer { buffer in
            let utf8 = UnsafeBufferPointer(rebasing: buffer[0..<string.utf8.count])
            return cache.string(utf8, readable: buffer.count, orMake: { String(decoding: utf8, as: UTF8.self) })
        }
    }

    /// Every length from 1 to beyond the longest kept, ASCII and not, with and without bytes
    /// readable past the end: what comes back equals the string, twice (made, then kept).
    func testStringsComeBackEqualAtEveryLength() {
        let cache = JSONStringCache()
        for length in 1...(JSONStringCache.maximumLength + 3) {
            for string in [String(repeating: "a", count: length - 1) + "z",
                           String(repeating: "é", count: length / 2) + (length.isMultiple(of: 2) ? "" : "x"),
                           String((0..<length).map { Character(Unicode.Scalar(UInt8(33 + ($0 * 7) % 90))) })] {
                for padding in [0, 8] {
                    XCTAssertEqual(lookUp(string, in: cache, padding: padding), string)
                    XCTAssertEqual(lookUp(string, in: cache, padding: padding), string)
                }
                XCTAssertEqual(cache.keeps(string), string.utf8.count <= JSONStringCache.maximumLength, string)
            }
        }
    }

    /// Strings that differ only in a middle byte, in their last byte, or in length, each get
    /// their own string back (short ones are compared by their words, long ones by their bytes).
    func testNearMissesAreToldApart() {
        let cache = JSONStringCache()
        let base = "16a496e3-ce06-43df-8305-057d15d04f1f"
        var variants = [base, "16a496e3-ce06-43df-8305-057d15d04f1", base + "0"]
        for offset in [0, 9, 17, 27, 35] {
            var bytes = Array(base.utf8)
            bytes[offset] = bytes[offset] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
            variants.append(String(decoding: bytes, as: UTF8.self))
        }
        variants += ["mm", "µm", "m", "nm", "0.0.0", "1.1.0", "abcdefgh", "abcdefgi", "abcdefghijklmnop", "abcdefghXjklmnop"]
        for _ in 0..<3 {
            for variant in variants { XCTAssertEqual(lookUp(variant, in: cache), variant) }
        }
    }

    /// A string that recurs keeps its slot against one-off strings that map to the same slot;
    /// a kept string is handed out as the same storage.
    func testRecurringStringsOutliveOneOffs() {
        let cache = JSONStringCache()
        let recurring = "de2dd10a-231c-4782-942c-bbce487ab1d7"
        let first = lookUp(recurring, in: cache)
        for _ in 0..<JSONStringCache.maximumCredit { _ = lookUp(recurring, in: cache) }
        XCTAssertEqual(address(lookUp(recurring, in: cache)), address(first), "kept: the same storage")
        // One-off strings, most in other slots; at most `maximumCredit` can land in this one.
        for n in 0..<(4 * JSONStringCache.slotCount) {
            _ = lookUp(String(format: "%08x-0000-4000-8000-%012x", n, n), in: cache)
            if n % 4 == 0 { _ = lookUp(recurring, in: cache) }
        }
        XCTAssertTrue(cache.keeps(recurring))
    }

    /// The seed's strings are pinned: handed out as the table's own, whatever passes through.
    func testSeedStringsArePinned() {
        let table = JSONStringTable(["coordinates_schema_version", "Stereotaxic_BregmaAbsolute"])
        let cache = JSONStringCache(seededWith: table)
        for n in 0..<(4 * JSONStringCache.slotCount) { _ = lookUp("one-off string number \(n)", in: cache) }
        for string in table.strings {
            XCTAssertTrue(cache.keeps(string), string)
            XCTAssertEqual(address(lookUp(string, in: cache)), address(string))
        }
    }

    /// Parsing through the cache gives the same values as without, document after document,
    /// escapes and non-ASCII text included.
    func testParsesAreTheSameWithTheCache() throws {
        let texts = [
            #"{"id":"55d20eb3-5adb-4155-a4ab-5cf1a880c24c","unit":"mm","notes":"right SNc, vertical","n":[1,"mm","µm"]}"#,
            #"{"id":"130d56f0-d38e-4757-86ec-e0cc05da1737","unit":"°","notes":"right SNc, vertical","n":[2,"mm","\u00b5m"]}"#,
            #"{"id":"55d20eb3-5adb-4155-a4ab-5cf1a880c24c","unit":"m\u006d","notes":"right SNc,\nvertical","n":"x"}"#,
            #"["a","ab","abc","abcdefgh","abcdefghi","é","éé",""]"#,
            #""abcdefghijklmnopqrstuvwxyz""#,
            #""a""#,
        ]
        for _ in 0..<3 {
            for text in texts {
                let plain = try JSONValue.parse(text)
                let cached = try JSONValue.parse(Array(text.utf8), sharing: nil)
                XCTAssertEqual(cached, plain, text)
                XCTAssertEqual(cached.serialized(), plain.serialized(), text)
                XCTAssertEqual(cached.objectValue?.keys ?? [], plain.objectValue?.keys ?? [], text)
            }
        }
    }

    /// Each thread has its own cache, kept while the seed is the same and made anew for another.
    func testOneCachePerThread() {
        let table = JSONStringTable(["coordinates_schema_version"])
        let mine = JSONStringCache.forCurrentThread(seededWith: table)
        XCTAssertTrue(JSONStringCache.forCurrentThread(seededWith: table) === mine)
        let theirs = LockedBox()
        let finished = DispatchSemaphore(value: 0)
        Thread {
            theirs.set(ObjectIdentifier(JSONStringCache.forCurrentThread(seededWith: table)))
            finished.signal()
        }.start()
        finished.wait()
        XCTAssertNotNil(theirs.get())
        XCTAssertNotEqual(theirs.get(), ObjectIdentifier(mine))
        let other = JSONStringCache.forCurrentThread(seededWith: nil)
        XCTAssertFalse(other === mine)
        XCTAssertNil(other.seed)
    }
}

/// A value written by one thread and read by another.
private final class LockedBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: ObjectIdentifier?
    func set(_ value: ObjectIdentifier) { lock.withLock { self.value = value } }
    func get() -> ObjectIdentifier? { lock.withLock { value } }
}
