import StereotaxCoordinates
import StereotaxGeometry

/// Reads and changes one length field of typed coordinates by its BrainSTEM name, whatever
/// the system, through the system's own field table.
enum CoordinateLengthEdit {
    /// The lengths present in `coordinates`: field name, legacy names and amount.
    static func lengths(of coordinates: Coordinates) -> [(key: String, legacyKeys: [String], length: Length)] {
        func read<S: CoordinateSystem>(_ value: S) -> [(key: String, legacyKeys: [String], length: Length)] {
            S.fields.compactMap { field in
                guard case .length(let keyPath) = field.storage, let length = value[keyPath: keyPath] else { return nil }
                return (field.key, field.legacyKeys.map(\.key), length)
            }
        }
        return read(coordinates.system)
    }

    /// `coordinates` with field `key` replaced by `transform` of its value; `nil` if the
    /// system has no such length field or it is absent.
    static func replacing(_ key: String, in coordinates: Coordinates, by transform: (Length) -> Length) -> Coordinates? {
        func edit<S: CoordinateSystem>(_ value: S, wrap: (S) -> Coordinates) -> Coordinates? {
            for field in S.fields where field.key == key {
                guard case .length(let keyPath) = field.storage, let old = value[keyPath: keyPath] else { return nil }
                var copy = value
                copy[keyPath: keyPath] = transform(old)
                return wrap(copy)
            }
            return nil
        }
        switch coordinates {
        case .stereotaxicBregmaAbsolute(let c): return edit(c, wrap: Coordinates.stereotaxicBregmaAbsolute)
        case .stereotaxicLambdaAbsolute(let c): return edit(c, wrap: Coordinates.stereotaxicLambdaAbsolute)
        case .stereotaxicBregmaBrainSurface(let c): return edit(c, wrap: Coordinates.stereotaxicBregmaBrainSurface)
        case .stereotaxicLambdaBrainSurface(let c): return edit(c, wrap: Coordinates.stereotaxicLambdaBrainSurface)
        case .stereotaxicXYZAbsolute(let c): return edit(c, wrap: Coordinates.stereotaxicXYZAbsolute)
        case .stereotaxicXYSurface(let c): return edit(c, wrap: Coordinates.stereotaxicXYSurface)
        case .externalXYZAbsolute(let c): return edit(c, wrap: Coordinates.externalXYZAbsolute)
        case .ccfXYZAbsolute(let c): return edit(c, wrap: Coordinates.ccfXYZAbsolute)
        }
    }

    /// The field holding the dorsal–ventral position or depth, where one field alone does:
    /// `dvCoordinate` (bregma/lambda absolute), `depth` (brain-surface systems). Frame, external
    /// and CCF axes have none (their DV axis depends on a calibration, or has no sign slip).
    static func dorsoventralKey(of system: CoordinateSystemName) -> String? {
        switch system {
        case .stereotaxicBregmaAbsolute, .stereotaxicLambdaAbsolute: return "dvCoordinate"
        case .stereotaxicBregmaBrainSurface, .stereotaxicLambdaBrainSurface, .stereotaxicXYSurface: return "depth"
        case .stereotaxicXYZAbsolute, .externalXYZAbsolute, .ccfXYZAbsolute: return nil
        }
    }

    /// The field holding the medial–lateral position relative to the midline (negating it
    /// mirrors the target): `mlCoordinate` in the bregma and lambda systems.
    static func mediolateralKey(of system: CoordinateSystemName) -> String? {
        switch system {
        case .stereotaxicBregmaAbsolute, .stereotaxicLambdaAbsolute, .stereotaxicBregmaBrainSurface, .stereotaxicLambdaBrainSurface:
            return "mlCoordinate"
        case .stereotaxicXYZAbsolute, .stereotaxicXYSurface, .externalXYZAbsolute, .ccfXYZAbsolute:
            return nil
        }
    }
}
