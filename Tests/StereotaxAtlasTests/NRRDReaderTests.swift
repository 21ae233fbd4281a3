import StereotaxTestSupport
import Foundation
@testable import StereotaxAtlas
import XCTest

final class NRRDReaderTests: XCTestCase {
    private var dir: URL!
    override func setUpWithError() throws { dir = try VolumeFixtures.temporaryDirectory("nrrd") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// 3 × 2 × 2 voxels; the label at (i, j, k) is values[i + 3(j + 2k)].
    private func values(for type: VoxelScalarType) -> [Double] {
        let signed: Bool = [.int8, .int16, .int32, .int64, .float32, .float64].contains(type)
        let wide = type.byteWidth >= 2, wider = type.byteWidth >= 4
        return [0, 5, 5, signed ? -3 : 7, wide ? 300 : 9, 0, wider ? 70_000 : 11, 5, 5, 0, 1, 2]
    }

    private func writeNRRD(_ type: VoxelScalarType, bigEndian: Bool, gzip: Bool, name: String,
                           geometry: [String] = ["space directions: (25,0,0) (0,50,0) (0,0,10)"]) throws -> URL {
        var data = VolumeFixtures.encode(values(for: type), as: type, bigEndian: bigEndian)
        if gzip { data = VolumeFixtures.gzip(data) }
        let header = ["type: \(VolumeFixtures.nrrdTypeName(type))", "dimension: 3", "space: left-posterior-superior",
                      "sizes: 3 2 2", "endian: \(bigEndian ? "big" : "little")", "encoding: \(gzip ? "gzip" : "raw")",
                      "# a comment", "label:=value"] + geometry
        let url = dir.appendingPathComponent(name)
        try VolumeFixtures.write(VolumeFixtures.nrrd(header, data: data), to: url)
        return url
    }

    func testEveryTypeByteOrderAndEncoding() throws {
        for type in VoxelScalarType.allCases {
            for bigEndian in [false, true] {
                for gzip in [false, true] {
                    let url = try writeNRRD(type, bigEndian: bigEndian, gzip: gzip, name: "\(type)-\(bigEndian)-\(gzip).nrrd")
                    let v = try NRRDReader.readLabelVolume(at: url, orientation: .allenPIR)
                    let context = "\(type) big-endian \(bigEndian) gzip \(gzip)"
                    XCTAssertEqual(v.sizes, SIMD3(3, 2, 2), context)
                    XCTAssertEqual(v.voxelSizeMicrometres, SIMD3(25, 50, 10), context)
                    let expected = values(for: type)
                    for k in 0..<2 { for j in 0..<2 { for i in 0..<3 {
                        XCTAssertEqual(v.label(atVoxel: SIMD3(i, j, k)), Int(expected[i + 3 * (j + 2 * k)]), "\(context) voxel \(i),\(j),\(k)")
                    } } }
                    XCTAssertEqual(v.labelValues.first, 0)
                    XCTAssertEqual(Set(v.labelValues), Set(expected.map { Int($0) }), context)
                    XCTAssertEqual(v.labelValues.count, Set(expected).count, context)
                }
            }
        }
    }

    func testHeaderFieldsAndSpacingsWithUnits() throws {
        let url = try writeNRRD(.uint16, bigEndian: false, gzip: true, name: "s.nrrd",
                                geometry: ["spacings: 0.025 0.05 0.1", "space units: \"mm\" \"mm\" \"mm\""])
        let header = try NRRDReader.readHeader(at: url)
        XCTAssertEqual(header.type, .uint16)
        XCTAssertEqual(header.encoding, .gzip)
        XCTAssertEqual(header.space, "left-posterior-superior")
        XCTAssertEqual(header.spaceUnits, [.millimetre, .millimetre, .millimetre])
        let v = try NRRDReader.readLabelVolume(at: url, orientation: .allenPIR)
        XCTAssertEqual(v.voxelSizeMicrometres.x, 25, accuracy: 1e-9)
        XCTAssertEqual(v.voxelSizeMicrometres.y, 50, accuracy: 1e-9)
        XCTAssertEqual(v.voxelSizeMicrometres.z, 100, accuracy: 1e-9)
    }

    private func expectError(_ header: [String], data: [UInt8], _ check: (VolumeReadError) -> Void,
                             line: UInt = #line) throws {
        let url = dir.appendingPathComponent("bad-\(line).nrrd")
        try VolumeFixtures.write(VolumeFixtures.nrrd(header, data: data), to: url)
        XCTAssertThrowsError(try NRRDReader.readLabelVolume(at: url, orientation: .allenPIR), line: line) { error in
            guard let e = error as? VolumeReadError else { return XCTFail("\(error)", line: line) }
            check(e)
            XCTAssertTrue("\(e)".contains(url.path), "message names the file: \(e)", line: line)
        }
    }

    private let good = ["type: uint8", "dimension: 3", "sizes: 2 2 1", "encoding: raw", "spacings: 1 1 1"]

    private func replacing(_ key: String, with line: String?) -> [String] {
        good.compactMap { $0.hasPrefix(key) ? line : $0 }
    }

    func testBadHeadersNameTheField() throws {
        let data: [UInt8] = [0, 1, 2, 3]
        func field(_ expected: String) -> (VolumeReadError) -> Void {
            { e in
                switch e {
                case let .badHeader(_, f, _), let .unsupported(_, f, _): XCTAssertEqual(f, expected, "\(e)")
                default: XCTFail("\(e)")
                }
            }
        }
        try expectError(replacing("sizes", with: nil), data: data, field("sizes"))
        try expectError(replacing("sizes", with: "sizes: 2 2"), data: data, field("sizes"))
        try expectError(replacing("sizes", with: "sizes: 2 -2 1"), data: data, field("sizes"))
        try expectError(replacing("sizes", with: "sizes: 2 x 1"), data: data, field("sizes"))
        try expectError(replacing("sizes", with: "sizes: 100000 100000 100000"), data: data, field("sizes"))
        try expectError(replacing("sizes", with: "sizes: 9223372036854775807 2 2"), data: data, field("sizes"))
        try expectError(replacing("type", with: "type: block"), data: data, field("type"))
        try expectError(replacing("type", with: nil), data: data, field("type"))
        try expectError(replacing("dimension", with: "dimension: 4"), data: data, field("dimension"))
        try expectError(replacing("encoding", with: "encoding: bzip2"), data: data, field("encoding"))
        try expectError(replacing("spacings", with: nil), data: data, field("space directions"))
        try expectError(replacing("spacings", with: "spacings: 1 0 1"), data: data, field("spacings"))
        try expectError(replacing("spacings", with: "space directions: (1,0,0) (0,0,0) (0,0,1)"), data: data, field("space directions"))
        try expectError(replacing("spacings", with: "space directions: none (0,1,0) (0,0,1)"), data: data, field("space directions"))
        try expectError(replacing("type", with: "type: uint16"), data: data + data, field("endian"))
        try expectError(replacing("type", with: "type: uint16") + ["endian: middle"], data: data + data, field("endian"))
        try expectError(good + ["data file: other.raw"], data: data, field("data file"))
        try expectError(good + ["this line has no colon"], data: data, field("this line has no colon"))
    }

    func testNotNRRDAndNoBlankLine() throws {
        let a = dir.appendingPathComponent("a.nrrd"), b = dir.appendingPathComponent("b.nrrd")
        try VolumeFixtures.write(Array("PNG\n\nxxxxxxxx".utf8), to: a)
        try VolumeFixtures.write(Array("NRRD0004\ntype: uint8\n".utf8), to: b)
        XCTAssertThrowsError(try NRRDReader.readHeader(at: a)) { XCTAssertEqual(($0 as? VolumeReadError).map { "\($0)" }?.contains("magic"), true) }
        XCTAssertThrowsError(try NRRDReader.readHeader(at: b)) { XCTAssertEqual(($0 as? VolumeReadError).map { "\($0)" }?.contains("blank line"), true) }
        XCTAssertThrowsError(try NRRDReader.readHeader(at: dir.appendingPathComponent("absent.nrrd"))) {
            guard case .unreadable? = $0 as? VolumeReadError else { return XCTFail("\($0)") }
        }
    }

    func testTruncatedAndExcessRawData() throws {
        try expectError(good, data: [0, 1, 2]) { XCTAssertEqual($0, .truncatedData(file: $0.fileName, expectedBytes: 4, actualBytes: 3)) }
        try expectError(good, data: [0, 1, 2, 3, 4]) { e in
            guard case .badHeader(_, "sizes", _) = e else { return XCTFail("\(e)") }
        }
    }

    func testTruncatedAndCorruptGzip() throws {
        // Incompressible-ish labels so the stream is long enough to cut and corrupt.
        var rng = SplitMix64(seed: 7)
        let labels = (0..<4096).map { _ in Double(rng.next() % 200) }
        let compressed = VolumeFixtures.gzip(VolumeFixtures.encode(labels, as: .uint16, bigEndian: false))
        let header = ["type: uint16", "dimension: 3", "sizes: 16 16 16", "endian: little", "encoding: gzip", "spacings: 1 1 1"]

        try expectError(header, data: Array(compressed.prefix(compressed.count / 2))) { e in
            guard case let .truncatedCompressedData(_, read) = e else { return XCTFail("\(e)") }
            XCTAssertEqual(read, compressed.count / 2)
        }
        try expectError(header, data: Array(compressed.dropLast(8))) { e in   // stream cut inside the gzip trailer
            guard case .truncatedCompressedData = e else { return XCTFail("\(e)") }
        }
        var corrupt = compressed
        for i in 20..<60 { corrupt[i] ^= 0xA5 }
        try expectError(header, data: corrupt) { e in
            switch e {
            case .corruptCompressedData, .notALabel, .truncatedData, .truncatedCompressedData: break
            default: XCTFail("\(e)")
            }
        }
        var badMagic = compressed
        badMagic[0] = 0x00
        try expectError(header, data: badMagic) { e in
            guard case let .corruptCompressedData(_, offset, reason) = e else { return XCTFail("\(e)") }
            XCTAssertLessThanOrEqual(offset, 2)
            XCTAssertFalse(reason.isEmpty)
        }
        // A complete stream that holds fewer voxels than `sizes`.
        try expectError(header.map { $0 == "sizes: 16 16 16" ? "sizes: 16 16 17" : $0 }, data: compressed) { e in
            XCTAssertEqual(e, .truncatedData(file: e.fileName, expectedBytes: 16 * 16 * 17 * 2, actualBytes: 4096 * 2))
        }
    }

    func testNonIntegerLabelsAreErrorsNamingTheVoxel() throws {
        let header = ["type: float", "dimension: 3", "sizes: 2 2 1", "endian: little", "encoding: raw", "spacings: 1 1 1"]
        try expectError(header, data: VolumeFixtures.encode([0, 1, 1.5, 2], as: .float32, bigEndian: false)) { e in
            XCTAssertEqual(e, .notALabel(file: e.fileName, voxel: 2, value: 1.5))
        }
        try expectError(header, data: VolumeFixtures.encode([0, .nan, 1, 2], as: .float32, bigEndian: false)) { e in
            guard case .notALabel(_, 1, let v) = e else { return XCTFail("\(e)") }
            XCTAssertTrue(v.isNaN)
        }
    }

    /// Voxels split across chunks of every size decode the same.
    func testDecoderAcrossChunkBoundaries() throws {
        let labels: [Double] = [0, 70_000, 70_000, 3, 0, 3, 9, 9, 9, 1, 0, 70_000]
        let bytes = VolumeFixtures.encode(labels, as: .uint32, bigEndian: true)
        for piece in 1...7 {
            var decoder = VoxelDataDecoder(file: "x", type: .uint32, bigEndian: true, voxelCount: labels.count)
            var offset = 0
            while offset < bytes.count {
                let end = min(offset + piece, bytes.count)
                try bytes[offset..<end].withUnsafeBytes { _ = try decoder.consume($0) }
                offset = end
            }
            let (table, storage) = try decoder.finish()
            XCTAssertEqual(storage.buffer.map { table[Int($0)] }, labels.map { Int($0) }, "pieces of \(piece) bytes")
        }
    }
}

extension VolumeReadError {
    var fileName: String {
        switch self {
        case let .unreadable(f, _), let .badHeader(f, _, _), let .unsupported(f, _, _), let .truncatedData(f, _, _),
             let .truncatedCompressedData(f, _), let .corruptCompressedData(f, _, _), let .notALabel(f, _, _),
             let .tooManyLabels(f, _, _): f
        }
    }
}
