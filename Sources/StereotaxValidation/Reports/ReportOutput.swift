import Foundation

/// A destination for report bytes, buffered: a file (never the input) or standard output.
public final class ReportOutput {
    private let handle: FileHandle
    private let closesHandle: Bool
    private var buffer: [UInt8] = []
    private let capacity: Int
    /// Where the bytes go, for error messages.
    public let name: String

    /// A new file at `url` (replaced if it exists).
    public init(creating url: URL, capacity: Int = 1 << 20) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw ValidationEngineError.writeFailed("cannot create \(url.path)")
        }
        self.handle = try FileHandle(forWritingTo: url)
        self.closesHandle = true
        self.capacity = capacity
        self.name = url.path
        buffer.reserveCapacity(capacity)
    }

    /// An open handle (e.g. standard output), left open by ``close()``.
    public init(handle: FileHandle, name: String, capacity: Int = 1 << 16) {
        self.handle = handle
        self.closesHandle = false
        self.capacity = capacity
        self.name = name
        buffer.reserveCapacity(capacity)
    }

    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    public func write(_ text: String) throws { try write(Array(text.utf8)) }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch {
            throw ValidationEngineError.writeFailed("\(name): \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, and closes the file if this output opened it.
    public func close() throws {
        try flush()
        if closesHandle { try handle.close() }
    }
}
