/// Why raw coordinates could not become a ``PointBuffer``.
public enum PointBufferError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The number of values is not a multiple of three.
    case incompletePoint(valueCount: Int)
    /// A coordinate is NaN or infinite: point index, axis name, the value.
    case nonFinite(point: Int, axis: String, value: Double)

    public var description: String {
        switch self {
        case .incompletePoint(let n): return "\(n) values do not make whole (x, y, z) points; expected a multiple of 3"
        case .nonFinite(let p, let axis, let v): return "point \(p): \(axis) is \(v), expected a finite number of millimetres"
        }
    }

    public static func == (a: PointBufferError, b: PointBufferError) -> Bool {
        switch (a, b) {
        case (.incompletePoint(let x), .incompletePoint(let y)): return x == y
        case (.nonFinite(let p, let s, let v), .nonFinite(let q, let t, let w)):
            return p == q && s == t && (v == w || (v.isNaN && w.isNaN))
        default: return false
        }
    }
}
