import StereotaxLinearAlgebra

/// The centroid and principal axes of a point set, from the SVD (dgesdd) of
/// the centred n × 3 coordinate matrix: the points spread σₖ/√n along axis k.
struct PointCloudShape {
    let count: Int
    let centroid: SIMD3<Double>
    /// The centred coordinates, n × 3.
    let centred: Matrix
    /// σ₁ ≥ σ₂ ≥ σ₃, padded with zeros below three points.
    let singularValues: SIMD3<Double>
    /// The principal directions (rows of Vᵀ), as many as min(n, 3).
    let axes: [SIMD3<Double>]
    /// Below this a singular value counts as zero: relative to σ₁, with an
    /// absolute floor for sets whose spread is rounding noise.
    let zeroThreshold: Double

    /// Relative size below which a spread counts as flat (collinear/coplanar).
    static let relativeTolerance = 1e-9

    /// Checks count and finiteness (naming `set`) and decomposes.
    init(_ points: [SIMD3<Double>], set: String, required: Int) throws(FitError) {
        guard points.count >= required else { throw .tooFewPoints(set: set, count: points.count, required: required) }
        if let i = points.firstIndex(where: { !($0.x.isFinite && $0.y.isFinite && $0.z.isFinite) }) {
            throw .nonFinite(set: set, index: i)
        }
        let n = points.count
        let c = points.reduce(SIMD3<Double>.zero, +) / Double(n)
        var m = Matrix(rows: n, columns: 3)
        var magnitude = 0.0
        for (i, p) in points.enumerated() {
            let d = p - c
            m[i, 0] = d.x; m[i, 1] = d.y; m[i, 2] = d.z
            magnitude = max(magnitude, p.maxMagnitude)
        }
        let svd: (u: Matrix, singularValues: [Double], vt: Matrix)
        do { svd = try m.singularValueDecomposition() } catch { throw .linearAlgebra(error) }
        var s = SIMD3<Double>.zero
        for k in svd.singularValues.indices { s[k] = svd.singularValues[k] }
        count = n
        centroid = c
        centred = m
        singularValues = s
        axes = (0..<svd.vt.rows).map { SIMD3(svd.vt[$0, 0], svd.vt[$0, 1], svd.vt[$0, 2]) }
        zeroThreshold = max(Self.relativeTolerance * s[0], 1e-12 * max(1, magnitude) * Double(n).squareRoot())
    }

    /// The number of independent directions the points spread in (0 to 3).
    var dimension: Int { (0..<3).filter { singularValues[$0] > zeroThreshold }.count }

    /// Throws unless the points span at least `dimension` directions.
    func require(dimension needed: Int, set: String) throws(FitError) {
        let d = dimension
        if d >= needed { return }
        if d == 0 { throw .coincident(set: set) }
        if d == 1 { throw .collinear(set: set, required: 3) }
        throw .coplanar(set: set, required: 4)
    }
}
