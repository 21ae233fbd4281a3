import StereotaxLinearAlgebra

/// Why points could not be fitted. Each case names the point set (`"from"`,
/// `"to"` or `"points"`) and states what the fit needs.
public enum FitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The two sets of a correspondence fit differ in length.
    case mismatchedCounts(from: Int, to: Int)
    /// Fewer points than the fit needs.
    case tooFewPoints(set: String, count: Int, required: Int)
    /// A coordinate of point `index` is NaN or infinite.
    case nonFinite(set: String, index: Int)
    /// All points are the same point.
    case coincident(set: String)
    /// The points lie on one line; the fit needs `required` points not on one line.
    case collinear(set: String, required: Int)
    /// The points lie in one plane; the fit needs `required` points not in one plane.
    case coplanar(set: String, required: Int)
    /// LAPACK failed on input that passed the checks above.
    case linearAlgebra(LinearAlgebraError)

    public var description: String {
        switch self {
        case .mismatchedCounts(let f, let t):
            return "\(f) from points but \(t) to points; expected one to point per from point"
        case .tooFewPoints(let set, let n, let req):
            return "\(set): \(n) points, expected at least \(req)"
        case .nonFinite(let set, let i):
            return "\(set)[\(i)] has a NaN or infinite coordinate; expected finite millimetres"
        case .coincident(let set):
            return "\(set): all points coincide; expected points spread in space"
        case .collinear(let set, let req):
            return "\(set): points are collinear; expected at least \(req) points not on one line"
        case .coplanar(let set, let req):
            return "\(set): points are coplanar; expected at least \(req) points not in one plane"
        case .linearAlgebra(let e):
            return "linear algebra failed: \(e)"
        }
    }
}
