import StereotaxGeometry
import StereotaxJSON

/// The typed `coordinates_details` of one BrainSTEM coordinate system.
///
/// Each conforming type (one per system, see `Systems/`) stores its fields as optional
/// `Length` (millimetres) and `Angle` (degrees): an absent field is `nil`, never zero.
/// Members of the record that are no field of the system are kept, in order, in
/// `unknownFields` and written back unchanged.
public protocol CoordinateSystem: Hashable, Sendable {
    /// The BrainSTEM name of the system, e.g. `Stereotaxic_BregmaAbsolute`.
    static var systemName: CoordinateSystemName { get }
    /// The fields in the order BrainSTEM lists (and this library writes) them.
    static var fields: [CoordinateField<Self>] { get }
    /// The unit of bare-number lengths (schema 0.0.0 and unversioned records).
    static var bareNumberLengthUnit: LengthUnit { get }
    /// Members that are no field of this system, in document order.
    var unknownFields: JSONObject { get set }
    /// The value with every field absent.
    init()
    /// The amount of the field `fields[index]`: millimetres for a length, degrees for an
    /// angle; `nil` when the field is absent (or `index` is no field's). The systems of this
    /// library read their stored properties directly, which costs far less than a look-up
    /// through the field's key path (the default).
    func amount(ofFieldAt index: Int) -> Double?
    /// Sets the field `fields[index]` to `amount` (millimetres for a length, degrees for an
    /// angle); does nothing if `index` is no field's. The counterpart of
    /// ``amount(ofFieldAt:)``: the systems of this library write their stored properties
    /// directly (the default writes through the field's key path).
    mutating func setAmount(_ amount: Double, ofFieldAt index: Int)
}

extension CoordinateSystem {
    public static var bareNumberLengthUnit: LengthUnit { .millimetre }

    /// The amount of `fields[index]`, read through the field's key path.
    public func amount(ofFieldAt index: Int) -> Double? {
        guard Self.fields.indices.contains(index) else { return nil }
        switch Self.fields[index].storage {
        case .length(let keyPath): return self[keyPath: keyPath]?.millimetres
        case .angle(let keyPath): return self[keyPath: keyPath]?.degrees
        }
    }

    /// Sets `fields[index]` to `amount`, through the field's key path.
    public mutating func setAmount(_ amount: Double, ofFieldAt index: Int) {
        guard Self.fields.indices.contains(index) else { return }
        switch Self.fields[index].storage {
        case .length(let keyPath): self[keyPath: keyPath] = Length(millimetres: amount)
        case .angle(let keyPath): self[keyPath: keyPath] = Angle(degrees: amount)
        }
    }

    /// The names of the fields present in this value, in canonical order.
    public var presentFieldKeys: [String] {
        Self.fields.filter { $0.isPresent(in: self) }.map(\.key)
    }

    /// The names of the required fields (see ``CoordinateField/isRequired``) absent from this
    /// value, in canonical order: empty when the point can be located.
    public var missingRequiredFieldKeys: [String] {
        Self.fields.filter { $0.isRequired && !$0.isPresent(in: self) }.map(\.key)
    }
}
