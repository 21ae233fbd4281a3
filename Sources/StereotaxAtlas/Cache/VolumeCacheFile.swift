import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The native `*.stxcache` file: a label volume's geometry, its distinct label
/// values and its 16-bit label indices, laid out so the indices can be
/// memory-mapped as they are.
///
/// Layout (little-endian, offsets in bytes):
///
/// | offset | size | field |
/// |---|---|---|
/// | 0 | 8 | magic `STXCACHE` |
/// | 8 | 4 | format version (2) |
/// | 12 | 4 | orientation code, e.g. `PIR` + NUL |
/// | 16 | 24 | sizes (3 × Int64) |
/// | 40 | 24 | voxel size µm (3 × Float64) |
/// | 64 | 8 | source size in bytes (Int64) |
/// | 72 | 8 | source modification time, s since 1970 (Float64) |
/// | 80 | 32 | source SHA-256 |
/// | 112 | 8 | label count L (Int64) |
/// | 120 | 8 | offset of the indices (Int64, a multiple of 64) |
/// | 128 | 24 | centre of voxel (0, 0, 0), mm (3 × Float64) |
/// | 152 | 8·L | label values (Int64) |
/// | indices offset | 2·n₀n₁n₂ | label indices (UInt16), storage order |
struct VolumeCacheFile {
    static let magic = Array("STXCACHE".utf8)
    static let version: UInt32 = 2

    /// What the cache says about the source it was built from.
    struct SourceStamp: Equatable {
        var sizeBytes: Int
        var modificationTime: Double
        var sha256: SHA256Digest
    }

    /// Writes `volume` to `url` atomically (a temporary file renamed into place).
    static func write(_ volume: LabelVolume, source: SourceStamp, to url: URL) throws {
        var header = [UInt8]()
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { header.append(contentsOf: $0) } }
        header += magic
        put(version)
        header += Array(volume.orientation.code.utf8) + [0]
        for i in 0..<3 { put(Int64(volume.sizes[i])) }
        for i in 0..<3 { put(volume.voxelSizeMicrometres[i].bitPattern) }
        put(Int64(source.sizeBytes))
        put(source.modificationTime.bitPattern)
        header += source.sha256.bytes
        put(Int64(volume.labelValues.count))
        let indicesOffset = (152 + 8 * volume.labelValues.count + 63) / 64 * 64
        put(Int64(indicesOffset))
        for i in 0..<3 { put(volume.originMillimetres[i].bitPattern) }
        for v in volume.labelValues { put(Int64(v)) }
        header += [UInt8](repeating: 0, count: indicesOffset - header.count)

        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw VolumeCacheError.unwritable(file: url.path, reason: "cannot create its directory (\(error.localizedDescription))")
        }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let fd = posixCreate(temporary.path)
        guard fd >= 0 else { throw VolumeCacheError.unwritable(file: temporary.path, reason: String(cString: strerror(errno))) }
        var ok = header.withUnsafeBytes { writeAll(fd, $0) }
        ok = ok && volume.withUnsafeLabelIndices { writeAll(fd, UnsafeRawBufferPointer($0)) }
        ok = (close(fd) == 0) && ok
        guard ok, rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw VolumeCacheError.unwritable(file: url.path, reason: reason)
        }
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = posixWrite(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 { if errno == EINTR { continue }; return false }
            offset += n
        }
        return true
    }

    /// Maps the cache at `url`; returns its source stamp and volume, or the
    /// reason it cannot be used (missing, another format version, inconsistent).
    static func open(_ url: URL) -> Result<(SourceStamp, LabelVolume), StaleReason> {
        let fd = posixOpen(url.path, O_RDONLY)
        guard fd >= 0 else { return .failure(.missing) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size >= 152 else { return .failure(.inconsistent("shorter than its header")) }
        let length = Int(info.st_size)
        guard let map = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), map != UnsafeMutableRawPointer(bitPattern: -1) else {
            return .failure(.inconsistent("cannot be memory-mapped"))
        }
        let bytes = UnsafeRawBufferPointer(start: map, count: length)
        func fail(_ why: StaleReason) -> Result<(SourceStamp, LabelVolume), StaleReason> { munmap(map, length); return .failure(why) }
        func int(_ at: Int) -> Int { Int(truncatingIfNeeded: Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: Int64.self))) }
        func double(_ at: Int) -> Double { Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))) }

        guard Array(bytes[0..<8]) == magic else { return fail(.inconsistent("not a StereotaxKit cache")) }
        let version = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        guard version == Self.version else { return fail(.formatVersion(Int(version))) }
        let code = Array(bytes[12..<15])
        guard let orientation = VolumeOrientation(code: String(decoding: code, as: UTF8.self)) else {
            return fail(.inconsistent("orientation"))
        }
        let sizes = SIMD3(int(16), int(24), int(32))
        let voxel = SIMD3(double(40), double(48), double(56))
        let labelCount = int(112), indicesOffset = int(120)
        let origin = SIMD3(double(128), double(136), double(144))
        guard (0..<3).allSatisfy({ sizes[$0] > 0 && sizes[$0] <= 1 << 20 && voxel[$0].isFinite && voxel[$0] > 0 && origin[$0].isFinite }),
              labelCount >= 1, labelCount <= LabelTable.capacity,
              indicesOffset >= 152 + 8 * labelCount, indicesOffset % 64 == 0,
              length == indicesOffset + 2 * sizes.x * sizes.y * sizes.z else {
            return fail(.inconsistent("geometry, label table or length do not agree"))
        }
        let labels = (0..<labelCount).map { int(152 + 8 * $0) }
        guard labels.first == 0 else { return fail(.inconsistent("label table does not start with 0")) }
        let stamp = SourceStamp(sizeBytes: int(64), modificationTime: double(72),
                                sha256: SHA256Digest(bytes: Array(bytes[80..<112])))
        let storage = LabelIndexStorage(mapping: map, length: length, offset: indicesOffset, count: sizes.x * sizes.y * sizes.z)
        return .success((stamp, LabelVolume(sizes: sizes, voxelSizeMicrometres: voxel, orientation: orientation,
                                             originMillimetres: origin, labelValues: labels, storage: storage)))
    }

    /// Why a cache file was not used.
    enum StaleReason: Error, Equatable, CustomStringConvertible {
        case missing
        case formatVersion(Int)
        case inconsistent(String)
        case sourceChanged(String)
        case differentRequest(String)

        var description: String {
            switch self {
            case .missing: "no cache file"
            case let .formatVersion(v): "cache format version \(v), expected \(VolumeCacheFile.version)"
            case let .inconsistent(why): "cache file unusable: \(why)"
            case let .sourceChanged(what): "source changed: \(what)"
            case let .differentRequest(what): "cache built for a different request: \(what)"
            }
        }
    }
}

#if canImport(Glibc)
private let posixWrite = Glibc.write
private func posixOpen(_ path: String, _ flags: Int32) -> Int32 { Glibc.open(path, flags) }
private func posixCreate(_ path: String) -> Int32 { Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
#elseif canImport(Darwin)
private let posixWrite = Darwin.write
private func posixOpen(_ path: String, _ flags: Int32) -> Int32 { Darwin.open(path, flags) }
private func posixCreate(_ path: String) -> Int32 { Darwin.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
#endif

extension VolumeOrientation {
    /// Parses a three-letter code such as `PIR` or `RAS`.
    init?(code: String) {
        let map: [Character: AnatomicalDirection] = ["A": .anterior, "P": .posterior, "L": .left, "R": .right, "S": .dorsal, "I": .ventral]
        let axes = code.compactMap { map[$0] }
        guard code.count == 3, axes.count == 3 else { return nil }
        self.init(axes[0], axes[1], axes[2])
    }
}
