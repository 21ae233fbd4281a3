import StereotaxGeometry

/// The fields of a NIfTI-1 header (348 bytes, single-file `n+1`) that a 3-D
/// label volume needs. Byte order is detected from `sizeof_hdr`.
public struct NIfTIHeader: Hashable, Sendable {
    /// Which header fields gave ``voxelToWorld``, in NIfTI's order of preference.
    public enum AffineSource: String, Hashable, Sendable {
        case sform, qform
        /// Neither code set: NIfTI's "method 1", a scaling by the voxel sizes.
        case voxelSizes
    }

    public var bigEndian: Bool
    /// Voxels per axis (`dim[1...3]`).
    public var sizes: SIMD3<Int>
    /// `datatype` as a scalar type.
    public var type: VoxelScalarType
    /// Voxel edge lengths (`pixdim[1...3]`) in micrometres. `xyzt_units` 0
    /// (unknown) is read as millimetres, as NIfTI tools do.
    public var voxelSizeMicrometres: SIMD3<Double>
    /// Byte offset of the voxel data (`vox_offset`).
    public var dataOffset: Int
    /// Voxel index (i, j, k) → world (x, y, z) in mm, RAS+ (x right, y anterior, z superior).
    public var voxelToWorld: AffineTransform3
    public var affineSource: AffineSource

    static let byteCount = 348

    /// Parses the first 348 bytes of a NIfTI-1 file.
    public static func parse(_ h: UnsafeRawBufferPointer, file: String) throws -> NIfTIHeader {
        guard h.count >= byteCount else {
            throw VolumeReadError.truncatedData(file: file, expectedBytes: byteCount, actualBytes: h.count)
        }
        let raw = h.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        let big: Bool
        switch raw {
        case UInt32(348).littleEndian: big = false
        case UInt32(348).bigEndian: big = true
        case UInt32(540).littleEndian, UInt32(540).bigEndian:
            throw VolumeReadError.unsupported(file: file, field: "sizeof_hdr", value: "540 (NIfTI-2)")
        default:
            throw VolumeReadError.badHeader(file: file, field: "sizeof_hdr", reason: "expected 348, got \(Int32(littleEndian: Int32(bitPattern: raw)))")
        }
        let r = FieldReader(bytes: h, bigEndian: big)

        let magic = String(decoding: h[344..<347], as: UTF8.self)
        switch magic {
        case "n+1": break
        case "ni1": throw VolumeReadError.unsupported(file: file, field: "magic", value: "ni1 (header and data in separate .hdr/.img files)")
        default: throw VolumeReadError.badHeader(file: file, field: "magic", reason: "expected 'n+1', got '\(magic)'")
        }

        let dim = (0..<8).map { Int(r.int16(40 + 2 * $0)) }
        guard (3...7).contains(dim[0]), dim[1] > 0, dim[2] > 0, dim[3] > 0,
              (4...max(4, dim[0])).allSatisfy({ $0 > dim[0] || dim[$0] == 1 }) else {
            throw VolumeReadError.badHeader(file: file, field: "dim", reason: "expected a 3-D volume (dim[0] ≥ 3, dim[1...3] > 0, later dims 1), got \(dim)")
        }

        try VoxelDataDecoder.checkVoxelCount(SIMD3(dim[1], dim[2], dim[3]), file: file, field: "dim")

        let datatype = Int(r.int16(70))
        let types: [Int: VoxelScalarType] = [2: .uint8, 4: .int16, 8: .int32, 16: .float32, 64: .float64,
                                             256: .int8, 512: .uint16, 768: .uint32, 1024: .int64, 1280: .uint64]
        guard let type = types[datatype] else {
            throw VolumeReadError.unsupported(file: file, field: "datatype", value: "\(datatype)")
        }
        let bitpix = Int(r.int16(72))
        guard bitpix == 8 * type.byteWidth else {
            throw VolumeReadError.badHeader(file: file, field: "bitpix", reason: "datatype \(datatype) has \(8 * type.byteWidth) bits, header says \(bitpix)")
        }

        let pixdim = (0..<8).map { Double(r.float32(76 + 4 * $0)) }
        let unitCode = Int(h[123] & 0x07)
        let unit: LengthUnit
        switch unitCode {
        case 0, 2: unit = .millimetre
        case 1: unit = .metre
        case 3: unit = .micrometre
        default: throw VolumeReadError.badHeader(file: file, field: "xyzt_units", reason: "spatial unit code \(unitCode) is not metre (1), mm (2) or µm (3)")
        }
        let spacing = SIMD3(pixdim[1], pixdim[2], pixdim[3])
        guard (0..<3).allSatisfy({ spacing[$0].isFinite && spacing[$0] > 0 }) else {
            throw VolumeReadError.badHeader(file: file, field: "pixdim", reason: "voxel sizes must be positive, got \(Array(pixdim[1...3]))")
        }

        let voxOffset = Double(r.float32(108))
        guard voxOffset.isFinite, voxOffset >= 348, voxOffset == voxOffset.rounded(), voxOffset < 1e9 else {
            throw VolumeReadError.badHeader(file: file, field: "vox_offset", reason: "expected a whole number ≥ 348, got \(voxOffset)")
        }

        let slope = Double(r.float32(112)), intercept = Double(r.float32(116))
        guard (slope == 0 || slope == 1) && intercept == 0 || slope.isNaN else {
            throw VolumeReadError.unsupported(file: file, field: "scl_slope/scl_inter", value: "\(slope)/\(intercept) (labels must be unscaled)")
        }

        let unitScale = unit.millimetresPerUnit
        let qformCode = Int(r.int16(252)), sformCode = Int(r.int16(254))
        let affine: AffineTransform3
        let source: AffineSource
        if sformCode > 0 {
            let rows = (0..<3).map { row in (0..<4).map { Double(r.float32(280 + 16 * row + 4 * $0)) * unitScale } }
            affine = AffineTransform3(
                linear: Matrix3(rows: SIMD3(rows[0][0], rows[0][1], rows[0][2]), SIMD3(rows[1][0], rows[1][1], rows[1][2]),
                                SIMD3(rows[2][0], rows[2][1], rows[2][2])),
                translation: SIMD3(rows[0][3], rows[1][3], rows[2][3]))
            source = .sform
        } else if qformCode > 0 {
            let b = Double(r.float32(256)), c = Double(r.float32(260)), d = Double(r.float32(264))
            let a = max(0, 1 - (b * b + c * c + d * d)).squareRoot()
            let rot = Matrix3(rows: SIMD3(a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c)),
                              SIMD3(2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b)),
                              SIMD3(2 * (b * d - a * c), 2 * (c * d + a * b), a * a + d * d - c * c - b * b))
            let qfac = pixdim[0] < 0 ? -1.0 : 1.0
            let offset = SIMD3(Double(r.float32(268)), Double(r.float32(272)), Double(r.float32(276))) * unitScale
            affine = AffineTransform3(linear: rot * Matrix3(diagonal: SIMD3(spacing.x, spacing.y, qfac * spacing.z) * unitScale),
                                      translation: offset)
            source = .qform
        } else {
            affine = AffineTransform3(linear: Matrix3(diagonal: spacing * unitScale))
            source = .voxelSizes
        }
        let finite = (0..<3).allSatisfy { i in affine.translation[i].isFinite && (0..<3).allSatisfy { affine.linear[i, $0].isFinite } }
        guard finite else {
            throw VolumeReadError.badHeader(file: file, field: source == .sform ? "srow_x/y/z" : "quatern_b/c/d, qoffset_x/y/z",
                                            reason: "affine is not finite")
        }

        return NIfTIHeader(bigEndian: big, sizes: SIMD3(dim[1], dim[2], dim[3]), type: type,
                           voxelSizeMicrometres: spacing * unitScale * 1000, dataOffset: Int(voxOffset),
                           voxelToWorld: affine, affineSource: source)
    }

    /// The anatomical direction of each voxel axis, from the dominant RAS component
    /// of its affine column; `nil` for an oblique affine whose axes do not map one
    /// each to ML, AP and DV.
    public var orientation: VolumeOrientation? {
        let names: [(AnatomicalDirection, AnatomicalDirection)] = [(.right, .left), (.anterior, .posterior), (.dorsal, .ventral)]
        var axes: [AnatomicalDirection] = []
        for j in 0..<3 {
            let column = SIMD3(voxelToWorld.linear[0, j], voxelToWorld.linear[1, j], voxelToWorld.linear[2, j])
            let magnitudes = [abs(column.x), abs(column.y), abs(column.z)]
            guard let k = magnitudes.indices.max(by: { magnitudes[$0] < magnitudes[$1] }), magnitudes[k] > 0 else { return nil }
            axes.append(column[k] > 0 ? names[k].0 : names[k].1)
        }
        return VolumeOrientation(axes[0], axes[1], axes[2])
    }
}

/// Loads header fields in the file's byte order.
private struct FieldReader {
    let bytes: UnsafeRawBufferPointer
    let bigEndian: Bool

    func int16(_ offset: Int) -> Int16 {
        let v = bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
        return Int16(bitPattern: bigEndian ? UInt16(bigEndian: v) : UInt16(littleEndian: v))
    }

    func float32(_ offset: Int) -> Float {
        let v = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        return Float(bitPattern: bigEndian ? UInt32(bigEndian: v) : UInt32(littleEndian: v))
    }
}
