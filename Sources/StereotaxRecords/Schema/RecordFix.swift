import StereotaxJSON

/// A suggested change to one value of a record.
public struct RecordFix: Hashable, Sendable {
    /// The value to change.
    public let path: RecordPath
    /// The new value.
    public let replacement: JSONValue
    /// The change in words, e.g. `write 1.5 as a number`.
    public let summary: String

    public init(path: RecordPath, replacement: JSONValue, summary: String) {
        self.path = path
        self.replacement = replacement
        self.summary = summary
    }

    /// The record with the fix applied (only `path` changes).
    public func apply<R: BrainSTEMRecord>(to record: R) throws(RecordPathError) -> R {
        try record.replacing(path: path, with: replacement)
    }
}
