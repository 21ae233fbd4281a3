/// Failures reported by LAPACK, as typed errors instead of crashes or NaNs.
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The matrix is exactly singular: U(pivot, pivot) is zero (1-based, as LAPACK reports it).
    case singular(pivot: Int)
    /// The matrix is numerically singular: its reciprocal condition number
    /// (1-norm estimate from dgecon) is below machine epsilon.
    case illConditioned(reciprocalCondition: Double)
    /// The matrix is not of full rank where full rank is required.
    case rankDeficient(rank: Int, required: Int)
    /// An iterative algorithm (SVD, eigen-decomposition) did not converge.
    case notConverged(routine: String, info: Int)
    /// LAPACK rejected argument number `argument` (1-based) of `routine`.
    case badArgument(routine: String, argument: Int)
    /// A matrix that must be symmetric is not: the largest |aᵢⱼ − aⱼᵢ|.
    case notSymmetric(maxAsymmetry: Double)
    /// The shapes of the operands do not fit the operation.
    case dimensionMismatch(String)
    /// An input contains NaN or an infinity.
    case nonFiniteInput(String)

    public var description: String {
        switch self {
        case .singular(let p): return "matrix is singular (zero pivot at \(p))"
        case .illConditioned(let rc): return "matrix is numerically singular (reciprocal condition \(rc))"
        case .rankDeficient(let r, let req): return "matrix has rank \(r), need \(req)"
        case .notConverged(let r, let i): return "\(r) did not converge (info \(i))"
        case .badArgument(let r, let a): return "\(r): illegal value in argument \(a)"
        case .notSymmetric(let d): return "matrix is not symmetric (largest |aij - aji| is \(d))"
        case .dimensionMismatch(let s): return "dimension mismatch: \(s)"
        case .nonFiniteInput(let s): return "non-finite input: \(s)"
        }
    }

    /// Maps a LAPACK `info` code to an error, or `nil` when `info == 0`.
    /// Negative info is a bad argument; positive info is routine-specific.
    static func check(_ info: Int32, routine: String, positive: (Int) -> LinearAlgebraError) -> LinearAlgebraError? {
        if info == 0 { return nil }
        if info < 0 { return .badArgument(routine: routine, argument: Int(-info)) }
        return positive(Int(info))
    }
}
