import StereotaxGeometry

/// One error source: a 3-vector of input errors with a covariance (mm²) and
/// the Jacobian that carries them to the tip (mm per mm).
public struct UncertaintySource: Sendable {
    /// What the error is, e.g. `"landmark: lambda position (AP, ML, DV)"`.
    public var name: String
    /// Covariance of the input errors, mm², in the input's own axes.
    public var covariance: Covariance3
    /// ∂tip/∂input (rows: tip AP, ML, DV in the bregma frame).
    public var jacobian: Matrix3

    public init(name: String, covariance: Covariance3, jacobian: Matrix3) {
        self.name = name
        self.covariance = covariance
        self.jacobian = jacobian
    }

    /// This source's share of the tip covariance, `J Σ Jᵀ`.
    public var tipCovariance: Covariance3 { covariance.propagated(through: jacobian) }
}

/// Independent input errors propagated to the tip through the linearised
/// conversion: `Σ_tip = Σₖ Jₖ Σₖ Jₖᵀ`, and its error ellipsoid.
///
/// Linearisation holds while the errors are small against the curvature of
/// the conversion (the brain surface's, for depth-from-surface records).
public struct TipUncertainty: Sendable {
    public let sources: [UncertaintySource]
    /// The tip's covariance in the bregma frame (AP, ML, DV), mm².
    public let covariance: Covariance3
    public let ellipsoid: ErrorEllipsoid

    public init(sources: [UncertaintySource]) throws(UncertaintyError) {
        self.sources = sources
        covariance = sources.reduce(Covariance3.zero) { $0 + $1.tipCovariance }
        ellipsoid = try ErrorEllipsoid(covariance, field: "tip covariance")
    }

    /// The Jacobian of `f` at `x`, by central differences with step `step` (mm):
    /// column j is (f(x + h·eⱼ) − f(x − h·eⱼ)) / 2h. Exact for affine `f`.
    public static func jacobian(at x: SIMD3<Double>, step: Length = .µm(1),
                                _ f: (SIMD3<Double>) throws -> SIMD3<Double>) throws -> Matrix3 {
        let h = step.millimetres
        guard h.isFinite, h > 0 else { throw UncertaintyError.invalidStep(h) }
        var columns: [SIMD3<Double>] = []
        for j in 0..<3 {
            var e = SIMD3<Double>.zero
            e[j] = h
            columns.append((try f(x + e) - f(x - e)) / (2 * h))
        }
        return Matrix3(columns: columns[0], columns[1], columns[2])
    }
}
