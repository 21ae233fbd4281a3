import StereotaxGeometry

/// A straight insertion in the bregma frame: where the shaft enters the brain,
/// where its tip ends, and the depth along the shaft between them.
public struct Insertion: Sendable, Hashable {
    /// How far above a point the search for the surface starts (100 mm, above any rodent brain).
    static let reach = Length.mm(100)

    /// Where the shaft crosses the brain surface.
    public var entry: Point3<Frame.Bregma>
    /// The tip (target).
    public var tip: Point3<Frame.Bregma>
    /// Unit vector from entry toward tip (down the shaft).
    public var direction: Vector3<Frame.Bregma>
    /// Distance from the brain surface to the tip along the shaft.
    public var depth: Length
    /// The surface used, for provenance.
    public var surfaceName: String

    /// Brain-surface coordinates → insertion. The entry is the surface point
    /// at (AP, ML) (found by a vertical ray); the tip lies `depth` along
    /// `direction` from it.
    public static func fromSurfaceEntry(ap: Length, ml: Length, depth: Length, direction: Vector3<Frame.Bregma>,
                                        surface: some BrainSurfaceProvider) throws -> Insertion {
        try fromSurfaceEntry(column: Point3(ap: ap, ml: ml, dv: .zero), columnDirection: Vector3(mm: 0, 0, 1),
                             depth: depth, direction: direction, surface: surface)
    }

    /// Brain-surface coordinates → insertion, with the entry searched along a
    /// given column: the line through `column` along `columnDirection` (e.g.
    /// a stereotaxic frame's z drive). The tip lies `depth` along `direction`
    /// from the entry.
    public static func fromSurfaceEntry(column: Point3<Frame.Bregma>, columnDirection: Vector3<Frame.Bregma>, depth: Length,
                                        direction: Vector3<Frame.Bregma>, surface: some BrainSurfaceProvider) throws -> Insertion {
        guard let dir = direction.normalized, let down = columnDirection.normalized, down.millimetres.z > 0 else {
            throw InsertionError.invalidDirection
        }
        let above = column - down * reach
        guard let ray = Ray3(origin: above, direction: down), let entry = surface.entry(along: ray) else {
            throw InsertionError.noSurface(ap: column.ap, ml: column.ml, surfaceName: surface.surfaceName)
        }
        return Insertion(entry: entry, tip: entry + dir * depth, direction: dir, depth: depth, surfaceName: surface.surfaceName)
    }

    /// Absolute coordinates (the tip) and the approach → insertion. The entry
    /// is the first point where the shaft, coming down along `direction`,
    /// meets the brain.
    public static func fromTip(_ tip: Point3<Frame.Bregma>, direction: Vector3<Frame.Bregma>,
                               surface: some BrainSurfaceProvider) throws -> Insertion {
        guard let dir = direction.normalized else { throw InsertionError.invalidDirection }
        let start = tip - dir * reach
        guard let ray = Ray3(origin: start, direction: dir), let entry = surface.entry(along: ray) else {
            throw InsertionError.shaftMissesBrain(tip: tip, surfaceName: surface.surfaceName)
        }
        let depth = (tip - entry).dot(dir)
        guard depth >= -1e-9 else {
            throw InsertionError.tipAboveSurface(tip: tip, by: .mm(-depth), surfaceName: surface.surfaceName)
        }
        return Insertion(entry: entry, tip: tip, direction: dir, depth: .mm(max(0, depth)), surfaceName: surface.surfaceName)
    }
}

/// Why an insertion could not be computed.
public enum InsertionError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidDirection
    case noSurface(ap: Length, ml: Length, surfaceName: String)
    case shaftMissesBrain(tip: Point3<Frame.Bregma>, surfaceName: String)
    case tipAboveSurface(tip: Point3<Frame.Bregma>, by: Length, surfaceName: String)

    public var description: String {
        switch self {
        case .invalidDirection: return "the insertion direction is zero or not finite"
        case let .noSurface(ap, ml, s): return "no brain surface at AP \(ap.millimetres), ML \(ml.millimetres) mm on \(s)"
        case let .shaftMissesBrain(tip, s): return "the shaft through \(tip) never meets the brain on \(s)"
        case let .tipAboveSurface(tip, by, s): return "the tip \(tip) lies \(by.millimetres) mm above the brain surface (\(s)) along the shaft"
        }
    }
}
