/// The plane closest to a set of points in frame `F` (total least squares:
/// its normal is the direction of least spread of the centred points, from
/// the LAPACK SVD), e.g. skull points for levelling.
public struct PlaneFit<F: CoordinateFrame>: Sendable {
    /// A point in the plane: the centroid of the points.
    public let point: Point3<F>
    /// Unit normal, oriented so that its third component is positive (in the
    /// skull frames, DV ventral+, the normal points ventrally); for a plane
    /// containing that axis, the second, then the first component decides.
    public let normal: Vector3<F>
    /// √(mean squared distance of the points to the plane).
    public let rootMeanSquareDistance: Length
    /// The signed distance of each point along ``normal``, in input order.
    public let signedDistances: [Length]

    /// Fits a plane to at least 3 finite points that are not collinear.
    public init(_ points: [Point3<F>]) throws(FitError) {
        let shape = try PointCloudShape(points.map(\.millimetres), set: "points", required: 3)
        try shape.require(dimension: 2, set: "points")
        var n = shape.axes[2]
        let decisive = n.z != 0 ? n.z : n.y != 0 ? n.y : n.x
        if decisive < 0 { n = -n }
        let c = shape.centroid
        point = Point3(millimetres: c)
        normal = Vector3(millimetres: n)
        signedDistances = points.map { .mm((($0.millimetres - c) * n).sum()) }
        rootMeanSquareDistance = .mm(shape.singularValues[2] / Double(points.count).squareRoot())
    }

    /// The signed distance of `p` from the plane, positive on the ``normal`` side.
    public func signedDistance(to p: Point3<F>) -> Length { .mm((p - point).dot(normal)) }
}
