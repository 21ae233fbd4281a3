/// Right-handed rotations about the bregma frame's axes (AP anterior+, ML
/// right+, DV ventral+), exact at multiples of 90°.
///
/// A positive angle about +DV turns anterior toward right: clockwise seen
/// from above (looking down along +DV).
extension Matrix3 {
    /// Rotation about +AP: ML → DV (right → ventral).
    static func rotationAboutAP(_ a: Angle) -> Matrix3 {
        let (s, c) = (a.sine, a.cosine)
        return Matrix3(rows: SIMD3(1, 0, 0), SIMD3(0, c, -s), SIMD3(0, s, c))
    }

    /// Rotation about +ML: DV → AP (ventral → anterior).
    static func rotationAboutML(_ a: Angle) -> Matrix3 {
        let (s, c) = (a.sine, a.cosine)
        return Matrix3(rows: SIMD3(c, 0, s), SIMD3(0, 1, 0), SIMD3(-s, 0, c))
    }

    /// Rotation about +DV: AP → ML (anterior → right), clockwise seen from above.
    static func rotationAboutDV(_ a: Angle) -> Matrix3 {
        let (s, c) = (a.sine, a.cosine)
        return Matrix3(rows: SIMD3(c, -s, 0), SIMD3(s, c, 0), SIMD3(0, 0, 1))
    }
}
