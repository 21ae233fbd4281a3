import Foundation
import StereotaxAtlas
import XCTest

final class CachedVolumeLoaderTests: XCTestCase {
    private var dir: URL!
    override func setUpWithError() throws { dir = try VolumeFixtures.temporaryDirectory("cache") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    private func writeSource(_ labels: [Double], name: String = "v.nrrd") throws -> URL {
        let header = ["type: uint32", "dimension: 3", "sizes: 3 2 2", "endian: little", "encoding: gzip",
                      "space directions: (25,0,0) (0,25,0) (0,0,25)"]
        let url = dir.appendingPathComponent(name)
        try VolumeFixtures.write(VolumeFixtures.nrrd(header, data: VolumeFixtures.gzip(VolumeFixtures.encode(labels, as: .uint32, bigEndian: false))), to: url)
        return url
    }

    private let labelsA: [Double] = [0, 997, 997, 8, 8, 0, 614_454_277, 8, 0, 997, 1, 2]
    private let labelsB: [Double] = [0, 997, 997, 8, 8, 0, 614_454_277, 8, 0, 997, 1, 3]

    private func loader(_ validation: CachedVolumeLoader.Validation = .sizeAndModificationTime) -> CachedVolumeLoader {
        CachedVolumeLoader(cacheDirectory: dir.appendingPathComponent("cache"), validation: validation)
    }

    private func source(_ url: URL, expected: SHA256Digest? = nil) -> VolumeSource {
        VolumeSource(url: url, format: .nrrd(orientation: .allenPIR, spacingUnit: .micrometre), expectedSHA256: expected)
    }

    private func setModificationTime(_ url: URL, _ seconds: Double) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: seconds)], ofItemAtPath: url.path)
    }

    private func assertRebuilt(_ outcome: CachedVolumeLoader.Outcome, mentioning word: String, line: UInt = #line) {
        guard case let .rebuilt(reason) = outcome else { return XCTFail("expected a rebuild, got \(outcome)", line: line) }
        XCTAssertTrue(reason.contains(word), "\(reason)", line: line)
    }

    func testColdThenWarmRoundTrip() throws {
        let url = try writeSource(labelsA)
        let cold = try loader().load(source(url))
        assertRebuilt(cold.outcome, mentioning: "no cache")
        XCTAssertFalse(cold.volume.isMemoryMapped)
        let warm = try loader().load(source(url))
        XCTAssertEqual(warm.outcome, .warm)
        XCTAssertTrue(warm.volume.isMemoryMapped)
        XCTAssertTrue(warm.volume.hasSameLabels(as: try source(url).read()))
        XCTAssertEqual(warm.volume.label(atVoxel: SIMD3(0, 0, 1)), 614_454_277)
        XCTAssertEqual(warm.volume.voxelSizeMicrometres, SIMD3(25, 25, 25))
        XCTAssertEqual(warm.volume.orientation, .allenPIR)
        XCTAssertEqual(loader().cacheFile(for: source(url)).pathExtension, "stxcache")
    }

    func testChangedSizeOrTimeInvalidates() throws {
        let url = try writeSource(labelsA)
        _ = try loader().load(source(url))
        try setModificationTime(url, 1_000_000)
        assertRebuilt(try loader().load(source(url)).outcome, mentioning: "modification time")
        XCTAssertEqual(try loader().load(source(url)).outcome, .warm)

        try VolumeFixtures.write(VolumeFixtures.nrrd(["type: uint8", "dimension: 3", "sizes: 1 1 2", "encoding: raw", "spacings: 25 25 25"],
                                                     data: [0, 5]), to: url)
        let changed = try loader().load(source(url))
        assertRebuilt(changed.outcome, mentioning: "size")
        XCTAssertEqual(changed.volume.sizes, SIMD3(1, 1, 2))
        XCTAssertEqual(try loader().load(source(url)).volume.label(atVoxel: SIMD3(0, 0, 1)), 5)
    }

    /// Same size and time but other bytes: only checksum validation notices.
    func testChecksumValidationCatchesChangeWithSameSizeAndTime() throws {
        let url = try writeSource(labelsA)
        try setModificationTime(url, 2_000_000)
        _ = try loader().load(source(url))
        let before = try Data(contentsOf: url)
        _ = try writeSource(labelsB)
        let after = try Data(contentsOf: url)
        XCTAssertEqual(before.count, after.count)
        XCTAssertNotEqual(before, after)
        try setModificationTime(url, 2_000_000)
        XCTAssertEqual(try loader().load(source(url)).outcome, .warm)          // the fast check cannot tell
        let checked = try loader(.checksum).load(source(url))
        assertRebuilt(checked.outcome, mentioning: "sha256")
        XCTAssertEqual(checked.volume.label(atVoxel: SIMD3(2, 1, 1)), 3)
    }

    func testExpectedChecksumMismatchRefusesColdAndWarm() throws {
        let url = try writeSource(labelsA)
        let wrong = SHA256.hash(Array("other".utf8))
        XCTAssertThrowsError(try loader().load(source(url, expected: wrong))) { error in
            guard case let .checksumMismatch(file, expected, _)? = error as? AtlasDataError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, url.path)
            XCTAssertEqual(expected, wrong.hex)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: loader().cacheFile(for: source(url)).path))
        let right = try SHA256Digest.ofFile(at: url)
        _ = try loader().load(source(url, expected: right))
        XCTAssertEqual(try loader().load(source(url, expected: right)).outcome, .warm)
        XCTAssertThrowsError(try loader().load(source(url, expected: wrong))) {
            guard case .checksumMismatch? = $0 as? AtlasDataError else { return XCTFail("\($0)") }
        }
    }

    func testDamagedCacheIsRebuiltNotTrusted() throws {
        let url = try writeSource(labelsA)
        let cache = loader().cacheFile(for: source(url))
        _ = try loader().load(source(url))
        let bytes = try Data(contentsOf: cache)
        try bytes.prefix(bytes.count - 2).write(to: cache)
        assertRebuilt(try loader().load(source(url)).outcome, mentioning: "unusable")
        var other = try Data(contentsOf: cache)
        other[8] = 99   // format version
        try other.write(to: cache)
        assertRebuilt(try loader().load(source(url)).outcome, mentioning: "version")
        try Data("garbage".utf8).write(to: cache)
        assertRebuilt(try loader().load(source(url)).outcome, mentioning: "unusable")
        XCTAssertEqual(try loader().load(source(url)).outcome, .warm)
    }

    func testMissingSourceAndBadSourceFile() throws {
        XCTAssertThrowsError(try loader().load(source(dir.appendingPathComponent("absent.nrrd")))) {
            guard case .unreadable? = $0 as? AtlasDataError else { return XCTFail("\($0)") }
        }
        let bad = dir.appendingPathComponent("bad.nrrd")
        try Data("NRRD0004\ntype: uint8\n\n".utf8).write(to: bad)
        XCTAssertThrowsError(try loader().load(source(bad))) {
            guard case .badHeader? = $0 as? VolumeReadError else { return XCTFail("\($0)") }
        }
    }

    /// A cache directory that cannot be created still gives the volume.
    func testUnwritableCacheStillLoads() throws {
        let url = try writeSource(labelsA)
        let blocker = dir.appendingPathComponent("file-not-dir")
        try Data("x".utf8).write(to: blocker)
        let loader = CachedVolumeLoader(cacheDirectory: blocker.appendingPathComponent("cache"))
        let result = try loader.load(source(url))
        guard case let .uncached(reason) = result.outcome else { return XCTFail("\(result.outcome)") }
        XCTAssertTrue(reason.contains("cannot write volume cache"), reason)
        XCTAssertEqual(result.volume.label(atVoxel: SIMD3(0, 0, 1)), 614_454_277)
    }

    func testDefaultCacheDirectory() {
        let home = URL(fileURLWithPath: "/home/someone")
        XCTAssertEqual(CachedVolumeLoader.defaultCacheDirectory(environment: [:], homeDirectory: home).path,
                       "/home/someone/.cache/stereotax/volumes")
        XCTAssertEqual(CachedVolumeLoader.defaultCacheDirectory(environment: ["STEREOTAX_CACHE_DIR": "/tmp/c"], homeDirectory: home).path, "/tmp/c")
    }
}
