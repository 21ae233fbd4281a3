/// Hands values that are only read (or written in disjoint parts) to worker threads.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
