import StereotaxCoordinates
import StereotaxFrames
import StereotaxGeometry

extension TrajectoryPlanner {
    /// The tip uncertainty of a record in one of the four skull systems
    /// (`Stereotaxic_{Bregma,Lambda}{Absolute,BrainSurface}`), resolved through the
    /// conversion layer with this planner's atlas surface.
    ///
    /// - `landmark`: error of the reference landmark's position (AP, ML, DV), mm²:
    ///   for bregma systems an error in where bregma was found (the record's
    ///   position moves with it), for lambda systems the error of the measured
    ///   lambda relative to bregma (which places the lambda frame).
    /// - `placement`: error of placing the probe, in the record's own position
    ///   fields: (AP, ML, DV) for absolute systems, (AP, ML, depth) for
    ///   brain-surface systems, mm².
    ///
    /// Jacobians by central differences (1 µm) of the conversion.
    public func tipUncertainty(of coordinates: Coordinates, landmarks: SkullLandmarks,
                               landmark: Covariance3, placement: Covariance3) throws -> TipUncertainty {
        let base = ConversionContext(landmarks: landmarks, atlasTransform: atlas.bregmaToCCF, surface: atlas.surface, angleOrder: angleOrder)
        func tip(_ c: Coordinates, _ context: ConversionContext) throws -> SIMD3<Double> {
            try CoordinateConverter(context: context).resolve(c).target.millimetres
        }
        let placementJ = try TipUncertainty.jacobian(at: .zero) { try tip(Self.shifted(coordinates, by: $0), base) }
        let landmarkJ: Matrix3
        let landmarkName: String
        switch coordinates {
        case .stereotaxicLambdaAbsolute, .stereotaxicLambdaBrainSurface:
            landmarkName = "landmark: measured lambda position relative to bregma (AP, ML, DV)"
            let lambda = landmarks.lambda.millimetres
            landmarkJ = try TipUncertainty.jacobian(at: .zero) { delta in
                var context = base
                context.landmarks = SkullLandmarks(lambda: .measured(Point3(millimetres: lambda + delta)), extraSkullPoints: landmarks.extraSkullPoints)
                return try tip(coordinates, context)
            }
        default:
            landmarkName = "landmark: bregma position (AP, ML, DV)"
            // An error δ in finding bregma puts the record's point at (position + δ) from the true bregma.
            landmarkJ = try TipUncertainty.jacobian(at: .zero) { try tip(Self.shifted(coordinates, by: $0, landmarkOnly: true), base) }
        }
        let placementName: String = switch coordinates {
        case .stereotaxicBregmaBrainSurface, .stereotaxicLambdaBrainSurface: "placement: entry AP, ML and depth along the shaft"
        default: "placement: AP, ML, DV of the tip"
        }
        return try TipUncertainty(sources: [
            UncertaintySource(name: landmarkName, covariance: landmark, jacobian: landmarkJ),
            UncertaintySource(name: placementName, covariance: placement, jacobian: placementJ),
        ])
    }

    /// The record with its position fields moved by `delta` (AP, ML, DV-or-depth).
    /// With `landmarkOnly`, a brain-surface record's depth is not moved (its depth is measured from the surface, not the landmark).
    static func shifted(_ c: Coordinates, by delta: SIMD3<Double>, landmarkOnly: Bool = false) throws -> Coordinates {
        func add(_ v: Length?, _ d: Double, _ field: String) throws -> Length {
            guard let v else { throw PlanningError.insertion(reason: "the record has no \(field)") }
            return v + .mm(d)
        }
        switch c {
        case var .stereotaxicBregmaAbsolute(r):
            r.apCoordinate = try add(r.apCoordinate, delta.x, "apCoordinate"); r.mlCoordinate = try add(r.mlCoordinate, delta.y, "mlCoordinate")
            r.dvCoordinate = try add(r.dvCoordinate, delta.z, "dvCoordinate")
            return .stereotaxicBregmaAbsolute(r)
        case var .stereotaxicLambdaAbsolute(r):
            r.apCoordinate = try add(r.apCoordinate, delta.x, "apCoordinate"); r.mlCoordinate = try add(r.mlCoordinate, delta.y, "mlCoordinate")
            r.dvCoordinate = try add(r.dvCoordinate, delta.z, "dvCoordinate")
            return .stereotaxicLambdaAbsolute(r)
        case var .stereotaxicBregmaBrainSurface(r):
            r.apCoordinate = try add(r.apCoordinate, delta.x, "apCoordinate"); r.mlCoordinate = try add(r.mlCoordinate, delta.y, "mlCoordinate")
            if !landmarkOnly { r.depth = try add(r.depth, delta.z, "depth") }
            return .stereotaxicBregmaBrainSurface(r)
        case var .stereotaxicLambdaBrainSurface(r):
            r.apCoordinate = try add(r.apCoordinate, delta.x, "apCoordinate"); r.mlCoordinate = try add(r.mlCoordinate, delta.y, "mlCoordinate")
            if !landmarkOnly { r.depth = try add(r.depth, delta.z, "depth") }
            return .stereotaxicLambdaBrainSurface(r)
        default:
            throw PlanningError.insertion(reason: "tip uncertainty covers the four skull systems; \(c.systemName) is not one")
        }
    }
}
