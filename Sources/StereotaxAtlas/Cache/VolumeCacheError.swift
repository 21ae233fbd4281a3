/// Why a cache file could not be written.
public enum VolumeCacheError: Error, Hashable, Sendable, CustomStringConvertible {
    case unwritable(file: String, reason: String)

    public var description: String {
        switch self {
        case let .unwritable(file, reason): "cannot write volume cache \(file): \(reason)"
        }
    }
}
