import Foundation

/// Reads bytes in fixed-size chunks from a file or memory, tracking line, column and offset,
/// and captures byte ranges across chunk boundaries. Memory stays at one chunk plus the
/// record being captured.
final class ByteReader {
    enum Source {
        case file(FileHandle, path: String)
        case memory([UInt8])
    }

    private let source: Source
    private let chunkSize: Int
    private var memoryPosition = 0
    private var buffer: [UInt8] = []
    private var index = 0
    /// Bytes dropped before `buffer[0]`.
    private var discarded = 0
    private var atEnd = false
    private var captureStart: Int?
    private var captured: [UInt8] = []
    /// Where file chunks are read to (allocated once), and the file offset read up to.
    private var fileChunk: UnsafeMutableRawBufferPointer?
    private var fileOffset = 0

    private(set) var line = 1
    private var lineStartOffset = 0
    /// The most bytes the buffer has held at once (for tests of constant memory).
    private(set) var peakBufferedBytes = 0
    /// A read error, once one happened (reading stops there).
    private(set) var readError: RecordStreamError?

    init(_ source: Source, chunkSize: Int) {
        self.source = source
        self.chunkSize = max(1, chunkSize)
        if case .file(let handle, _) = source {
            fileChunk = .allocate(byteCount: self.chunkSize, alignment: 16)
            Self.adviseSequential(handle.fileDescriptor)
        }
    }

    deinit {
        if case .file(let handle, _) = source { try? handle.close() }
        fileChunk?.deallocate()
    }

    /// How far past the chunk just read the system is asked to have the file read already.
    private static let readAheadChunks = 16

    /// Tells the system the file is read once, front to back (a larger read-ahead window).
    private static func adviseSequential(_ descriptor: Int32) {
        #if os(Linux)
        _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_SEQUENTIAL)
        #endif
    }

    /// Asks the system to start reading `length` bytes at `offset` into memory now, so that the
    /// reads to come wait on the disk less (a hint: failures are ignored).
    private static func adviseWillNeed(_ descriptor: Int32, offset: Int, length: Int) {
        #if os(Linux)
        _ = posix_fadvise(descriptor, off_t(offset), off_t(length), POSIX_FADV_WILLNEED)
        #endif
    }

    /// Absolute byte offset of the next byte.
    var offset: Int { discarded + index }
    /// 1-based byte column of the next byte.
    var column: Int { offset - lineStartOffset + 1 }

    /// The next byte without consuming it, or `nil` at the end of the input.
    @inline(__always) func peek() -> UInt8? {
        if index < buffer.count { return buffer[index] }
        return refill() ? buffer[index] : nil
    }

    /// Consumes the byte `peek()` returned.
    @inline(__always) func advance() {
        if buffer[index] == 0x0A {
            line += 1
            lineStartOffset = discarded + index + 1
        }
        index += 1
    }

    func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { advance() }
    }

    /// Skips a UTF-8 byte-order mark at the very start.
    func skipByteOrderMark() {
        guard offset == 0, ensureLookahead(3) else { return }
        if buffer[index] == 0xEF, buffer[index + 1] == 0xBB, buffer[index + 2] == 0xBF { index += 3 }
    }

    // MARK: Capture

    func startCapture() {
        captured.removeAll(keepingCapacity: true)
        captureStart = index
    }

    /// The bytes from `startCapture()` to the current position, in an array of their own
    /// exact size (appending to a copy of `captured` would size every record by the capacity
    /// that `captured` reached on the longest record carried across a chunk boundary).
    func endCapture() -> [UInt8] {
        guard let start = captureStart else { return [] }
        captureStart = nil
        let carried = captured.count
        let count = carried + (index - start)
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { output, initialised in
            captured.withUnsafeBufferPointer { _ = output.initialize(fromContentsOf: $0) }
            buffer.withUnsafeBufferPointer { source in
                _ = output[carried...].initialize(fromContentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
            }
            initialised = count
        }
        captured.removeAll(keepingCapacity: true)
        return bytes
    }

    func cancelCapture() {
        captureStart = nil
        captured.removeAll(keepingCapacity: true)
    }

    // MARK: Scanning

    /// Advances over JSON text (strings and nesting respected) until a byte at nesting depth 0
    /// for which `isStop` holds; returns that byte (not consumed), or `nil` at the end of input.
    /// Closing brackets at depth 0 that are no stop are consumed as content.
    func scanValue(until isStop: (UInt8) -> Bool) -> UInt8? {
        var depth = 0
        var inString = false
        var escaped = false
        while true {
            if index == buffer.count, !refill() { return nil }
            let byte = buffer[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                } else if byte == 0x0A {
                    inString = false  // a raw line break ends a (broken) string: keeps damage local
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 {
                        if isStop(byte) { return byte }
                    } else {
                        depth -= 1
                    }
                default:
                    if depth == 0, isStop(byte) { return byte }
                }
            }
            advance()
        }
    }

    /// Advances to the next line feed (not consumed) or the end of input.
    func scanToLineEnd() {
        while true {
            if index == buffer.count, !refill() { return }
            let start = index
            let newline = buffer.withUnsafeBufferPointer { bytes -> Int? in
                // memchr: the C library's word-at-a-time search, far faster than a byte loop on long lines.
                guard let base = bytes.baseAddress, let hit = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
                return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            }
            if let newline {
                index = newline
                return
            }
            index = buffer.count
        }
    }

    // MARK: Look-ahead (format detection)

    /// Makes at least `count` bytes available from the current position, if the input has them.
    @discardableResult
    func ensureLookahead(_ count: Int) -> Bool {
        while buffer.count - index < count {
            guard appendChunk() else { return false }
        }
        return true
    }

    /// Up to `limit` bytes from the current position, reading more chunks while `isEnough`
    /// says the bytes seen so far do not decide yet. Nothing is consumed.
    func lookahead(limit: Int, until isEnough: (ArraySlice<UInt8>) -> Bool) -> ArraySlice<UInt8> {
        while !isEnough(buffer[index...]), buffer.count - index < limit {
            guard appendChunk() else { break }
        }
        return buffer[index...]
    }

    // MARK: Chunks

    /// Drops consumed bytes (keeping a capture's bytes) and reads the next chunk.
    private func refill() -> Bool {
        if let start = captureStart {
            captured.append(contentsOf: buffer[start..<buffer.count])
            captureStart = 0
        }
        discarded += buffer.count
        buffer.removeAll(keepingCapacity: true)
        index = 0
        return appendChunk()
    }

    /// Appends the next chunk to the buffer; `false` at the end of input or after a read error.
    private func appendChunk() -> Bool {
        guard !atEnd else { return false }
        switch source {
        case .memory(let bytes):
            let end = min(bytes.count, memoryPosition + chunkSize)
            guard memoryPosition < end else { atEnd = true; return false }
            buffer.append(contentsOf: bytes[memoryPosition..<end])
            memoryPosition = end
            peakBufferedBytes = max(peakBufferedBytes, buffer.count)
            return true
        case .file(let handle, let path):
            // Straight into a chunk buffer reused from read to read (no new allocation, and no
            // fresh pages to fault in, per chunk), the next chunks already requested from the disk.
            guard let chunk = fileChunk, let start = chunk.baseAddress else { atEnd = true; return false }
            let descriptor = handle.fileDescriptor
            var count: Int
            repeat { count = read(descriptor, start, chunkSize) } while count < 0 && errno == EINTR
            guard count >= 0 else {
                readError = .readFailed(path: path, reason: String(cString: strerror(errno)))
                atEnd = true
                return false
            }
            guard count > 0 else { atEnd = true; return false }
            if fileOffset % (Self.readAheadChunks / 2 * chunkSize) < count {
                Self.adviseWillNeed(descriptor, offset: fileOffset + count, length: Self.readAheadChunks * chunkSize)
            }
            fileOffset += count
            buffer.append(contentsOf: UnsafeRawBufferPointer(start: start, count: count))
            peakBufferedBytes = max(peakBufferedBytes, buffer.count)
            return true
        }
    }
}
