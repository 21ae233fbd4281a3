import Foundation

/// A plane angle, stored in degrees (the unit BrainSTEM records use).
public struct Angle: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The angle in degrees.
    public var degrees: Double

    @inlinable public init(degrees: Double) { self.degrees = degrees }
    @inlinable public init(radians: Double) { self.degrees = radians * 180 / .pi }

    /// The angle in radians.
    @inlinable public var radians: Double { degrees * .pi / 180 }

    public static let zero = Angle(degrees: 0)
    @inlinable public static func degrees(_ v: Double) -> Angle { Angle(degrees: v) }
    @inlinable public static func radians(_ v: Double) -> Angle { Angle(radians: v) }

    /// The same direction wrapped into the half-open range (-180°, 180°].
    public var normalized: Angle {
        var d = degrees.truncatingRemainder(dividingBy: 360)
        if d <= -180 { d += 360 } else if d > 180 { d -= 360 }
        return Angle(degrees: d)
    }

    @inlinable public static func < (a: Angle, b: Angle) -> Bool { a.degrees < b.degrees }
    @inlinable public static func + (a: Angle, b: Angle) -> Angle { Angle(degrees: a.degrees + b.degrees) }
    @inlinable public static func - (a: Angle, b: Angle) -> Angle { Angle(degrees: a.degrees - b.degrees) }
    @inlinable public static prefix func - (a: Angle) -> Angle { Angle(degrees: -a.degrees) }

    public var description: String { "\(degrees)°" }
}
