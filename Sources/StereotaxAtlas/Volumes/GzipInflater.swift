import CZlib

/// Streaming gzip/zlib decompression (zlib's `inflate`) of an in-memory
/// compressed buffer into caller-supplied output chunks. Concatenated gzip
/// members are decompressed one after another.
final class GzipInflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeRawBufferPointer
    private let file: String
    private var finished = false

    /// - Parameter input: the compressed bytes; must outlive the inflater.
    init(input: UnsafeRawBufferPointer, file: String) throws {
        self.input = input
        self.file = file
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = 0
        // windowBits 15 + 32: accept a gzip or zlib header.
        let rc = inflateInit2_(stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard rc == Z_OK else {
            stream.deallocate()
            throw VolumeReadError.corruptCompressedData(file: file, compressedByteOffset: 0, reason: "zlib init failed (\(rc))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }

    /// Compressed bytes consumed so far.
    private var consumed: Int {
        guard let start = input.baseAddress, let next = stream.pointee.next_in else { return 0 }
        return UnsafeRawPointer(next) - start
    }

    /// Fills `output` with decompressed bytes; returns how many, fewer only at the
    /// end of the stream (0 once it has ended).
    /// - Throws: ``VolumeReadError/truncatedCompressedData(file:compressedBytesRead:)`` when the
    ///   input runs out before the end marker, ``VolumeReadError/corruptCompressedData(file:compressedByteOffset:reason:)``
    ///   when zlib rejects it.
    func read(into output: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !finished, let out = output.baseAddress, output.count > 0 else { return 0 }
        var produced = 0
        while produced < output.count {
            let remainingIn = input.count - consumed
            if stream.pointee.avail_in == 0 && remainingIn > 0 {
                stream.pointee.avail_in = UInt32(min(remainingIn, Int(UInt32.max)))
            }
            let room = min(output.count - produced, Int(UInt32.max))
            stream.pointee.next_out = (out + produced).assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = UInt32(room)
            let rc = inflate(stream, Z_NO_FLUSH)
            produced += room - Int(stream.pointee.avail_out)
            switch rc {
            case Z_OK:
                continue
            case Z_STREAM_END:
                // Another gzip member follows: continue with it; anything else after the
                // end marker is ignored, as gzip does.
                let rest = input.count - consumed
                if rest >= 2, let start = input.baseAddress,
                   start.load(fromByteOffset: consumed, as: UInt8.self) == 0x1f,
                   start.load(fromByteOffset: consumed + 1, as: UInt8.self) == 0x8b {
                    inflateReset(stream)
                    continue
                }
                finished = true
                return produced
            case Z_BUF_ERROR where input.count - consumed == 0 && stream.pointee.avail_in == 0:
                throw VolumeReadError.truncatedCompressedData(file: file, compressedBytesRead: consumed)
            default:
                let reason = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(rc)"
                throw VolumeReadError.corruptCompressedData(file: file, compressedByteOffset: consumed, reason: reason)
            }
        }
        return produced
    }
}
