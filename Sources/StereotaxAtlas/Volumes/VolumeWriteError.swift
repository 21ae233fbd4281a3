/// Why a label volume could not be written.
public enum VolumeWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    case compressionFailed(file: String, reason: String)
    case unwritable(file: String, reason: String)

    public var description: String {
        switch self {
        case let .compressionFailed(file, reason): return "\(file): gzip compression failed: \(reason)"
        case let .unwritable(file, reason): return "\(file): cannot write: \(reason)"
        }
    }
}
