import StereotaxGeometry
import StereotaxJSON

/// `Stereotaxic_LambdaAbsolute`. A point relative to lambda on the skull: AP positive anterior, ML positive to the animal's right, DV positive ventral (millimetres), and the insertion angles (degrees).
///
/// Every field is optional: an absent field is `nil`, never zero.
public struct LambdaAbsoluteCoordinates: CoordinateSystem {
    public static let systemName = CoordinateSystemName.stereotaxicLambdaAbsolute

    /// `apCoordinate`: anterior-posterior offset from lambda, anterior positive. Legacy name: `apCoordinates`.
    public var apCoordinate: Length?
    /// `mlCoordinate`: medial-lateral offset from lambda, the animal's right positive. Legacy name: `mlCoordinates`.
    public var mlCoordinate: Length?
    /// `dvCoordinate`: dorsal-ventral offset from lambda, ventral positive. Legacy name: `dvCoordinates`.
    public var dvCoordinate: Length?
    /// `apAngle`: tilt in the sagittal plane, 0 = vertical, positive = upper end leans anterior.
    public var apAngle: Angle?
    /// `mlAngle`: tilt in the coronal plane, 0 = vertical, positive = upper end leans to the right.
    public var mlAngle: Angle?
    /// `dvAngle`: rotation about the probe's own axis, positive clockwise seen from above.
    public var dvAngle: Angle?
    /// Members that are no field of this system, kept in order.
    public var unknownFields: JSONObject

    public init() { self.unknownFields = JSONObject() }

    public init(
        apCoordinate: Length? = nil,
        mlCoordinate: Length? = nil,
        dvCoordinate: Length? = nil,
        apAngle: Angle? = nil,
        mlAngle: Angle? = nil,
        dvAngle: Angle? = nil,
        unknownFields: JSONObject = JSONObject()
    ) {
        self.apCoordinate = apCoordinate
        self.mlCoordinate = mlCoordinate
        self.dvCoordinate = dvCoordinate
        self.apAngle = apAngle
        self.mlAngle = mlAngle
        self.dvAngle = dvAngle
        self.unknownFields = unknownFields
    }

    public static let fields: [CoordinateField<LambdaAbsoluteCoordinates>] = [
        .length("apCoordinate", \.apCoordinate, legacy: [.plural("apCoordinates")], required: true, meaning: "anterior-posterior offset from lambda, anterior positive"),
        .length("mlCoordinate", \.mlCoordinate, legacy: [.plural("mlCoordinates")], required: true, meaning: "medial-lateral offset from lambda, the animal's right positive"),
        .length("dvCoordinate", \.dvCoordinate, legacy: [.plural("dvCoordinates")], required: true, meaning: "dorsal-ventral offset from lambda, ventral positive"),
        .angle("apAngle", \.apAngle, meaning: "tilt in the sagittal plane, 0 = vertical, positive = upper end leans anterior"),
        .angle("mlAngle", \.mlAngle, meaning: "tilt in the coronal plane, 0 = vertical, positive = upper end leans to the right"),
        .angle("dvAngle", \.dvAngle, meaning: "rotation about the probe's own axis, positive clockwise seen from above"),
    ]
}

extension LambdaAbsoluteCoordinates {
    /// The amount of `fields[index]` (millimetres or degrees), read from its stored property.
    public func amount(ofFieldAt index: Int) -> Double? {
        switch index {
        case 0: return apCoordinate?.millimetres
        case 1: return mlCoordinate?.millimetres
        case 2: return dvCoordinate?.millimetres
        case 3: return apAngle?.degrees
        case 4: return mlAngle?.degrees
        case 5: return dvAngle?.degrees
        default: return nil
        }
    }

    /// Sets `fields[index]` to `amount` (millimetres or degrees) in its stored property;
    /// does nothing for an `index` that is no field's.
    public mutating func setAmount(_ amount: Double, ofFieldAt index: Int) {
        switch index {
        case 0: apCoordinate = Length(millimetres: amount)
        case 1: mlCoordinate = Length(millimetres: amount)
        case 2: dvCoordinate = Length(millimetres: amount)
        case 3: apAngle = Angle(degrees: amount)
        case 4: mlAngle = Angle(degrees: amount)
        case 5: dvAngle = Angle(degrees: amount)
        default: break
        }
    }
}
