import Foundation

// Input checks and the one inverse-trigonometric helper the conventions share.

extension Angle {
    /// `self` if finite and within `allowed` (degrees); otherwise the error naming `field`.
    func validated(_ field: String, in allowed: ClosedRange<Double>) throws(AngleConventionError) -> Angle {
        guard degrees.isFinite else { throw .notFinite(field: field) }
        guard allowed.contains(degrees) else {
            throw .outOfRange(field: field, degrees: degrees, allowedDegrees: allowed)
        }
        return self
    }

    /// The angle of the point (x, y) from the +x axis, wrapped into (−180°, 180°]
    /// (a negative zero comes out as +0).
    static func atan2(_ y: Double, _ x: Double) -> Angle {
        Angle(degrees: Angle(radians: Foundation.atan2(y, x)).normalized.degrees + 0)
    }
}

extension Vector3 {
    /// The unit vector, or the error naming `field` for a zero or non-finite vector.
    func unitDirection(_ field: String) throws(AngleConventionError) -> SIMD3<Double> {
        guard let u = normalized else { throw .invalidDirection(field: field) }
        return u.millimetres
    }
}
