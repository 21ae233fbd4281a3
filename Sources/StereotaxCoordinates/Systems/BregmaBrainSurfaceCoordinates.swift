import StereotaxGeometry
import StereotaxJSON

/// `Stereotaxic_BregmaBrainSurface`. An insertion whose entry point is given by AP/ML relative to bregma (millimetres) and whose target lies `depth` along the shaft below the brain surface, with the insertion angles (degrees).
///
/// Every field is optional: an absent field is `nil`, never zero.
public struct BregmaBrainSurfaceCoordinates: CoordinateSystem {
    public static let systemName = CoordinateSystemName.stereotaxicBregmaBrainSurface

    /// `apCoordinate`: anterior-posterior offset of the entry point from bregma, anterior positive. Legacy name: `apCoordinates`.
    public var apCoordinate: Length?
    /// `mlCoordinate`: medial-lateral offset of the entry point from bregma, the animal's right positive. Legacy name: `mlCoordinates`.
    public var mlCoordinate: Length?
    /// `depth`: distance along the shaft from the brain surface to the target. Legacy name: `surfaceDepth`.
    public var depth: Length?
    /// `rotation`: rotation about the probe's own axis, positive clockwise seen from above.
    public var rotation: Angle?
    /// `apAngle`: tilt in the sagittal plane, 0 = vertical, positive = upper end leans anterior.
    public var apAngle: Angle?
    /// `mlAngle`: tilt in the coronal plane, 0 = vertical, positive = upper end leans to the right.
    public var mlAngle: Angle?
    /// Members that are no field of this system, kept in order.
    public var unknownFields: JSONObject

    public init() { self.unknownFields = JSONObject() }

    public init(
        apCoordinate: Length? = nil,
        mlCoordinate: Length? = nil,
        depth: Length? = nil,
        rotation: Angle? = nil,
        apAngle: Angle? = nil,
        mlAngle: Angle? = nil,
        unknownFields: JSONObject = JSONObject()
    ) {
        self.apCoordinate = apCoordinate
        self.mlCoordinate = mlCoordinate
        self.depth = depth
        self.rotation = rotation
        self.apAngle = apAngle
        self.mlAngle = mlAngle
        self.unknownFields = unknownFields
    }

    public static let fields: [CoordinateField<BregmaBrainSurfaceCoordinates>] = [
        .length("apCoordinate", \.apCoordinate, legacy: [.plural("apCoordinates")], required: true, meaning: "anterior-posterior offset of the entry point from bregma, anterior positive"),
        .length("mlCoordinate", \.mlCoordinate, legacy: [.plural("mlCoordinates")], required: true, meaning: "medial-lateral offset of the entry point from bregma, the animal's right positive"),
        .length("depth", \.depth, legacy: [.renamed("surfaceDepth")], required: true, meaning: "distance along the shaft from the brain surface to the target"),
        .angle("rotation", \.rotation, meaning: "rotation about the probe's own axis, positive clockwise seen from above"),
        .angle("apAngle", \.apAngle, meaning: "tilt in the sagittal plane, 0 = vertical, positive = upper end leans anterior"),
        .angle("mlAngle", \.mlAngle, meaning: "tilt in the coronal plane, 0 = vertical, positive = upper end leans to the right"),
    ]
}

extension BregmaBrainSurfaceCoordinates {
    /// The amount of `fields[index]` (millimetres or degrees), read from its stored property.
    public func amount(ofFieldAt index: Int) -> Double? {
        switch index {
        case 0: return apCoordinate?.millimetres
        case 1: return mlCoordinate?.millimetres
        case 2: return depth?.millimetres
        case 3: return rotation?.degrees
        case 4: return apAngle?.degrees
        case 5: return mlAngle?.degrees
        default: return nil
        }
    }

    /// Sets `fields[index]` to `amount` (millimetres or degrees) in its stored property;
    /// does nothing for an `index` that is no field's.
    public mutating func setAmount(_ amount: Double, ofFieldAt index: Int) {
        switch index {
        case 0: apCoordinate = Length(millimetres: amount)
        case 1: mlCoordinate = Length(millimetres: amount)
        case 2: depth = Length(millimetres: amount)
        case 3: rotation = Angle(degrees: amount)
        case 4: apAngle = Angle(degrees: amount)
        case 5: mlAngle = Angle(degrees: amount)
        default: break
        }
    }
}
