/// Points of frame `F` stored contiguously as interleaved (x, y, z)
/// millimetres: `[x₀, y₀, z₀, x₁, y₁, z₁, …]`, the layout the batch
/// transforms read and write with one matrix product per chunk.
public struct PointBuffer<F: CoordinateFrame>: Hashable, Sendable {
    /// The coordinates, three per point, in millimetres.
    public private(set) var interleavedMillimetres: [Double]

    /// An empty buffer.
    public init() { interleavedMillimetres = [] }

    /// The given points, in order.
    public init(_ points: some Sequence<Point3<F>>) {
        var values: [Double] = []
        values.reserveCapacity(3 * points.underestimatedCount)
        for p in points {
            values.append(p.millimetres.x); values.append(p.millimetres.y); values.append(p.millimetres.z)
        }
        interleavedMillimetres = values
    }

    /// `count` copies of `point`.
    public init(repeating point: Point3<F>, count: Int) {
        self.init(repeatElement(point, count: Swift.max(0, count)))
    }

    /// Points from raw interleaved millimetres. Throws unless the count is a
    /// multiple of three and every value is finite.
    public init(interleavedMillimetres values: [Double]) throws(PointBufferError) {
        guard values.count % 3 == 0 else { throw .incompletePoint(valueCount: values.count) }
        if let i = values.firstIndex(where: { !$0.isFinite }) {
            throw .nonFinite(point: i / 3, axis: F.axisNames[i % 3], value: values[i])
        }
        interleavedMillimetres = values
    }

    /// `count` points written by `initialize`, which must set all 3·count
    /// values of the buffer it is given.
    init(uninitializedCount count: Int, initializingWith initialize: (UnsafeMutableBufferPointer<Double>) -> Void) {
        interleavedMillimetres = [Double](unsafeUninitializedCapacity: 3 * count) { buffer, initialized in
            initialize(buffer)
            initialized = 3 * count
        }
    }

    /// Whether every coordinate is finite.
    public var isFinite: Bool { interleavedMillimetres.allSatisfy(\.isFinite) }

    public mutating func append(_ p: Point3<F>) {
        interleavedMillimetres.append(p.millimetres.x)
        interleavedMillimetres.append(p.millimetres.y)
        interleavedMillimetres.append(p.millimetres.z)
    }

    public mutating func reserveCapacity(_ pointCount: Int) {
        interleavedMillimetres.reserveCapacity(3 * pointCount)
    }

    /// The interleaved coordinates, for reading in place.
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        try interleavedMillimetres.withUnsafeBufferPointer(body)
    }

    /// The interleaved coordinates, for writing in place (the count cannot change).
    public mutating func withUnsafeMutableBufferPointer<R>(_ body: (UnsafeMutableBufferPointer<Double>) throws -> R) rethrows -> R {
        try interleavedMillimetres.withUnsafeMutableBufferPointer { try body($0) }
    }
}

extension PointBuffer: RandomAccessCollection, MutableCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { interleavedMillimetres.count / 3 }

    public subscript(i: Int) -> Point3<F> {
        get {
            Point3(mm: interleavedMillimetres[3 * i], interleavedMillimetres[3 * i + 1], interleavedMillimetres[3 * i + 2])
        }
        set {
            precondition(i >= 0 && i < endIndex, "point index \(i) out of range 0..<\(endIndex)")
            interleavedMillimetres[3 * i] = newValue.millimetres.x
            interleavedMillimetres[3 * i + 1] = newValue.millimetres.y
            interleavedMillimetres[3 * i + 2] = newValue.millimetres.z
        }
    }
}

extension PointBuffer: ExpressibleByArrayLiteral {
    public init(arrayLiteral points: Point3<F>...) { self.init(points) }
}
