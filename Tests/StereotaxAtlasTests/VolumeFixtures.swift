import CZlib
import Foundation
import StereotaxAtlas
import XCTest

/// Small synthetic volume files written by the tests.
enum VolumeFixtures {
    static func temporaryDirectory(_ tag: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stx-\(tag)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `values` encoded as `type` in the given byte order.
    static func encode(_ values: [Double], as type: VoxelScalarType, bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = []
        func put<T: FixedWidthInteger>(_ v: T) {
            let ordered = bigEndian ? v.bigEndian : v.littleEndian
            withUnsafeBytes(of: ordered) { out.append(contentsOf: $0) }
        }
        for v in values {
            switch type {
            case .uint8: put(UInt8(v))
            case .int8: put(Int8(v))
            case .uint16: put(UInt16(v))
            case .int16: put(Int16(v))
            case .uint32: put(UInt32(v))
            case .int32: put(Int32(v))
            case .uint64: put(UInt64(v))
            case .int64: put(Int64(v))
            case .float32: put(Float(v).bitPattern)
            case .float64: put(v.bitPattern)
            }
        }
        return out
    }

    /// gzip-compresses `bytes` with zlib (windowBits 15 + 16: gzip wrapper).
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        precondition(deflateInit2_(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                                   Int32(MemoryLayout<z_stream>.size)) == Z_OK)
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
        let produced = input.withUnsafeMutableBufferPointer { inp in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = inp.baseAddress
                stream.avail_in = UInt32(inp.count)
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(out.count)
                precondition(deflate(&stream, Z_FINISH) == Z_STREAM_END)
                return out.count - Int(stream.avail_out)
            }
        }
        deflateEnd(&stream)
        return Array(output[0..<produced])
    }

    static func write(_ bytes: [UInt8], to url: URL) throws { try Data(bytes).write(to: url) }

    static func nrrdTypeName(_ t: VoxelScalarType) -> String {
        switch t {
        case .uint8: "uchar"
        case .int8: "signed char"
        case .uint16: "unsigned short"
        case .int16: "short"
        case .uint32: "unsigned int"
        case .int32: "int"
        case .uint64: "unsigned long long"
        case .int64: "int64"
        case .float32: "float"
        case .float64: "double"
        }
    }

    /// An NRRD file: `header` lines (without the magic and the blank line), then `data`.
    static func nrrd(_ header: [String], data: [UInt8]) -> [UInt8] {
        Array((["NRRD0004"] + header + ["", ""]).joined(separator: "\n").utf8) + data
    }

    /// A NIfTI-1 single-file header (352 bytes incl. the empty extension flag).
    static func niftiHeader(sizes: (Int, Int, Int), datatype: Int16, bitpix: Int16, pixdim: (Float, Float, Float),
                            unitCode: UInt8 = 2, qform: (code: Int16, b: Float, c: Float, d: Float, qfac: Float, offset: (Float, Float, Float))? = nil,
                            sform: [[Float]]? = nil, bigEndian: Bool = false, magic: String = "n+1",
                            sizeofHdr: Int32 = 348, voxOffset: Float = 352) -> [UInt8] {
        var h = [UInt8](repeating: 0, count: 352)
        func put<T: FixedWidthInteger>(_ v: T, _ at: Int) {
            let o = bigEndian ? v.bigEndian : v.littleEndian
            withUnsafeBytes(of: o) { for (i, b) in $0.enumerated() { h[at + i] = b } }
        }
        func putF(_ v: Float, _ at: Int) { put(v.bitPattern, at) }
        put(sizeofHdr, 0)
        for (i, d) in [Int16(3), Int16(sizes.0), Int16(sizes.1), Int16(sizes.2), 1, 1, 1, 1].enumerated() { put(d, 40 + 2 * i) }
        put(datatype, 70)
        put(bitpix, 72)
        let qfac = qform?.qfac ?? 1
        for (i, p) in [qfac, pixdim.0, pixdim.1, pixdim.2, 0, 0, 0, 0].enumerated() { putF(p, 76 + 4 * i) }
        putF(voxOffset, 108)
        putF(1, 112)
        h[123] = unitCode
        if let q = qform {
            put(q.code, 252)
            putF(q.b, 256); putF(q.c, 260); putF(q.d, 264)
            putF(q.offset.0, 268); putF(q.offset.1, 272); putF(q.offset.2, 276)
        }
        if let s = sform {
            put(Int16(1), 254)
            for r in 0..<3 { for c in 0..<4 { putF(s[r][c], 280 + 16 * r + 4 * c) } }
        }
        for (i, b) in magic.utf8.prefix(3).enumerated() { h[344 + i] = b }
        return h
    }
}
