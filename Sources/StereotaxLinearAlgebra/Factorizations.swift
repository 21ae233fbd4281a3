import CLAPACK

// Every routine here copies its input (LAPACK overwrites its arguments),
// refuses non-finite input, and turns LAPACK's info code into a
// `LinearAlgebraError`.
//
// Empty matrices are defined, not special-cased by LAPACK: the 0 × 0 matrix
// is the identity of ℝ⁰ (determinant 1, its own inverse, condition number 1),
// and a least-squares or SVD problem with a zero dimension has rank 0, no
// singular values and a zero (minimum-norm) solution.

extension Matrix {
    func requireFinite(_ what: String) throws(LinearAlgebraError) {
        guard isFinite else { throw LinearAlgebraError.nonFiniteInput(what) }
    }

    func requireSquare(_ routine: String) throws(LinearAlgebraError) {
        guard isSquare else { throw LinearAlgebraError.dimensionMismatch("\(routine) needs a square matrix, got \(rows)×\(columns)") }
    }

    /// LU factorisation with partial pivoting (dgetrf) of a square matrix:
    /// the packed factors, the pivots, and the 1-norm of the input.
    func luFactorization() throws(LinearAlgebraError) -> (lu: Matrix, pivots: [Int32], oneNorm: Double) {
        try requireSquare("dgetrf")
        try requireFinite("dgetrf input")
        if rows == 0 { return (self, [], 0) }
        let n = Int32(rows)
        var a = self
        var ipiv = [Int32](repeating: 0, count: rows)
        let anorm = (0..<columns).map { j in (0..<rows).reduce(0) { $0 + abs(self[$1, j]) } }.max() ?? 0
        let info = a.storage.withUnsafeMutableBufferPointer { ab in
            LAPACKE_dgetrf(LAPACK_COL_MAJOR, n, n, ab.baseAddress, max(1, n), &ipiv)
        }
        if let e = LinearAlgebraError.check(info, routine: "dgetrf", positive: { .singular(pivot: $0) }) { throw e }
        return (a, ipiv, anorm)
    }

    /// Estimated reciprocal condition number in the 1-norm (dgetrf + dgecon):
    /// near 1 for a well-conditioned matrix, near 0 for a nearly singular one,
    /// exactly 0 for a singular one.
    public func reciprocalConditionNumber() throws(LinearAlgebraError) -> Double {
        try requireSquare("dgecon")
        try requireFinite("dgecon input")
        if rows == 0 { return 1 }
        let f: (lu: Matrix, pivots: [Int32], oneNorm: Double)
        do { f = try luFactorization() } catch LinearAlgebraError.singular { return 0 }
        var rcond = 0.0
        let n = Int32(rows)
        var lu = f.lu
        let info = lu.storage.withUnsafeMutableBufferPointer { ab in
            LAPACKE_dgecon(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "1")), n, ab.baseAddress, max(1, n), f.oneNorm, &rcond)
        }
        if let e = LinearAlgebraError.check(info, routine: "dgecon", positive: { .notConverged(routine: "dgecon", info: $0) }) { throw e }
        return rcond
    }

    /// The determinant, from the LU factorisation (dgetrf): the product of
    /// U's diagonal, negated once per row interchange. Zero for a singular matrix.
    public func determinant() throws(LinearAlgebraError) -> Double {
        let f: (lu: Matrix, pivots: [Int32], oneNorm: Double)
        do { f = try luFactorization() } catch LinearAlgebraError.singular { return 0 }
        var det = 1.0
        for i in 0..<rows {
            det *= f.lu[i, i]
            if f.pivots[i] != Int32(i + 1) { det = -det }
        }
        return det
    }

    /// The inverse (dgetrf, dgecon, dgetri). Throws `.singular` for an exactly
    /// singular matrix and `.illConditioned` when the reciprocal condition
    /// number is below machine epsilon, where the inverse would be noise.
    public func inverse() throws(LinearAlgebraError) -> Matrix {
        var f = try luFactorization()
        if rows == 0 { return self }
        let n = Int32(rows)
        var rcond = 0.0
        let cinfo = f.lu.storage.withUnsafeMutableBufferPointer { ab in
            LAPACKE_dgecon(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "1")), n, ab.baseAddress, max(1, n), f.oneNorm, &rcond)
        }
        if let e = LinearAlgebraError.check(cinfo, routine: "dgecon", positive: { .notConverged(routine: "dgecon", info: $0) }) { throw e }
        if rcond < Double.ulpOfOne { throw LinearAlgebraError.illConditioned(reciprocalCondition: rcond) }
        let info = f.lu.storage.withUnsafeMutableBufferPointer { ab in
            LAPACKE_dgetri(LAPACK_COL_MAJOR, n, ab.baseAddress, max(1, n), &f.pivots)
        }
        if let e = LinearAlgebraError.check(info, routine: "dgetri", positive: { .singular(pivot: $0) }) { throw e }
        return f.lu
    }

    /// Solves `self · X = b` for square `self` (dgesv). `b` may have several
    /// columns. Throws `.singular` or `.illConditioned` like ``inverse()``.
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        try requireSquare("dgesv")
        guard b.rows == rows else { throw LinearAlgebraError.dimensionMismatch("dgesv: A is \(rows)×\(columns), b has \(b.rows) rows") }
        try b.requireFinite("dgesv right-hand side")
        let rcond = try reciprocalConditionNumber()
        if rcond == 0 { _ = try luFactorization() } // rethrows .singular with its pivot
        if rcond < Double.ulpOfOne { throw LinearAlgebraError.illConditioned(reciprocalCondition: rcond) }
        if rows == 0 || b.columns == 0 { return Matrix(rows: rows, columns: b.columns) }
        var a = self
        var x = b
        var ipiv = [Int32](repeating: 0, count: rows)
        let n = Int32(rows)
        let info = a.storage.withUnsafeMutableBufferPointer { ab in
            x.storage.withUnsafeMutableBufferPointer { xb in
                LAPACKE_dgesv(LAPACK_COL_MAJOR, n, Int32(b.columns), ab.baseAddress, max(1, n), &ipiv, xb.baseAddress, max(1, n))
            }
        }
        if let e = LinearAlgebraError.check(info, routine: "dgesv", positive: { .singular(pivot: $0) }) { throw e }
        return x
    }

    /// Solves `self · x = b` for a vector `b`.
    public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solve(Matrix(rows: b.count, columns: 1, columnMajor: b)).storage
    }

    /// Minimum-norm least-squares solution of `self · X ≈ b` (dgelsd, SVD
    /// based), with the effective rank (singular values below
    /// `rcond · σ_max` count as zero; `nil` means machine precision).
    public func leastSquares(_ b: Matrix, rcond: Double? = nil) throws(LinearAlgebraError) -> (solution: Matrix, rank: Int, singularValues: [Double]) {
        guard b.rows == rows else { throw LinearAlgebraError.dimensionMismatch("dgelsd: A is \(rows)×\(columns), b has \(b.rows) rows") }
        try requireFinite("dgelsd matrix")
        try b.requireFinite("dgelsd right-hand side")
        if rows == 0 || columns == 0 { return (Matrix(rows: columns, columns: b.columns), 0, []) }
        if b.columns == 0 {
            // No right-hand side: rank and singular values of `self` still stand.
            let r = try leastSquares(Matrix(rows: rows, columns: 1), rcond: rcond)
            return (Matrix(rows: columns, columns: 0), r.rank, r.singularValues)
        }
        let m = Int32(rows), n = Int32(columns), nrhs = Int32(b.columns)
        let ldb = max(1, max(m, n))
        var a = self
        // b is padded to max(m, n) rows: dgelsd writes the n-row solution into it.
        var bb = [Double](repeating: 0, count: Int(ldb) * b.columns)
        for j in 0..<b.columns { for i in 0..<b.rows { bb[i + j * Int(ldb)] = b[i, j] } }
        var s = [Double](repeating: 0, count: Int(min(m, n)))
        var rank: Int32 = 0
        let info = a.storage.withUnsafeMutableBufferPointer { ab in
            LAPACKE_dgelsd(LAPACK_COL_MAJOR, m, n, nrhs, ab.baseAddress, max(1, m), &bb, ldb, &s, rcond ?? -1, &rank)
        }
        if let e = LinearAlgebraError.check(info, routine: "dgelsd", positive: { .notConverged(routine: "dgelsd", info: $0) }) { throw e }
        var x = Matrix(rows: columns, columns: b.columns)
        for j in 0..<b.columns { for i in 0..<columns { x[i, j] = bb[i + j * Int(ldb)] } }
        return (x, Int(rank), s)
    }

    /// Least squares as ``leastSquares(_:rcond:)`` for a problem that must
    /// have a unique solution: throws `.rankDeficient` when the effective rank
    /// is below min(m, n).
    public func fullRankLeastSquares(_ b: Matrix, rcond: Double? = nil) throws(LinearAlgebraError) -> (solution: Matrix, singularValues: [Double]) {
        let r = try leastSquares(b, rcond: rcond)
        let required = Swift.min(rows, columns)
        guard r.rank == required else { throw LinearAlgebraError.rankDeficient(rank: r.rank, required: required) }
        return (r.solution, r.singularValues)
    }

    /// Thin singular value decomposition `self = U · diag(σ) · Vᵀ` (dgesdd),
    /// σ in descending order. U is m×k, Vᵀ is k×n with k = min(m, n).
    public func singularValueDecomposition() throws(LinearAlgebraError) -> (u: Matrix, singularValues: [Double], vt: Matrix) {
        try requireFinite("dgesdd input")
        let m = Int32(rows), n = Int32(columns), k = min(m, n)
        var a = self
        var s = [Double](repeating: 0, count: Int(k))
        var u = Matrix(rows: rows, columns: Int(k))
        var vt = Matrix(rows: Int(k), columns: columns)
        if k == 0 { return (u, s, vt) }
        let info = a.storage.withUnsafeMutableBufferPointer { ab in
            u.storage.withUnsafeMutableBufferPointer { ub in
                vt.storage.withUnsafeMutableBufferPointer { vb in
                    LAPACKE_dgesdd(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "S")), m, n, ab.baseAddress, max(1, m), &s,
                                   ub.baseAddress, max(1, m), vb.baseAddress, max(1, k))
                }
            }
        }
        if let e = LinearAlgebraError.check(info, routine: "dgesdd", positive: { .notConverged(routine: "dgesdd", info: $0) }) { throw e }
        return (u, s, vt)
    }

    /// The 2-norm condition number σ_max / σ_min over the min(m, n) singular
    /// values (from the SVD); infinite for a rank-deficient matrix, 1 for a
    /// matrix with no singular values (a zero dimension).
    public func conditionNumber() throws(LinearAlgebraError) -> Double {
        let s = try singularValueDecomposition().singularValues
        guard let hi = s.first, let lo = s.last else { return 1 }
        return lo == 0 ? .infinity : hi / lo
    }

    /// Eigen-decomposition of a symmetric matrix (dsyevd): eigenvalues in
    /// ascending order and the orthonormal eigenvectors as columns. Throws
    /// `.notSymmetric` when some |aᵢⱼ − aⱼᵢ| exceeds `symmetryTolerance`
    /// times the largest |aᵢⱼ| (the upper triangle is not silently ignored).
    public func symmetricEigen(symmetryTolerance: Double = 1e-12) throws(LinearAlgebraError) -> (values: [Double], vectors: Matrix) {
        try requireSquare("dsyevd")
        try requireFinite("dsyevd input")
        let scale = storage.reduce(0) { Swift.max($0, abs($1)) }
        var asymmetry = 0.0
        for j in 0..<columns { for i in (j + 1)..<rows { asymmetry = Swift.max(asymmetry, abs(self[i, j] - self[j, i])) } }
        guard asymmetry <= symmetryTolerance * scale else { throw LinearAlgebraError.notSymmetric(maxAsymmetry: asymmetry) }
        if rows == 0 { return ([], self) }
        let n = Int32(rows)
        var a = self
        var w = [Double](repeating: 0, count: rows)
        let info = a.storage.withUnsafeMutableBufferPointer { ab in
            LAPACKE_dsyevd(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "V")), CChar(UInt8(ascii: "L")), n, ab.baseAddress, max(1, n), &w)
        }
        if let e = LinearAlgebraError.check(info, routine: "dsyevd", positive: { .notConverged(routine: "dsyevd", info: $0) }) { throw e }
        return (w, a)
    }
}
