/// A transform fitted to point correspondences, with how well it fits.
public struct PointFit<Transform: Sendable>: Sendable {
    /// The least-squares transform mapping the `from` points onto the `to` points.
    public let transform: Transform
    /// |T(fromᵢ) − toᵢ| for each correspondence, in input order.
    public let residuals: [Length]
    /// √(mean of the squared residuals).
    public let rootMeanSquareResidual: Length

    init(transform: Transform, residuals: [Length]) {
        self.transform = transform
        self.residuals = residuals
        let sumOfSquares = residuals.reduce(0) { $0 + $1.millimetres * $1.millimetres }
        rootMeanSquareResidual = .mm(residuals.isEmpty ? 0 : (sumOfSquares / Double(residuals.count)).squareRoot())
    }

    init(transform: Transform, from: [SIMD3<Double>], to: [SIMD3<Double>], map: (SIMD3<Double>) -> SIMD3<Double>) {
        self.init(transform: transform, residuals: zip(from, to).map { p, q in
            let d = map(p) - q
            return .mm((d * d).sum().squareRoot())
        })
    }

    /// The same fit with the transform re-expressed (e.g. as a typed frame map).
    func mapTransform<T>(_ f: (Transform) -> T) -> PointFit<T> {
        PointFit<T>(transform: f(transform), residuals: residuals)
    }
}

/// The family of transform a correspondence fit looks for.
public enum PointFitKind: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Rotation and translation (6 degrees of freedom); ≥ 3 non-collinear points.
    case rigid
    /// Uniform scale, rotation and translation (7); ≥ 3 non-collinear points.
    case similarity
    /// General linear map and translation (12); ≥ 4 non-coplanar points.
    case affine

    public var description: String { rawValue }
}
