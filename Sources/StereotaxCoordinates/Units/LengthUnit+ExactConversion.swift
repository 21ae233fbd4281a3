import StereotaxGeometry

extension LengthUnit {
    /// `value` in this unit converted to millimetres with one correctly rounded operation by an
    /// exact power of ten (nm: ÷10⁶, µm: ÷10³, mm: ×1, m: ×10³), so e.g. 250 µm is exactly the
    /// `Double` nearest 0.25 mm, which multiplying by the inexact 10⁻³ does not guarantee.
    public func exactMillimetres(fromValue value: Double) -> Double {
        switch self {
        case .nanometre: return value / 1e6
        case .micrometre: return value / 1e3
        case .millimetre: return value
        case .metre: return value * 1e3
        }
    }

    /// `millimetres` expressed in this unit, with one correctly rounded operation (inverse of
    /// ``exactMillimetres(fromValue:)``).
    public func exactValue(fromMillimetres millimetres: Double) -> Double {
        switch self {
        case .nanometre: return millimetres * 1e6
        case .micrometre: return millimetres * 1e3
        case .millimetre: return millimetres
        case .metre: return millimetres / 1e3
        }
    }
}
