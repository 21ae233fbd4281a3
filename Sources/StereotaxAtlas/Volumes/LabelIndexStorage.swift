#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Immutable 16-bit label indices, either owned (allocated) or a read-only
/// memory mapping of a cache file; freed or unmapped when the last volume
/// using them goes away.
final class LabelIndexStorage: @unchecked Sendable {
    enum Owner {
        case allocated(UnsafeMutablePointer<UInt16>)
        /// `mmap`ed region (base, length in bytes) that contains the indices.
        case mapped(UnsafeMutableRawPointer, Int)
    }

    let base: UnsafePointer<UInt16>
    let count: Int
    private let owner: Owner

    /// Takes ownership of `pointer` (allocated for `count` elements, initialised).
    init(adopting pointer: UnsafeMutablePointer<UInt16>, count: Int) {
        base = UnsafePointer(pointer)
        self.count = count
        owner = .allocated(pointer)
    }

    /// Indices at `offset` bytes into a mapping it takes ownership of.
    init(mapping: UnsafeMutableRawPointer, length: Int, offset: Int, count: Int) {
        base = UnsafePointer((mapping + offset).assumingMemoryBound(to: UInt16.self))
        self.count = count
        owner = .mapped(mapping, length)
    }

    var buffer: UnsafeBufferPointer<UInt16> { UnsafeBufferPointer(start: base, count: count) }

    var isMemoryMapped: Bool { if case .mapped = owner { true } else { false } }

    deinit {
        switch owner {
        case let .allocated(p): p.deallocate()
        case let .mapped(p, length): munmap(p, length)
        }
    }
}
