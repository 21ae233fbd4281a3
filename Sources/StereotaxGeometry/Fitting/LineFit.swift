/// The straight line closest to a set of points in frame `F` (total least
/// squares: the principal axis of the centred points, from the LAPACK SVD),
/// e.g. a probe track through histology or imaging points.
public struct LineFit<F: CoordinateFrame>: Sendable {
    /// A point on the line: the centroid of the points.
    public let point: Point3<F>
    /// Unit direction, oriented from the first point towards the last
    /// (for a track listed entry to tip, it points down the track).
    public let direction: Vector3<F>
    /// √(mean squared perpendicular distance of the points to the line).
    public let rootMeanSquareDistance: Length
    /// The perpendicular distance of each point to the line, in input order.
    public let distances: [Length]

    /// Fits a line to at least 2 finite points that do not all coincide.
    public init(_ points: [Point3<F>]) throws(FitError) {
        let shape = try PointCloudShape(points.map(\.millimetres), set: "points", required: 2)
        try shape.require(dimension: 1, set: "points")
        var d = shape.axes[0]
        let span = points[points.count - 1].millimetres - points[0].millimetres
        if (d * span).sum() < 0 { d = -d }
        let c = shape.centroid
        point = Point3(millimetres: c)
        direction = Vector3(millimetres: d)
        distances = points.map { p in
            let v = p.millimetres - c
            let along = (v * d).sum()
            let perpendicular = v - d * along
            return .mm((perpendicular * perpendicular).sum().squareRoot())
        }
        let s = shape.singularValues
        rootMeanSquareDistance = .mm(((s[1] * s[1] + s[2] * s[2]) / Double(points.count)).squareRoot())
    }

    /// The point of the line at signed distance `t` from ``point`` along ``direction``.
    public func point(at t: Length) -> Point3<F> { point + direction * t }

    /// The perpendicular distance from `p` to the line.
    public func distance(to p: Point3<F>) -> Length {
        let v = p - point
        return (v + -(direction * v.dot(direction))).length
    }
}
