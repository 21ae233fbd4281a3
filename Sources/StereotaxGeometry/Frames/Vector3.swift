/// A displacement or direction in frame `F`, in millimetres.
public struct Vector3<F: CoordinateFrame>: Hashable, Sendable {
    public var millimetres: SIMD3<Double>

    @inlinable public init(millimetres: SIMD3<Double>) { self.millimetres = millimetres }
    @inlinable public init(mm a: Double, _ b: Double, _ c: Double) { self.millimetres = SIMD3(a, b, c) }

    /// Euclidean length.
    @inlinable public var length: Length { .mm((millimetres * millimetres).sum().squareRoot()) }

    /// The unit vector in the same direction, or `nil` for a zero or non-finite vector.
    @inlinable public var normalized: Vector3? {
        let n = (millimetres * millimetres).sum().squareRoot()
        guard n > 0, n.isFinite else { return nil }
        return Vector3(millimetres: millimetres / n)
    }

    @inlinable public func dot(_ o: Vector3) -> Double { (millimetres * o.millimetres).sum() }
    @inlinable public static func * (v: Vector3, k: Double) -> Vector3 { Vector3(millimetres: v.millimetres * k) }
    @inlinable public static func * (v: Vector3, k: Length) -> Vector3 { Vector3(millimetres: v.millimetres * k.millimetres) }
    @inlinable public static func + (a: Vector3, b: Vector3) -> Vector3 { Vector3(millimetres: a.millimetres + b.millimetres) }
    @inlinable public static prefix func - (a: Vector3) -> Vector3 { Vector3(millimetres: -a.millimetres) }
}
