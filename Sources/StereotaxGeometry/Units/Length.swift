/// A length, stored in millimetres (the project's internal unit).
///
/// Units are converted only at the edges: `Length(250, .micrometre)` is
/// `0.25` mm, and `value(in: .metre)` converts back out.
public struct Length: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The length in millimetres.
    public var millimetres: Double

    /// Creates a length from millimetres.
    @inlinable public init(millimetres: Double) { self.millimetres = millimetres }

    /// Creates a length from a value in any unit.
    @inlinable public init(_ value: Double, _ unit: LengthUnit) {
        self.millimetres = value * unit.millimetresPerUnit
    }

    /// The length expressed in `unit`.
    @inlinable public func value(in unit: LengthUnit) -> Double { millimetres / unit.millimetresPerUnit }

    /// The length in micrometres.
    @inlinable public var micrometres: Double { millimetres * 1000 }

    public static let zero = Length(millimetres: 0)
    @inlinable public static func mm(_ v: Double) -> Length { Length(millimetres: v) }
    @inlinable public static func µm(_ v: Double) -> Length { Length(millimetres: v / 1000) }

    @inlinable public static func < (a: Length, b: Length) -> Bool { a.millimetres < b.millimetres }
    @inlinable public static func + (a: Length, b: Length) -> Length { Length(millimetres: a.millimetres + b.millimetres) }
    @inlinable public static func - (a: Length, b: Length) -> Length { Length(millimetres: a.millimetres - b.millimetres) }
    @inlinable public static prefix func - (a: Length) -> Length { Length(millimetres: -a.millimetres) }
    @inlinable public static func * (a: Length, k: Double) -> Length { Length(millimetres: a.millimetres * k) }
    @inlinable public static func * (k: Double, a: Length) -> Length { Length(millimetres: a.millimetres * k) }
    @inlinable public static func / (a: Length, b: Length) -> Double { a.millimetres / b.millimetres }

    public var description: String { "\(millimetres) mm" }
}
