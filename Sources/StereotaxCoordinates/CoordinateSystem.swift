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
}

extension CoordinateSystem {
    public static var bareNumberLengthUnit: LengthUnit { .millimetre }

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
