/// The order in which BrainSTEM's two tilts are applied.
///
/// Both read the tilts as rotations about the fixed (skull) axes, the
/// rotation about the probe's own shaft last. The order matters only when
/// both tilts are non-zero.
public enum BrainstemAngleOrder: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// AP angle about the ML axis first, then ML angle about the AP axis:
    /// `R = R_AP(mlAngle) · R_ML(−apAngle) · R_DV(rotation)`; shaft
    /// `(−sin a, −cos a·sin m, cos a·cos m)`. The order the BrainSTEM data
    /// model states, and the project default.
    case apThenML
    /// ML angle about the AP axis first, then AP angle about the ML axis:
    /// `R = R_ML(−apAngle) · R_AP(mlAngle) · R_DV(rotation)`; shaft
    /// `(−sin a·cos m, −sin m, cos a·cos m)`.
    case mlThenAP

    /// ``apThenML``, the order the BrainSTEM data model states.
    public static let projectDefault = BrainstemAngleOrder.apThenML

    public var description: String {
        switch self {
        case .apThenML: return "AP angle, then ML angle (BrainSTEM data-model order)"
        case .mlThenAP: return "ML angle, then AP angle"
        }
    }
}
