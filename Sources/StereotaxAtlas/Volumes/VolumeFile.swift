import Foundation

/// Reads a whole volume file into memory (memory-mapped where the platform allows).
enum VolumeFile {
    static func bytes(of url: URL) throws -> Data {
        do { return try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw VolumeReadError.unreadable(file: url.path, reason: "\(error.localizedDescription)")
        }
    }

    /// Whether `bytes` start with the gzip magic number 1f 8b.
    static func isGzip(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
    }
}
