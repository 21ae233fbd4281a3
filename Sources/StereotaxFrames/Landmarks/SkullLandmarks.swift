import Foundation
import StereotaxGeometry

/// A subject's skull landmarks in the bregma frame: bregma is the origin,
/// lambda is placed by a ``LambdaPlacement``, and extra skull-surface points
/// (e.g. touched left and right of the midline) can add the roll.
public struct SkullLandmarks: Sendable, Hashable {
    public var lambdaPlacement: LambdaPlacement
    /// Further points on the skull surface, in the bregma frame (mm).
    public var extraSkullPoints: [Point3<Frame.Bregma>]

    public init(lambda: LambdaPlacement, extraSkullPoints: [Point3<Frame.Bregma>] = []) {
        self.lambdaPlacement = lambda
        self.extraSkullPoints = extraSkullPoints
    }

    /// Default landmarks for a species: lambda at the species' distance, flat skull.
    public static func defaults(for species: Species) -> SkullLandmarks {
        SkullLandmarks(lambda: .speciesDefault(species))
    }

    /// Bregma (the origin of the bregma frame).
    public var bregma: Point3<Frame.Bregma> { .origin }

    /// Lambda in the bregma frame.
    public var lambda: Point3<Frame.Bregma> { lambdaPlacement.lambda }

    /// The bregma–lambda distance as labs measure it: the AP separation
    /// (what atlas scaling uses), not the 3-D distance.
    public var bregmaLambdaDistance: Length { .mm(abs(lambda.ap.millimetres)) }

    /// Skull pitch about the ML axis: `atan2(DV_lambda − DV_bregma, AP_bregma − AP_lambda)`.
    /// Positive when lambda lies ventral of (below) bregma; zero on a flat skull.
    public var pitch: Angle {
        Angle(radians: atan2(lambda.dv.millimetres, -lambda.ap.millimetres))
    }

    /// The DV difference lambda − bregma (positive: lambda ventral).
    public var lambdaDVOffset: Length { lambda.dv }

    /// Whether bregma and lambda lie at the same DV to within `tolerance`
    /// (the flat-skull check; 0.05 mm by default, a common surgical criterion).
    public func isFlat(tolerance: Length = .mm(0.05)) -> Bool {
        abs(lambdaDVOffset.millimetres) <= tolerance.millimetres
    }

    /// The bregma → lambda frame change: a translation by −lambda (the axes
    /// stay parallel), naming the lambda placement it used.
    public var bregmaToLambda: FrameTransform<Frame.Bregma, Frame.Lambda> {
        FrameTransform(.translation(-lambda.millimetres), choices: [lambdaPlacement.choice])
    }
}

extension SkullLandmarks {
    /// Pitch, roll and the rotation that levels this skull (see ``SkullLevelling``).
    public func levelling() throws(FitError) -> SkullLevelling { try SkullLevelling(self) }
}
