import Foundation

/// The outputs of one round of batches, each slot written by exactly one worker.
final class BatchResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [([UInt8], [InjectedFault])]

    init(count: Int) { slots = Array(repeating: ([], []), count: count) }

    func store(_ slot: Int, _ value: ([UInt8], [InjectedFault])) {
        lock.lock()
        slots[slot] = value
        lock.unlock()
    }

    func take(_ slot: Int) -> ([UInt8], [InjectedFault]) {
        lock.lock()
        defer { lock.unlock() }
        let value = slots[slot]
        slots[slot] = ([], [])
        return value
    }
}
