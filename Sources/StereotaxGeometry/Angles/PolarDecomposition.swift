/// An orientation written as `R = R_DV(azimuth) · R_ML(polar) · R_DV(spin)`:
/// the shaft leaves vertical by `polar` (0°…180°) toward the horizontal
/// heading `azimuth` (measured from anterior, clockwise seen from above),
/// after a turn `spin` about the shaft. The shared core of the IBL and
/// Pinpoint conventions.
struct PolarAngles {
    var azimuth: Angle
    var polar: Angle
    var spin: Angle

    init(azimuth: Angle, polar: Angle, spin: Angle) {
        (self.azimuth, self.polar, self.spin) = (azimuth, polar, spin)
    }

    var matrix: Matrix3 { .rotationAboutDV(azimuth) * .rotationAboutML(polar) * .rotationAboutDV(spin) }

    /// The shaft `(sin p·cos z, sin p·sin z, cos p)`.
    static func direction(azimuth: Angle, polar: Angle) -> SIMD3<Double> {
        SIMD3(polar.sine * azimuth.cosine, polar.sine * azimuth.sine, polar.cosine)
    }

    /// Polar angle and azimuth of a unit shaft direction; a vertical shaft
    /// (up or down) gets `azimuthWhenVertical`.
    init(direction d: SIMD3<Double>, azimuthWhenVertical: Angle) {
        let horizontal = (d.x * d.x + d.y * d.y).squareRoot()
        azimuth = horizontal > ProbeOrientation.gimbalLockTolerance ? .atan2(d.y, d.x) : azimuthWhenVertical
        polar = .atan2(horizontal, d.z)
        spin = .zero
    }

    /// The decomposition of `r`. For a vertical shaft (up or down) the azimuth
    /// is `azimuthWhenVertical` and `spin` carries the whole turn about DV.
    init(orientation r: Matrix3, azimuthWhenVertical: Angle) {
        let horizontal = (r[0, 2] * r[0, 2] + r[1, 2] * r[1, 2]).squareRoot()
        azimuth = horizontal > ProbeOrientation.gimbalLockTolerance ? .atan2(r[1, 2], r[0, 2]) : azimuthWhenVertical
        // q = R_ML(polar)·R_DV(spin): row 0 ends in sin p, row 1 is (sin s, cos s, 0).
        let q = Matrix3.rotationAboutDV(-azimuth) * r
        polar = .atan2(abs(q[0, 2]), q[2, 2])
        spin = .atan2(q[1, 0], q[1, 1])
    }
}
