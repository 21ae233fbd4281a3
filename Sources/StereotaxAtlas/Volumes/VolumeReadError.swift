/// Why a volume file cannot be read. Every case names the file and says what
/// was expected where; no input makes the readers crash.
public enum VolumeReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file cannot be opened or read.
    case unreadable(file: String, reason: String)
    /// A header field is missing or malformed.
    case badHeader(file: String, field: String, reason: String)
    /// A well-formed header asks for something these readers do not do.
    case unsupported(file: String, field: String, value: String)
    /// The (decompressed) voxel data is shorter than the header says.
    case truncatedData(file: String, expectedBytes: Int, actualBytes: Int)
    /// The gzip stream ends before its end marker.
    case truncatedCompressedData(file: String, compressedBytesRead: Int)
    /// zlib rejected the compressed bytes.
    case corruptCompressedData(file: String, compressedByteOffset: Int, reason: String)
    /// A voxel holds a value that is not a label (NaN, infinite or fractional).
    case notALabel(file: String, voxel: Int, value: Double)
    /// More distinct labels than the 16-bit index table holds.
    case tooManyLabels(file: String, distinctLabels: Int, limit: Int)

    public var description: String {
        switch self {
        case let .unreadable(file, reason): "\(file): cannot read: \(reason)"
        case let .badHeader(file, field, reason): "\(file): header field '\(field)': \(reason)"
        case let .unsupported(file, field, value): "\(file): unsupported \(field) '\(value)'"
        case let .truncatedData(file, expected, actual):
            "\(file): voxel data truncated: header needs \(expected) bytes, file gives \(actual)"
        case let .truncatedCompressedData(file, read):
            "\(file): gzip stream truncated after \(read) compressed bytes (no end marker)"
        case let .corruptCompressedData(file, offset, reason):
            "\(file): corrupt gzip data near compressed byte \(offset): \(reason)"
        case let .notALabel(file, voxel, value): "\(file): voxel \(voxel) holds \(value), not an integer label"
        case let .tooManyLabels(file, count, limit):
            "\(file): \(count) distinct labels, more than the \(limit) a 16-bit label index holds"
        }
    }
}
