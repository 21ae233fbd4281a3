/// Turns a volume file's voxel bytes, fed in chunks of any size, into 16-bit
/// label indices and the table of distinct label values.
///
/// Voxels are compared as raw bit patterns and decoded (byte order, type) only
/// when a bit pattern is first seen, so the inner loop is a load and a compare.
struct VoxelDataDecoder {
    let file: String
    let type: VoxelScalarType
    let bigEndian: Bool
    let voxelCount: Int
    private(set) var written = 0
    private var output: UnsafeMutablePointer<UInt16>?
    private var table = LabelTable()
    private var indexOfRaw: [UInt64: UInt16] = [0: 0]
    private var lastRaw: UInt64 = 0
    private var lastIndex: UInt16 = 0
    /// Bytes of a voxel split across two chunks.
    private var carry: [UInt8] = []

    init(file: String, type: VoxelScalarType, bigEndian: Bool, voxelCount: Int) {
        self.file = file
        self.type = type
        self.bigEndian = bigEndian
        self.voxelCount = voxelCount
        output = .allocate(capacity: voxelCount)
    }

    var expectedBytes: Int { voxelCount * type.byteWidth }
    var isComplete: Bool { written == voxelCount }

    /// Frees the output after a failure.
    mutating func discard() {
        output?.deallocate()
        output = nil
    }

    /// Decodes `bytes`; returns how many it used (fewer than given only once all voxels are read).
    @discardableResult
    mutating func consume(_ bytes: UnsafeRawBufferPointer) throws -> Int {
        guard let out = output, bytes.count > 0, written < voxelCount else { return 0 }
        let width = type.byteWidth
        var used = 0
        if !carry.isEmpty {
            let take = min(width - carry.count, bytes.count)
            carry.append(contentsOf: bytes[0..<take])
            used = take
            guard carry.count == width else { return used }
            let raw = carry.withUnsafeBytes { Self.loadRaw($0.baseAddress!, width) }
            out[written] = try index(ofRaw: raw, voxel: written)
            written += 1
            carry.removeAll(keepingCapacity: true)
        }
        let base = bytes.baseAddress! + used
        let whole = min((bytes.count - used) / width, voxelCount - written)
        try decode(base, count: whole, into: out + written)
        written += whole
        used += whole * width
        if written < voxelCount && used < bytes.count {
            carry.append(contentsOf: bytes[used...])
            used = bytes.count
        }
        return used
    }

    /// The finished indices and table; throws when fewer voxels than expected arrived.
    mutating func finish() throws -> (labelValues: [Int], storage: LabelIndexStorage) {
        guard let out = output, written == voxelCount else {
            let got = written * type.byteWidth + carry.count
            discard()
            throw VolumeReadError.truncatedData(file: file, expectedBytes: expectedBytes, actualBytes: got)
        }
        output = nil
        return (table.values, LabelIndexStorage(adopting: out, count: voxelCount))
    }

    private static func loadRaw(_ p: UnsafeRawPointer, _ width: Int) -> UInt64 {
        switch width {
        case 1: UInt64(p.load(as: UInt8.self))
        case 2: UInt64(p.loadUnaligned(as: UInt16.self))
        case 4: UInt64(p.loadUnaligned(as: UInt32.self))
        default: p.loadUnaligned(as: UInt64.self)
        }
    }

    private mutating func index(ofRaw raw: UInt64, voxel: Int) throws -> UInt16 {
        if raw == lastRaw { return lastIndex }
        let index: UInt16
        if let known = indexOfRaw[raw] {
            index = known
        } else {
            guard let value = type.label(ofRaw: raw, bigEndian: bigEndian) else {
                throw VolumeReadError.notALabel(file: file, voxel: voxel, value: type.value(ofRaw: raw, bigEndian: bigEndian))
            }
            guard let i = table.index(of: value) else {
                throw VolumeReadError.tooManyLabels(file: file, distinctLabels: LabelTable.capacity + 1, limit: LabelTable.capacity)
            }
            index = i
            indexOfRaw[raw] = i
        }
        lastRaw = raw
        lastIndex = index
        return index
    }

    /// The hot loop, one copy per width so each is a plain load and compare
    /// (the current run's bit pattern and index are kept in locals).
    private mutating func decode(_ p: UnsafeRawPointer, count: Int, into out: UnsafeMutablePointer<UInt16>) throws {
        let first = written
        var runRaw = lastRaw, runIndex = lastIndex
        var i = 0
        switch type.byteWidth {
        case 1:
            let q = p.assumingMemoryBound(to: UInt8.self)
            while i < count {
                let raw = UInt64(q[i])
                if raw != runRaw { runIndex = try index(ofRaw: raw, voxel: first + i); runRaw = raw }
                out[i] = runIndex
                i &+= 1
            }
        case 2:
            while i < count {
                let raw = UInt64(p.loadUnaligned(fromByteOffset: i &<< 1, as: UInt16.self))
                if raw != runRaw { runIndex = try index(ofRaw: raw, voxel: first + i); runRaw = raw }
                out[i] = runIndex
                i &+= 1
            }
        case 4:
            while i < count {
                let raw = UInt64(p.loadUnaligned(fromByteOffset: i &<< 2, as: UInt32.self))
                if raw != runRaw { runIndex = try index(ofRaw: raw, voxel: first + i); runRaw = raw }
                out[i] = runIndex
                i &+= 1
            }
        default:
            while i < count {
                let raw = p.loadUnaligned(fromByteOffset: i &<< 3, as: UInt64.self)
                if raw != runRaw { runIndex = try index(ofRaw: raw, voxel: first + i); runRaw = raw }
                out[i] = runIndex
                i &+= 1
            }
        }
    }
}

extension VoxelDataDecoder {
    /// The most voxels a volume may have (2³¹: 4 GiB of label indices), so that a
    /// header cannot ask for an absurd allocation.
    static let maximumVoxelCount = 1 << 31

    /// Throws ``VolumeReadError/unsupported(file:field:value:)`` for more voxels than ``maximumVoxelCount``.
    static func checkVoxelCount(_ sizes: SIMD3<Int>, file: String, field: String) throws {
        let limit = maximumVoxelCount
        guard sizes.x <= limit, sizes.y <= limit, sizes.z <= limit,
              sizes.x * sizes.y <= limit, sizes.x * sizes.y * sizes.z <= limit else {
            throw VolumeReadError.unsupported(file: file, field: field,
                                              value: "\(sizes.x) × \(sizes.y) × \(sizes.z) voxels, more than \(limit)")
        }
    }

    /// Decodes an uncompressed data block that must hold exactly the voxels.
    static func decodeRaw(_ data: UnsafeRawBufferPointer, file: String, type: VoxelScalarType, bigEndian: Bool,
                          voxelCount: Int) throws -> (labelValues: [Int], storage: LabelIndexStorage) {
        let expected = voxelCount * type.byteWidth
        guard data.count == expected else {
            if data.count < expected {
                throw VolumeReadError.truncatedData(file: file, expectedBytes: expected, actualBytes: data.count)
            }
            throw VolumeReadError.badHeader(file: file, field: "sizes",
                                            reason: "data holds \(data.count) bytes, more than the \(expected) the sizes and type give")
        }
        var decoder = VoxelDataDecoder(file: file, type: type, bigEndian: bigEndian, voxelCount: voxelCount)
        do { try decoder.consume(data) } catch { decoder.discard(); throw error }
        return try decoder.finish()
    }

    /// Decodes the rest of a gzip stream, which must hold exactly the voxels.
    static func decodeInflating(_ inflater: GzipInflater, file: String, type: VoxelScalarType, bigEndian: Bool,
                                voxelCount: Int) throws -> (labelValues: [Int], storage: LabelIndexStorage) {
        var decoder = VoxelDataDecoder(file: file, type: type, bigEndian: bigEndian, voxelCount: voxelCount)
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        do {
            var total = 0
            while true {
                let n = try inflater.read(into: chunk)
                if n == 0 { break }
                total += n
                try decoder.consume(UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
            }
            if total > decoder.expectedBytes {
                throw VolumeReadError.badHeader(file: file, field: "sizes",
                                                reason: "data holds \(total) bytes, more than the \(decoder.expectedBytes) the sizes and type give")
            }
        } catch { decoder.discard(); throw error }
        return try decoder.finish()
    }
}
