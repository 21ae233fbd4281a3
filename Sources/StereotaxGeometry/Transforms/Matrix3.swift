import StereotaxLinearAlgebra

/// A 3 × 3 matrix of `Double`, stored as three columns: the linear part of
/// the frame transforms. Small and fixed-size for speed; anything that
/// factorises, inverts or fits goes through ``StereotaxLinearAlgebra`` (LAPACK).
public struct Matrix3: Hashable, Sendable, CustomStringConvertible {
    public var c0: SIMD3<Double>
    public var c1: SIMD3<Double>
    public var c2: SIMD3<Double>

    @inlinable public init(columns c0: SIMD3<Double>, _ c1: SIMD3<Double>, _ c2: SIMD3<Double>) {
        self.c0 = c0; self.c1 = c1; self.c2 = c2
    }

    /// A matrix from its rows, as written on paper.
    @inlinable public init(rows r0: SIMD3<Double>, _ r1: SIMD3<Double>, _ r2: SIMD3<Double>) {
        self.init(columns: SIMD3(r0.x, r1.x, r2.x), SIMD3(r0.y, r1.y, r2.y), SIMD3(r0.z, r1.z, r2.z))
    }

    @inlinable public init(diagonal d: SIMD3<Double>) {
        self.init(columns: SIMD3(d.x, 0, 0), SIMD3(0, d.y, 0), SIMD3(0, 0, d.z))
    }

    public static let identity = Matrix3(diagonal: SIMD3(1, 1, 1))

    /// The right-handed rotation by `angle` about the unit `axis`
    /// (Rodrigues: R = cos θ I + sin θ [a]× + (1 − cos θ) a aᵀ).
    public static func rotation(about axis: SIMD3<Double>, by angle: Angle) -> Matrix3 {
        let n = (axis * axis).sum().squareRoot()
        precondition(n > 0, "rotation axis must be non-zero")
        let a = axis / n
        let (s, c) = (sinDeg(angle.degrees), cosDeg(angle.degrees))
        let t = 1 - c
        return Matrix3(rows:
            SIMD3(c + a.x * a.x * t, a.x * a.y * t - a.z * s, a.x * a.z * t + a.y * s),
            SIMD3(a.y * a.x * t + a.z * s, c + a.y * a.y * t, a.y * a.z * t - a.x * s),
            SIMD3(a.z * a.x * t - a.y * s, a.z * a.y * t + a.x * s, c + a.z * a.z * t))
    }

    @inlinable public subscript(row: Int, column: Int) -> Double {
        get { column == 0 ? c0[row] : column == 1 ? c1[row] : c2[row] }
        set {
            switch column {
            case 0: c0[row] = newValue
            case 1: c1[row] = newValue
            default: c2[row] = newValue
            }
        }
    }

    @inlinable public var transposed: Matrix3 { Matrix3(rows: c0, c1, c2) }

    /// The determinant (scalar triple product of the columns).
    @inlinable public var determinant: Double {
        let cross = SIMD3(c1.y * c2.z - c1.z * c2.y, c1.z * c2.x - c1.x * c2.z, c1.x * c2.y - c1.y * c2.x)
        return (c0 * cross).sum()
    }

    @inlinable public static func * (m: Matrix3, v: SIMD3<Double>) -> SIMD3<Double> {
        m.c0 * v.x + m.c1 * v.y + m.c2 * v.z
    }

    @inlinable public static func * (a: Matrix3, b: Matrix3) -> Matrix3 {
        Matrix3(columns: a * b.c0, a * b.c1, a * b.c2)
    }

    @inlinable public static func * (m: Matrix3, k: Double) -> Matrix3 {
        Matrix3(columns: m.c0 * k, m.c1 * k, m.c2 * k)
    }

    /// The inverse, through LAPACK (dgetrf/dgecon/dgetri); throws for a
    /// singular or numerically singular matrix.
    public func inverse() throws -> Matrix3 {
        try Matrix3(try matrix.inverse())
    }

    /// As a general LAPACK-ready matrix.
    public var matrix: Matrix {
        Matrix(rows: 3, columns: 3, columnMajor: [c0.x, c0.y, c0.z, c1.x, c1.y, c1.z, c2.x, c2.y, c2.z])
    }

    /// From a 3 × 3 general matrix.
    public init(_ m: Matrix) throws {
        guard m.rows == 3, m.columns == 3 else {
            throw LinearAlgebraError.dimensionMismatch("expected 3×3, got \(m.rows)×\(m.columns)")
        }
        self.init(columns: SIMD3(m[0, 0], m[1, 0], m[2, 0]), SIMD3(m[0, 1], m[1, 1], m[2, 1]), SIMD3(m[0, 2], m[1, 2], m[2, 2]))
    }

    /// The largest absolute element-wise difference.
    public func maxAbsDifference(_ o: Matrix3) -> Double {
        max((c0 - o.c0).maxMagnitude, (c1 - o.c1).maxMagnitude, (c2 - o.c2).maxMagnitude)
    }

    public var description: String {
        (0..<3).map { r in (0..<3).map { String(self[r, $0]) }.joined(separator: "  ") }.joined(separator: "\n")
    }
}

extension SIMD3 where Scalar == Double {
    /// The largest absolute component (the ∞-norm).
    @inlinable public var maxMagnitude: Double { Swift.max(Swift.abs(x), Swift.abs(y), Swift.abs(z)) }
}
