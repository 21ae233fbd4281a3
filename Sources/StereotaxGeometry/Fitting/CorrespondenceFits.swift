import StereotaxLinearAlgebra

/// Checks a correspondence: equal counts, enough finite points, and `from`
/// spreading in at least `dimension` directions.
private func shapes(_ from: [SIMD3<Double>], _ to: [SIMD3<Double>], required: Int, dimension: Int) throws(FitError)
    -> (from: PointCloudShape, to: PointCloudShape)
{
    guard from.count == to.count else { throw .mismatchedCounts(from: from.count, to: to.count) }
    let f = try PointCloudShape(from, set: "from", required: required)
    let t = try PointCloudShape(to, set: "to", required: required)
    try f.require(dimension: dimension, set: "from")
    return (f, t)
}

/// The rotation R maximising tr(Rᵀ H) for the cross-covariance H = Σ yᵢ xᵢᵀ
/// (Kabsch/Umeyama): with H = U S Vᵀ, R = U D Vᵀ where D = diag(1, 1, ±1)
/// makes det R = +1, so a reflection is never returned. Also returns
/// tr(S D), which the similarity scale needs.
private func optimalRotation(from x: Matrix, to y: Matrix) throws(FitError) -> (rotation: Matrix3, traceSD: Double) {
    let svd: (u: Matrix, singularValues: [Double], vt: Matrix)
    do { svd = try y.transposed.multiplied(by: x).singularValueDecomposition() } catch { throw .linearAlgebra(error) }
    let u = Matrix3(threeByThree: svd.u), vt = Matrix3(threeByThree: svd.vt)
    let d: Double = u.determinant * vt.determinant < 0 ? -1 : 1
    let r = u * Matrix3(diagonal: SIMD3(1, 1, d)) * vt
    let s = svd.singularValues
    return (r, s[0] + s[1] + d * s[2])
}

extension Matrix3 {
    /// From a matrix known to be 3 × 3 (here: the SVD factors of a 3 × 3 matrix).
    fileprivate init(threeByThree m: Matrix) {
        self.init(columns: SIMD3(m[0, 0], m[1, 0], m[2, 0]), SIMD3(m[0, 1], m[1, 1], m[2, 1]), SIMD3(m[0, 2], m[1, 2], m[2, 2]))
    }
}

extension RigidTransform3 {
    /// The rigid motion minimising Σ |R·fromᵢ + t − toᵢ|² (Kabsch, via the
    /// LAPACK SVD of the cross-covariance; always a proper rotation). Needs at
    /// least 3 corresponding points, neither set collinear.
    public static func fit(from: [SIMD3<Double>], to: [SIMD3<Double>]) throws(FitError) -> PointFit<RigidTransform3> {
        let (f, t) = try shapes(from, to, required: 3, dimension: 2)
        try t.require(dimension: 2, set: "to")
        let r = try optimalRotation(from: f.centred, to: t.centred).rotation
        let fitted = RigidTransform3(trusted: r, translation: t.centroid - r * f.centroid)
        return PointFit(transform: fitted, from: from, to: to, map: fitted.apply)
    }
}

extension SimilarityTransform3 {
    /// The similarity minimising Σ |s·R·fromᵢ + t − toᵢ|² (Umeyama 1991:
    /// s = tr(S D) / Σ|fromᵢ − from̄|²). Needs at least 3 corresponding
    /// points, neither set collinear.
    public static func fit(from: [SIMD3<Double>], to: [SIMD3<Double>]) throws(FitError) -> PointFit<SimilarityTransform3> {
        let (f, t) = try shapes(from, to, required: 3, dimension: 2)
        try t.require(dimension: 2, set: "to")
        let (r, traceSD) = try optimalRotation(from: f.centred, to: t.centred)
        let spread = f.centred.storage.reduce(0) { $0 + $1 * $1 }
        let s = traceSD / spread
        let fitted = SimilarityTransform3(trusted: s, rotation: r, translation: t.centroid - (r * f.centroid) * s)
        return PointFit(transform: fitted, from: from, to: to, map: fitted.apply)
    }
}

extension AffineTransform3 {
    /// The affine map minimising Σ |A·fromᵢ + t − toᵢ|², by linear least
    /// squares (dgelsd) on the centred `from` coordinates augmented with a
    /// column of ones. Needs at least 4 corresponding points, `from` not
    /// coplanar (the `to` points may be: A is then singular).
    public static func fit(from: [SIMD3<Double>], to: [SIMD3<Double>]) throws(FitError) -> PointFit<AffineTransform3> {
        let (f, _) = try shapes(from, to, required: 4, dimension: 3)
        let n = from.count
        var design = Matrix(rows: n, columns: 4, repeating: 1)
        var targets = Matrix(rows: n, columns: 3)
        for i in 0..<n {
            for k in 0..<3 {
                design[i, k] = f.centred[i, k]
                targets[i, k] = to[i][k]
            }
        }
        let x: Matrix
        do { x = try design.fullRankLeastSquares(targets).solution } catch { throw .linearAlgebra(error) }
        // toⱼ = Σₖ x[k, j]·(fromₖ − from̄ₖ) + x[3, j]
        let a = Matrix3(rows: SIMD3(x[0, 0], x[1, 0], x[2, 0]), SIMD3(x[0, 1], x[1, 1], x[2, 1]), SIMD3(x[0, 2], x[1, 2], x[2, 2]))
        let fitted = AffineTransform3(linear: a, translation: SIMD3(x[3, 0], x[3, 1], x[3, 2]) - a * f.centroid)
        return PointFit(transform: fitted, from: from, to: to, map: fitted.apply)
    }
}

extension FrameTransform {
    /// Fits a `kind` transform from `From` to `To` to corresponding points.
    /// The result's choices name the fit, its point count and RMS residual.
    public static func fit(_ kind: PointFitKind, from: [Point3<From>], to: [Point3<To>]) throws(FitError) -> PointFit<FrameTransform> {
        let p = from.map(\.millimetres), q = to.map(\.millimetres)
        let fit: PointFit<AffineTransform3>
        switch kind {
        case .rigid: fit = try RigidTransform3.fit(from: p, to: q).mapTransform(\.affine)
        case .similarity: fit = try SimilarityTransform3.fit(from: p, to: q).mapTransform(\.affine)
        case .affine: fit = try AffineTransform3.fit(from: p, to: q)
        }
        let choice = "\(kind) fit \(From.frameID) → \(To.frameID) to \(from.count) point pairs, RMS residual \(fit.rootMeanSquareResidual)"
        return fit.mapTransform { FrameTransform($0, choices: [choice]) }
    }
}
