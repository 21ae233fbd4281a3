/// One generated record.
public struct GeneratedRecord: Hashable, Sendable {
    public let index: Int
    /// The record's JSON text (compact, one line), or a cut-off line for a malformed record.
    public let bytes: [UInt8]
    /// The record's id as written, if any.
    public let id: String?
    /// The fault injected, if any.
    public let fault: InjectedFault?
}
