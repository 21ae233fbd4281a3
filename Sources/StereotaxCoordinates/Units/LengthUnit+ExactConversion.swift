import StereotaxGeometry

extension LengthUnit {
    /// The power of ten one unit is in millimetres: nm −6, µm −3, mm 0, m 3.
    public var millimetreExponent: Int {
        switch self {
        case .nanometre: return -6
        case .micrometre: return -3
        case .millimetre: return 0
        case .metre: return 3
        }
    }

    /// `value` (a decimal in this unit) in millimetres: the decimal point is shifted by
    /// ``millimetreExponent`` places and the exact result rounded once to the nearest `Double`.
    /// ±infinity if it exceeds the `Double` range.
    public func millimetres(from value: DecimalNumber) -> Double {
        value.shifted(byPowerOfTen: millimetreExponent).doubleValue
    }

    /// `millimetres` as a decimal in this unit: the shortest decimal that reads back as
    /// `millimetres`, with its point shifted. Reading the result back with
    /// ``millimetres(from:)`` gives `millimetres` exactly. `nil` for NaN and infinities.
    public func decimal(fromMillimetres millimetres: Double) -> DecimalNumber? {
        DecimalNumber(millimetres)?.shifted(byPowerOfTen: -millimetreExponent)
    }

    /// `value` in this unit converted to millimetres through its shortest decimal text, so
    /// `2.5` µm is exactly the `Double` nearest 0.0025 mm and `0.12` µm the one nearest
    /// 0.00012 mm (dividing by 10³ gives a neighbour of it). NaN and infinities pass through.
    public func exactMillimetres(fromValue value: Double) -> Double {
        guard let decimal = DecimalNumber(value) else { return value * millimetresPerUnit }
        return millimetres(from: decimal)
    }

    /// `millimetres` expressed in this unit through its shortest decimal text (inverse of
    /// ``exactMillimetres(fromValue:)``). NaN and infinities pass through.
    public func exactValue(fromMillimetres millimetres: Double) -> Double {
        guard let decimal = decimal(fromMillimetres: millimetres) else { return millimetres / millimetresPerUnit }
        return decimal.doubleValue
    }
}
