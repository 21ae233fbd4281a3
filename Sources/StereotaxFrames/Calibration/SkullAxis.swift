import StereotaxGeometry

/// A skull axis with a sign: which way a manipulator axis points in the bregma frame.
public enum SkullAxis: String, CaseIterable, Sendable, Hashable, Codable {
    case anterior, posterior, right, left, ventral, dorsal

    /// The unit vector in the bregma frame (AP anterior+, ML right+, DV ventral+).
    public var unitVector: SIMD3<Double> {
        switch self {
        case .anterior: return SIMD3(1, 0, 0)
        case .posterior: return SIMD3(-1, 0, 0)
        case .right: return SIMD3(0, 1, 0)
        case .left: return SIMD3(0, -1, 0)
        case .ventral: return SIMD3(0, 0, 1)
        case .dorsal: return SIMD3(0, 0, -1)
        }
    }
}

/// Which skull direction each manipulator axis (x, y, z) moves the probe in.
public struct ManipulatorAxes: Sendable, Hashable, Codable, CustomStringConvertible {
    public var x: SkullAxis
    public var y: SkullAxis
    public var z: SkullAxis

    /// `nil` unless the three axes are distinct and orthogonal.
    public init?(x: SkullAxis, y: SkullAxis, z: SkullAxis) {
        let m = Matrix3(columns: x.unitVector, y.unitVector, z.unitVector)
        guard abs(abs(m.determinant) - 1) < 1e-12 else { return nil }
        self.x = x; self.y = y; self.z = z
    }

    /// The common arrangement of a Kopf-style frame: x moves right, y anterior, z dorsal (up).
    public static let standard = ManipulatorAxes(x: .right, y: .anterior, z: .dorsal)!

    /// The linear map from manipulator readings to bregma-frame displacements.
    public var matrix: Matrix3 { Matrix3(columns: x.unitVector, y.unitVector, z.unitVector) }

    public var description: String { "x \(x.rawValue), y \(y.rawValue), z \(z.rawValue)" }
}
