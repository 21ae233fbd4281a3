import Foundation
import StereotaxAtlas
import XCTest

final class NIfTIReaderTests: XCTestCase {
    private var dir: URL!
    override func setUpWithError() throws { dir = try VolumeFixtures.temporaryDirectory("nifti") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    private let labels: [Double] = [0, 1, 2, 3, 4, 5, 600, 7, 0, 9, 10, 600]  // 2 × 3 × 2

    private func file(_ header: [UInt8], _ data: [UInt8], gzip: Bool, name: String) throws -> URL {
        let url = dir.appendingPathComponent(name + (gzip ? ".nii.gz" : ".nii"))
        try VolumeFixtures.write(gzip ? VolumeFixtures.gzip(header + data) : header + data, to: url)
        return url
    }

    func testQformRASUint16BothByteOrdersAndCompressions() throws {
        for bigEndian in [false, true] {
            for gzip in [false, true] {
                let header = VolumeFixtures.niftiHeader(
                    sizes: (2, 3, 2), datatype: 512, bitpix: 16, pixdim: (0.0390625, 0.0390625, 0.0390625),
                    qform: (1, 0, 0, 0, 1, (-1, -2, -3)), bigEndian: bigEndian)
                let url = try file(header, VolumeFixtures.encode(labels, as: .uint16, bigEndian: bigEndian), gzip: gzip, name: "q\(bigEndian)")
                let (h, v) = try NIfTIReader.readLabelVolume(at: url)
                let context = "big-endian \(bigEndian) gzip \(gzip)"
                XCTAssertEqual(h.bigEndian, bigEndian, context)
                XCTAssertEqual(h.affineSource, .qform, context)
                XCTAssertEqual(v.sizes, SIMD3(2, 3, 2), context)
                XCTAssertEqual(v.voxelSizeMicrometres.x, 39.0625, accuracy: 1e-9, context)
                XCTAssertEqual(v.orientation, .ras, context)
                XCTAssertEqual(v.label(atVoxel: SIMD3(0, 0, 1)), 600, context)   // element 6
                XCTAssertEqual(v.label(atVoxel: SIMD3(1, 2, 1)), 600, context)   // element 11
                XCTAssertEqual(v.label(atVoxel: SIMD3(1, 1, 0)), 3, context)     // element 3
                let world = h.voxelToWorld.apply(SIMD3(1, 2, 1))
                XCTAssertEqual(world.x, -1 + 0.0390625, accuracy: 1e-7, context)
                XCTAssertEqual(world.y, -2 + 2 * 0.0390625, accuracy: 1e-7, context)
                XCTAssertEqual(world.z, -3 + 0.0390625, accuracy: 1e-7, context)
            }
        }
    }

    /// A qform rotating 180° about z (quaternion d = 1) flips x and y: axes L, P, S;
    /// qfac −1 flips z as well: L, P, I.
    func testQformRotationAndQfac() throws {
        let data = VolumeFixtures.encode(labels, as: .int16, bigEndian: false)
        let rotated = VolumeFixtures.niftiHeader(sizes: (2, 3, 2), datatype: 4, bitpix: 16, pixdim: (1, 2, 3),
                                                  qform: (1, 0, 0, 1, 1, (0, 0, 0)))
        let (h1, v1) = try NIfTIReader.readLabelVolume(at: file(rotated, data, gzip: false, name: "rot"))
        XCTAssertEqual(v1.orientation.code, "LPS")
        XCTAssertEqual(h1.voxelToWorld.apply(SIMD3(1, 1, 1)), SIMD3(-1, -2, 3))
        let flipped = VolumeFixtures.niftiHeader(sizes: (2, 3, 2), datatype: 4, bitpix: 16, pixdim: (1, 2, 3),
                                                  qform: (1, 0, 0, 1, -1, (0, 0, 0)))
        let (h2, v2) = try NIfTIReader.readLabelVolume(at: file(flipped, data, gzip: false, name: "qfac"))
        XCTAssertEqual(v2.orientation.code, "LPI")
        XCTAssertEqual(h2.voxelToWorld.apply(SIMD3(1, 1, 1)), SIMD3(-1, -2, -3))
    }

    /// The sform wins over the qform; here it permutes the axes (i → A, j → R, k → I).
    func testSformTakesPrecedence() throws {
        let header = VolumeFixtures.niftiHeader(
            sizes: (2, 3, 2), datatype: 8, bitpix: 32, pixdim: (0.1, 0.1, 0.1), unitCode: 3,
            qform: (1, 0, 0, 0, 1, (0, 0, 0)), sform: [[0, 0.5, 0, 10], [0.25, 0, 0, 20], [0, 0, -1, 30]])
        let (h, v) = try NIfTIReader.readLabelVolume(at: file(header, VolumeFixtures.encode(labels, as: .int32, bigEndian: false), gzip: true, name: "s"))
        XCTAssertEqual(h.affineSource, .sform)
        XCTAssertEqual(v.orientation.code, "ARI")
        XCTAssertEqual(v.voxelSizeMicrometres.x, 0.1, accuracy: 1e-6)   // µm units (code 3), from a Float32 field
        let w = h.voxelToWorld.apply(SIMD3(1, 1, 1))                     // µm → mm
        XCTAssertEqual(w.x, 0.0105, accuracy: 1e-9)
        XCTAssertEqual(w.y, 0.02025, accuracy: 1e-9)
        XCTAssertEqual(w.z, 0.029, accuracy: 1e-9)
    }

    private func expectError(_ header: [UInt8], data: [UInt8]? = nil, gzip: Bool = false, line: UInt = #line,
                             _ check: (VolumeReadError) -> Void) throws {
        let bytes = data ?? VolumeFixtures.encode(labels, as: .uint16, bigEndian: false)
        let url = try file(header, bytes, gzip: gzip, name: "bad\(line)")
        XCTAssertThrowsError(try NIfTIReader.readLabelVolume(at: url), line: line) { error in
            guard let e = error as? VolumeReadError else { return XCTFail("\(error)", line: line) }
            XCTAssertEqual(e.fileName, url.path, line: line)
            check(e)
        }
    }

    private func header(datatype: Int16 = 512, bitpix: Int16 = 16, magic: String = "n+1", sizeofHdr: Int32 = 348,
                        voxOffset: Float = 352, pixdim: (Float, Float, Float) = (1, 1, 1), unitCode: UInt8 = 2) -> [UInt8] {
        VolumeFixtures.niftiHeader(sizes: (2, 3, 2), datatype: datatype, bitpix: bitpix, pixdim: pixdim, unitCode: unitCode,
                                   qform: (1, 0, 0, 0, 1, (0, 0, 0)), magic: magic, sizeofHdr: sizeofHdr, voxOffset: voxOffset)
    }

    func testBadHeaders() throws {
        func field(_ name: String) -> (VolumeReadError) -> Void {
            { e in
                switch e {
                case let .badHeader(_, f, _), let .unsupported(_, f, _): XCTAssertEqual(f, name, "\(e)")
                default: XCTFail("\(e)")
                }
            }
        }
        try expectError(header(sizeofHdr: 100), field("sizeof_hdr"))
        try expectError(header(sizeofHdr: 540), field("sizeof_hdr"))
        try expectError(header(magic: "ni1"), field("magic"))
        try expectError(header(magic: "abc"), field("magic"))
        try expectError(header(datatype: 128, bitpix: 24), field("datatype"))
        try expectError(header(bitpix: 8), field("bitpix"))
        try expectError(header(voxOffset: 100), field("vox_offset"))
        try expectError(header(pixdim: (1, 0, 1)), field("pixdim"))
        try expectError(header(unitCode: 5), field("xyzt_units"))
        try expectError(VolumeFixtures.niftiHeader(sizes: (32767, 32767, 32767), datatype: 512, bitpix: 16, pixdim: (1, 1, 1)), field("dim"))
        try expectError(VolumeFixtures.niftiHeader(sizes: (4, 0, 4), datatype: 512, bitpix: 16, pixdim: (1, 1, 1)), field("dim"))
        try expectError(Array(header().prefix(200)), data: []) { e in
            XCTAssertEqual(e, .truncatedData(file: e.fileName, expectedBytes: 348, actualBytes: 200))
        }
    }

    func testTruncatedDataAndTruncatedGzip() throws {
        let data = VolumeFixtures.encode(labels, as: .uint16, bigEndian: false)
        try expectError(header(), data: Array(data.dropLast(3))) { e in
            XCTAssertEqual(e, .truncatedData(file: e.fileName, expectedBytes: 24, actualBytes: 21))
        }
        try expectError(header(), data: Array(data.dropLast(3)), gzip: true) { e in
            XCTAssertEqual(e, .truncatedData(file: e.fileName, expectedBytes: 24, actualBytes: 21))
        }
        let url = dir.appendingPathComponent("cut.nii.gz")
        let whole = VolumeFixtures.gzip(header() + data)
        try VolumeFixtures.write(Array(whole.prefix(whole.count - 12)), to: url)
        XCTAssertThrowsError(try NIfTIReader.readLabelVolume(at: url)) { error in
            guard case .truncatedCompressedData? = error as? VolumeReadError else { return XCTFail("\(error)") }
        }
    }

    /// The real Waxholm rat labels: 512 × 1024 × 512 uint16, RAS, 39.0625 µm, and
    /// the Waxholm origin voxel (244, 623, 248) is labelled and maps to (0, 0, 0) mm.
    /// The volume comes through the per-user cache (checksum-checked when read).
    func testRealWaxholmVolume() throws {
        let url = try AtlasTestData.waxholmLabels()
        let h = try NIfTIReader.readHeader(at: url)
        let v = try CachedVolumeLoader().load(VolumeSource(url: url, format: .nifti, expectedSHA256: AtlasTestData.waxholmSHA256)).volume
        XCTAssertEqual(h.type, .uint16)
        XCTAssertEqual(h.affineSource, .qform)
        XCTAssertEqual(v.sizes, SIMD3(512, 1024, 512))
        XCTAssertEqual(v.orientation, .ras)
        XCTAssertEqual(v.voxelSizeMicrometres, SIMD3(repeating: 39.0625))
        let origin = SIMD3(244, 623, 248)
        XCTAssertNotEqual(v.label(atVoxel: origin), 0)
        XCTAssertNotNil(v.label(atVoxel: origin))
        let world = h.voxelToWorld.apply(SIMD3<Double>(origin))
        XCTAssertEqual((world * world).sum().squareRoot(), 0, accuracy: 1e-6)
        XCTAssertEqual(v.label(atVoxel: SIMD3(0, 0, 0)), 0)
        XCTAssertGreaterThan(v.labelValues.count, 100)
    }
}
