import CZlib

/// One-shot gzip compression (zlib's `deflate` with a gzip header) of an
/// in-memory buffer.
enum GzipDeflater {
    /// `bytes` as a gzip member at compression `level` (0–9).
    static func compress(_ bytes: UnsafeRawBufferPointer, level: Int32 = 6, file: String) throws -> [UInt8] {
        var stream = z_stream()
        // windowBits 15 + 16: write a gzip header and trailer.
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                            zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw VolumeWriteError.compressionFailed(file: file, reason: "zlib init failed")
        }
        defer { deflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var offset = 0
        var finished = false
        while !finished {
            let take = min(bytes.count - offset, Int(UInt32.max))
            stream.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress?.advanced(by: offset).assumingMemoryBound(to: Bytef.self))
            stream.avail_in = UInt32(take)
            let flush = offset + take == bytes.count ? Z_FINISH : Z_NO_FLUSH
            repeat {
                let rc = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    return deflate(&stream, flush)
                }
                guard rc == Z_OK || rc == Z_STREAM_END || rc == Z_BUF_ERROR else {
                    throw VolumeWriteError.compressionFailed(file: file, reason: "deflate returned \(rc)")
                }
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                if rc == Z_STREAM_END { finished = true }
            } while stream.avail_out == 0
            offset += take
        }
        return output
    }
}
