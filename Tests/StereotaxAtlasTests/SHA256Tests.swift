import StereotaxAtlas
import XCTest

final class SHA256Tests: XCTestCase {
    /// FIPS 180-4 / NIST example vectors.
    func testFIPSVectors() {
        let vectors: [(String, String)] = [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
             "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
            ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
             "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        ]
        for (message, expected) in vectors {
            XCTAssertEqual(SHA256.hash(Array(message.utf8)).hex, expected, "message \"\(message)\"")
        }
    }

    func testMillionAs() {
        XCTAssertEqual(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000)).hex,
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Feeding the message in pieces of any size gives the one-shot digest,
    /// including pieces that end at 55, 56 and 64 bytes (the padding edges).
    func testIncrementalUpdatesMatchOneShot() {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
        for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 300] {
            let prefix = Array(message[0..<length])
            let oneShot = SHA256.hash(prefix)
            for piece in [1, 3, 55, 64, 100] {
                var hasher = SHA256()
                var offset = 0
                while offset < length {
                    let end = min(offset + piece, length)
                    hasher.update(Array(prefix[offset..<end]))
                    offset = end
                }
                XCTAssertEqual(hasher.finalize(), oneShot, "length \(length), pieces of \(piece)")
            }
        }
        XCTAssertNotEqual(SHA256.hash(message[0..<55]), SHA256.hash(message[0..<56]))
    }

    func testHexRoundTripAndRejection() {
        let hex = "C620cbcc562183e4dcd40250d440130501781f74b41de35b1c1bdabace290c42"
        XCTAssertEqual(SHA256Digest(hex: hex)?.hex, hex.lowercased())
        XCTAssertNil(SHA256Digest(hex: String(hex.dropLast())))
        XCTAssertNil(SHA256Digest(hex: String(hex.dropLast()) + "g"))
    }
}
