import Foundation

/// sin of an angle in degrees, exact at multiples of 90°.
@usableFromInline func sinDeg(_ d: Double) -> Double {
    let r = d.truncatingRemainder(dividingBy: 360)
    if r == 0 || abs(r) == 180 { return 0 }
    if r == 90 || r == -270 { return 1 }
    if r == -90 || r == 270 { return -1 }
    return sin(r * .pi / 180)
}

/// cos of an angle in degrees, exact at multiples of 90°.
@usableFromInline func cosDeg(_ d: Double) -> Double {
    let r = d.truncatingRemainder(dividingBy: 360)
    if abs(r) == 90 || abs(r) == 270 { return 0 }
    if r == 0 { return 1 }
    if abs(r) == 180 { return -1 }
    return cos(r * .pi / 180)
}

extension Angle {
    /// sin of the angle, exact at multiples of 90°.
    @inlinable public var sine: Double { sinDeg(degrees) }
    /// cos of the angle, exact at multiples of 90°.
    @inlinable public var cosine: Double { cosDeg(degrees) }
}
