import StereotaxGeometry

/// How a system's own axes lie in anatomy, used to read its angle fields.
///
/// BrainSTEM gives the XYZ systems' angles as `xAngle`, `yAngle`, `zAngle`
/// about the system's axes. StereotaxKit reads them as the BrainSTEM skull
/// angles about the anatomical axes those system axes stand for: the angle
/// about the axis that runs medial–lateral is the AP angle, about the
/// anterior–posterior axis the ML angle, about the vertical axis the
/// rotation. `anatomy` maps a vector in the system's components to
/// (AP anterior+, ML right+, DV ventral+).
struct SystemAxes: Sendable {
    /// System components → anatomical (AP, ML, DV) components; a signed permutation.
    let anatomy: Matrix3

    /// The system axis index (0 = x, 1 = y, 2 = z) that runs along each
    /// anatomical axis (AP, ML, DV).
    var systemAxisAlong: (ap: Int, ml: Int, dv: Int) {
        func axis(for anatomical: Int) -> Int {
            (0..<3).first { abs(anatomy[anatomical, $0]) > 0.5 } ?? anatomical
        }
        return (axis(for: 0), axis(for: 1), axis(for: 2))
    }

    /// A stereotaxic frame's or an external rig's axes, from which skull
    /// direction each axis moves along.
    init(_ axes: ManipulatorAxes) { anatomy = axes.matrix }

    /// The Allen CCF: x posterior, y ventral, z right.
    static let ccf = SystemAxes(anatomy: Matrix3(columns: SIMD3(-1, 0, 0), SIMD3(0, 0, 1), SIMD3(0, 1, 0)))

    private init(anatomy: Matrix3) { self.anatomy = anatomy }
}
