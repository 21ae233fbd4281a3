import CLAPACK

extension Matrix {
    /// The product `self · other` (cblas_dgemm). An inner dimension of zero
    /// gives the zero matrix; non-finite operands are refused.
    public func multiplied(by other: Matrix) throws(LinearAlgebraError) -> Matrix {
        guard columns == other.rows else {
            throw LinearAlgebraError.dimensionMismatch("\(rows)×\(columns) · \(other.rows)×\(other.columns)")
        }
        try requireFinite("dgemm left operand")
        try other.requireFinite("dgemm right operand")
        var c = Matrix(rows: rows, columns: other.columns)
        guard rows > 0, other.columns > 0, columns > 0 else { return c }
        storage.withUnsafeBufferPointer { ab in
            other.storage.withUnsafeBufferPointer { bb in
                c.storage.withUnsafeMutableBufferPointer { cb in
                    cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, Int32(rows), Int32(other.columns), Int32(columns),
                                1, ab.baseAddress, Int32(rows), bb.baseAddress, Int32(other.rows), 0, cb.baseAddress, Int32(rows))
                }
            }
        }
        return c
    }

    /// The product `self · v` (cblas_dgemv).
    public func multiplied(by v: [Double]) throws(LinearAlgebraError) -> [Double] {
        guard columns == v.count else { throw LinearAlgebraError.dimensionMismatch("\(rows)×\(columns) · vector of \(v.count)") }
        try requireFinite("dgemv matrix")
        guard v.allSatisfy(\.isFinite) else { throw LinearAlgebraError.nonFiniteInput("dgemv vector") }
        var y = [Double](repeating: 0, count: rows)
        guard rows > 0, columns > 0 else { return y }
        storage.withUnsafeBufferPointer { ab in
            cblas_dgemv(CblasColMajor, CblasNoTrans, Int32(rows), Int32(columns), 1, ab.baseAddress, Int32(rows), v, 1, 0, &y, 1)
        }
        return y
    }
}
