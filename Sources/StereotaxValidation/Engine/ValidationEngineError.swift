/// Why a validation run stopped.
public enum ValidationEngineError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The number of records reported differs from the number read: a defect, never expected.
    case recordCountMismatch(recordsIn: Int, recordsOut: Int)
    /// A stream item came with an index out of order: a defect, never expected.
    case indexOutOfOrder(expected: Int, found: Int)
    /// The input could not be read at all (e.g. the file vanished or is unreadable).
    case unreadableInput(String)
    /// A report writer failed (e.g. the disk is full).
    case writeFailed(String)

    public var description: String {
        switch self {
        case let .recordCountMismatch(recordsIn, recordsOut):
            return "read \(recordsIn) records but reported \(recordsOut): refusing to finish with records missing"
        case let .indexOutOfOrder(expected, found):
            return "record \(found) arrived where record \(expected) was expected"
        case let .unreadableInput(reason):
            return "cannot read the input: \(reason)"
        case let .writeFailed(reason):
            return "cannot write the report: \(reason)"
        }
    }
}
