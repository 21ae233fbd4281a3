import Foundation
import StereotaxGeometry

/// The fields of an NRRD header (http://teem.sourceforge.net/nrrd/format.html)
/// that a 3-D label volume needs.
public struct NRRDHeader: Hashable, Sendable {
    public enum Encoding: String, Hashable, Sendable { case raw, gzip }

    /// The format version line, e.g. `NRRD0004`.
    public var magic: String
    public var type: VoxelScalarType
    /// Voxels per axis, fastest axis first.
    public var sizes: SIMD3<Int>
    public var encoding: Encoding
    /// `true` for `endian: big`; single-byte types need no `endian` field.
    public var bigEndian: Bool
    /// Voxel edge lengths from `space directions` (vector norms) or `spacings`,
    /// in the file's own unit (see ``spaceUnits``).
    public var spacings: SIMD3<Double>
    /// `space units`, when given (e.g. `microns`).
    public var spaceUnits: [LengthUnit]?
    /// `space origin`, the position of voxel (0, 0, 0)'s centre in the file's own unit; zero when absent.
    public var spaceOrigin: SIMD3<Double>
    /// The `space` field as written. Informational only: Allen's CCF files say
    /// `left-posterior-superior`, which does not match their data.
    public var space: String?
    /// Every `field: value` line, keys lower-cased.
    public var fields: [String: String]
    /// Byte offset of the voxel data (just after the blank line ending the header).
    public var dataOffset: Int

    /// Parses the header at the start of `bytes`.
    public static func parse(_ bytes: UnsafeRawBufferPointer, file: String) throws -> NRRDHeader {
        let limit = min(bytes.count, 1 << 20)
        var end: Int?
        var i = 0
        while i + 1 < limit {
            if bytes[i] == 0x0a {
                if bytes[i + 1] == 0x0a { end = i + 2; break }
                if bytes[i + 1] == 0x0d, i + 2 < limit, bytes[i + 2] == 0x0a { end = i + 3; break }
            }
            i += 1
        }
        guard bytes.count >= 8, String(decoding: bytes[0..<4], as: UTF8.self) == "NRRD" else {
            throw VolumeReadError.badHeader(file: file, field: "magic", reason: "file does not start with 'NRRD000x'")
        }
        guard let dataOffset = end else {
            throw VolumeReadError.badHeader(file: file, field: "header", reason: "no blank line ends the header in the first \(limit) bytes")
        }
        let text = String(decoding: bytes[0..<dataOffset], as: UTF8.self)
        var lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        let magic = String(lines.removeFirst())
        var fields: [String: String] = [:]
        for line in lines where !line.hasPrefix("#") {
            if line.contains(":=") { continue }  // key/value pairs carry no geometry
            guard let colon = line.firstIndex(of: ":") else {
                throw VolumeReadError.badHeader(file: file, field: String(line), reason: "expected 'field: value'")
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return try NRRDHeader(magic: magic, fields: fields, dataOffset: dataOffset, file: file)
    }

    private init(magic: String, fields: [String: String], dataOffset: Int, file: String) throws {
        func required(_ key: String) throws -> String {
            guard let v = fields[key] else { throw VolumeReadError.badHeader(file: file, field: key, reason: "missing") }
            return v
        }
        self.magic = magic
        self.fields = fields
        self.space = fields["space"]

        if let df = fields["data file"] ?? fields["datafile"] {
            throw VolumeReadError.unsupported(file: file, field: "data file", value: df)
        }
        let typeName = try required("type")
        guard let type = Self.scalarTypes[typeName.lowercased()] else {
            throw VolumeReadError.unsupported(file: file, field: "type", value: typeName)
        }
        self.type = type

        let dimension = try required("dimension")
        guard dimension == "3" else { throw VolumeReadError.unsupported(file: file, field: "dimension", value: dimension) }

        let sizeText = try required("sizes")
        let sizeParts = sizeText.split(separator: " ", omittingEmptySubsequences: true).map { Int($0) }
        guard sizeParts.count == 3, let s0 = sizeParts[0], let s1 = sizeParts[1], let s2 = sizeParts[2],
              s0 > 0, s1 > 0, s2 > 0 else {
            throw VolumeReadError.badHeader(file: file, field: "sizes", reason: "expected 3 positive integers, got '\(sizeText)'")
        }
        sizes = SIMD3(s0, s1, s2)
        try VoxelDataDecoder.checkVoxelCount(sizes, file: file, field: "sizes")

        let encodingName = try required("encoding")
        switch encodingName.lowercased() {
        case "raw": encoding = .raw
        case "gzip", "gz": encoding = .gzip
        default: throw VolumeReadError.unsupported(file: file, field: "encoding", value: encodingName)
        }

        if type.byteWidth == 1 {
            bigEndian = false
        } else {
            let endian = try required("endian")
            switch endian.lowercased() {
            case "little": bigEndian = false
            case "big": bigEndian = true
            default: throw VolumeReadError.badHeader(file: file, field: "endian", reason: "expected 'little' or 'big', got '\(endian)'")
            }
        }

        if let skip = fields["byte skip"] ?? fields["byteskip"], skip != "0" {
            throw VolumeReadError.unsupported(file: file, field: "byte skip", value: skip)
        }
        if let skip = fields["line skip"] ?? fields["lineskip"], skip != "0" {
            throw VolumeReadError.unsupported(file: file, field: "line skip", value: skip)
        }

        if let directions = fields["space directions"] {
            spacings = try Self.parseDirections(directions, file: file)
        } else if let text = fields["spacings"] {
            let parts = text.split(separator: " ").map { Double($0) }
            guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2],
                  [a, b, c].allSatisfy({ $0.isFinite && $0 > 0 }) else {
                throw VolumeReadError.badHeader(file: file, field: "spacings", reason: "expected 3 positive numbers, got '\(text)'")
            }
            spacings = SIMD3(a, b, c)
        } else {
            throw VolumeReadError.badHeader(file: file, field: "space directions", reason: "missing (and no 'spacings')")
        }

        if let text = fields["space origin"] {
            let parts = text.trimmingCharacters(in: CharacterSet(charactersIn: "() ")).split(separator: ",")
                .map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 3, let x = parts[0], let y = parts[1], let z = parts[2], x.isFinite, y.isFinite, z.isFinite else {
                throw VolumeReadError.badHeader(file: file, field: "space origin", reason: "expected '(x,y,z)' of finite numbers, got '\(text)'")
            }
            spaceOrigin = SIMD3(x, y, z)
        } else {
            spaceOrigin = .zero
        }

        if let text = fields["space units"] {
            let units = text.split(separator: " ").map { LengthUnit(symbol: $0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))) }
            guard units.count == 3, units.allSatisfy({ $0 != nil }) else {
                throw VolumeReadError.badHeader(file: file, field: "space units", reason: "expected 3 length units, got '\(text)'")
            }
            spaceUnits = units.compactMap { $0 }
        } else {
            spaceUnits = nil
        }
        self.dataOffset = dataOffset
    }

    /// Norms of the three `(x,y,z)` vectors of `space directions`.
    private static func parseDirections(_ text: String, file: String) throws -> SIMD3<Double> {
        let bad = VolumeReadError.badHeader(file: file, field: "space directions",
                                            reason: "expected three vectors '(x,y,z)' of finite, non-zero length, got '\(text)'")
        let vectors = text.split(separator: ")", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard vectors.count == 3 else { throw bad }
        var norms = SIMD3<Double>()
        for (i, v) in vectors.enumerated() {
            guard v.hasPrefix("(") else { throw bad }
            let parts = v.dropFirst().split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 3, let x = parts[0], let y = parts[1], let z = parts[2] else { throw bad }
            let n = (x * x + y * y + z * z).squareRoot()
            guard n.isFinite, n > 0 else { throw bad }
            norms[i] = n
        }
        return norms
    }

    private static let scalarTypes: [String: VoxelScalarType] = {
        var t: [String: VoxelScalarType] = [:]
        for n in ["uchar", "unsigned char", "uint8", "uint8_t"] { t[n] = .uint8 }
        for n in ["signed char", "int8", "int8_t"] { t[n] = .int8 }
        for n in ["short", "short int", "signed short", "signed short int", "int16", "int16_t"] { t[n] = .int16 }
        for n in ["ushort", "unsigned short", "unsigned short int", "uint16", "uint16_t"] { t[n] = .uint16 }
        for n in ["int", "signed int", "int32", "int32_t"] { t[n] = .int32 }
        for n in ["uint", "unsigned int", "uint32", "uint32_t"] { t[n] = .uint32 }
        for n in ["longlong", "long long", "long long int", "signed long long", "signed long long int", "int64", "int64_t"] { t[n] = .int64 }
        for n in ["ulonglong", "unsigned long long", "unsigned long long int", "uint64", "uint64_t"] { t[n] = .uint64 }
        t["float"] = .float32
        t["double"] = .float64
        return t
    }()
}
