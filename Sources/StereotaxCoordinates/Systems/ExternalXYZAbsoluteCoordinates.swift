import StereotaxGeometry
import StereotaxJSON

/// `External_XYZ_Absolute`. A point in any external rig or room frame, with angles about its axes (degrees). Bare-number lengths (schema 0.0.0 and unversioned) are in **metres**; the typed value holds millimetres like every other length.
///
/// Every field is optional: an absent field is `nil`, never zero.
public struct ExternalXYZAbsoluteCoordinates: CoordinateSystem {
    public static let systemName = CoordinateSystemName.externalXYZAbsolute
    /// Bare-number lengths are metres in this system.
    public static let bareNumberLengthUnit = LengthUnit.metre

    /// `x`: position along the external frame's x axis.
    public var x: Length?
    /// `y`: position along the external frame's y axis.
    public var y: Length?
    /// `z`: position along the external frame's z axis.
    public var z: Length?
    /// `xAngle`: angle about the external x axis.
    public var xAngle: Angle?
    /// `yAngle`: angle about the external y axis.
    public var yAngle: Angle?
    /// `zAngle`: angle about the external z axis.
    public var zAngle: Angle?
    /// Members that are no field of this system, kept in order.
    public var unknownFields: JSONObject

    public init() { self.unknownFields = JSONObject() }

    public init(
        x: Length? = nil,
        y: Length? = nil,
        z: Length? = nil,
        xAngle: Angle? = nil,
        yAngle: Angle? = nil,
        zAngle: Angle? = nil,
        unknownFields: JSONObject = JSONObject()
    ) {
        self.x = x
        self.y = y
        self.z = z
        self.xAngle = xAngle
        self.yAngle = yAngle
        self.zAngle = zAngle
        self.unknownFields = unknownFields
    }

    public static let fields: [CoordinateField<ExternalXYZAbsoluteCoordinates>] = [
        .length("x", \.x, required: true, meaning: "position along the external frame's x axis"),
        .length("y", \.y, required: true, meaning: "position along the external frame's y axis"),
        .length("z", \.z, required: true, meaning: "position along the external frame's z axis"),
        .angle("xAngle", \.xAngle, meaning: "angle about the external x axis"),
        .angle("yAngle", \.yAngle, meaning: "angle about the external y axis"),
        .angle("zAngle", \.zAngle, meaning: "angle about the external z axis"),
    ]
}

extension ExternalXYZAbsoluteCoordinates {
    /// The amount of `fields[index]` (millimetres or degrees), read from its stored property.
    public func amount(ofFieldAt index: Int) -> Double? {
        switch index {
        case 0: return x?.millimetres
        case 1: return y?.millimetres
        case 2: return z?.millimetres
        case 3: return xAngle?.degrees
        case 4: return yAngle?.degrees
        case 5: return zAngle?.degrees
        default: return nil
        }
    }

    /// Sets `fields[index]` to `amount` (millimetres or degrees) in its stored property;
    /// does nothing for an `index` that is no field's.
    public mutating func setAmount(_ amount: Double, ofFieldAt index: Int) {
        switch index {
        case 0: x = Length(millimetres: amount)
        case 1: y = Length(millimetres: amount)
        case 2: z = Length(millimetres: amount)
        case 3: xAngle = Angle(degrees: amount)
        case 4: yAngle = Angle(degrees: amount)
        case 5: zAngle = Angle(degrees: amount)
        default: break
        }
    }
}
