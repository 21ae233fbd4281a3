import StereotaxGeometry
import StereotaxJSON

/// `Stereotaxic_XY_Surface`. An insertion whose entry point is given on the frame's x/y axes (millimetres) and whose target lies `depth` along the shaft below the brain surface, with angles (degrees).
///
/// Every field is optional: an absent field is `nil`, never zero.
public struct StereotaxicXYSurfaceCoordinates: CoordinateSystem {
    public static let systemName = CoordinateSystemName.stereotaxicXYSurface

    /// `x`: entry position along the frame's x axis.
    public var x: Length?
    /// `y`: entry position along the frame's y axis.
    public var y: Length?
    /// `depth`: distance along the shaft from the brain surface to the target. Legacy name: `surfaceDepth`.
    public var depth: Length?
    /// `xAngle`: angle about the frame's x axis.
    public var xAngle: Angle?
    /// `yAngle`: angle about the frame's y axis.
    public var yAngle: Angle?
    /// `rotation`: rotation about the probe's own axis.
    public var rotation: Angle?
    /// Members that are no field of this system, kept in order.
    public var unknownFields: JSONObject

    public init() { self.unknownFields = JSONObject() }

    public init(
        x: Length? = nil,
        y: Length? = nil,
        depth: Length? = nil,
        xAngle: Angle? = nil,
        yAngle: Angle? = nil,
        rotation: Angle? = nil,
        unknownFields: JSONObject = JSONObject()
    ) {
        self.x = x
        self.y = y
        self.depth = depth
        self.xAngle = xAngle
        self.yAngle = yAngle
        self.rotation = rotation
        self.unknownFields = unknownFields
    }

    public static let fields: [CoordinateField<StereotaxicXYSurfaceCoordinates>] = [
        .length("x", \.x, required: true, meaning: "entry position along the frame's x axis"),
        .length("y", \.y, required: true, meaning: "entry position along the frame's y axis"),
        .length("depth", \.depth, legacy: [.renamed("surfaceDepth")], required: true, meaning: "distance along the shaft from the brain surface to the target"),
        .angle("xAngle", \.xAngle, meaning: "angle about the frame's x axis"),
        .angle("yAngle", \.yAngle, meaning: "angle about the frame's y axis"),
        .angle("rotation", \.rotation, meaning: "rotation about the probe's own axis"),
    ]
}

extension StereotaxicXYSurfaceCoordinates {
    /// The amount of `fields[index]` (millimetres or degrees), read from its stored property.
    public func amount(ofFieldAt index: Int) -> Double? {
        switch index {
        case 0: return x?.millimetres
        case 1: return y?.millimetres
        case 2: return depth?.millimetres
        case 3: return xAngle?.degrees
        case 4: return yAngle?.degrees
        case 5: return rotation?.degrees
        default: return nil
        }
    }

    /// Sets `fields[index]` to `amount` (millimetres or degrees) in its stored property;
    /// does nothing for an `index` that is no field's.
    public mutating func setAmount(_ amount: Double, ofFieldAt index: Int) {
        switch index {
        case 0: x = Length(millimetres: amount)
        case 1: y = Length(millimetres: amount)
        case 2: depth = Length(millimetres: amount)
        case 3: xAngle = Angle(degrees: amount)
        case 4: yAngle = Angle(degrees: amount)
        case 5: rotation = Angle(degrees: amount)
        default: break
        }
    }
}
