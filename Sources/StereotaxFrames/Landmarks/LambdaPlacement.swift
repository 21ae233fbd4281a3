import StereotaxGeometry

/// Where lambda is relative to bregma, and how that was decided.
public enum LambdaPlacement: Sendable, Hashable {
    /// Measured: lambda's position in the bregma frame (AP, ML, DV-ventral), mm.
    case measured(Point3<Frame.Bregma>)
    /// On the midline, `distance` posterior of bregma, at bregma's DV (a flat skull).
    case distance(Length)
    /// ``distance(_:)`` with the species' default bregma–lambda distance.
    case speciesDefault(Species)

    /// Lambda in the bregma frame.
    public var lambda: Point3<Frame.Bregma> {
        switch self {
        case .measured(let p): return p
        case .distance(let d): return Point3(ap: -d, ml: .zero, dv: .zero)
        case .speciesDefault(let s): return Point3(ap: -s.defaultBregmaLambdaDistance, ml: .zero, dv: .zero)
        }
    }

    /// The choice, as it is named in conversion outputs.
    public var choice: String {
        switch self {
        case .measured(let p):
            return "lambda measured at AP \(p.ap.millimetres), ML \(p.ml.millimetres), DV \(p.dv.millimetres) mm from bregma"
        case .distance(let d):
            return "lambda \(d.millimetres) mm posterior of bregma on a flat skull (given distance)"
        case .speciesDefault(let s):
            return "lambda \(s.defaultBregmaLambdaDistance.millimetres) mm posterior of bregma on a flat skull (\(s.rawValue) default)"
        }
    }
}
