import StereotaxAtlas
import StereotaxGeometry

/// An atlas slice sampled on a regular grid of a plane of the bregma frame:
/// one label (structure id, 0 unlabelled, −1 outside the atlas) per pixel.
struct SliceRaster {
    /// Pixels across and down.
    let columns: Int
    let rows: Int
    /// Row-major labels.
    let labels: [Int]

    /// Samples the plane `origin + (c + ½)·pixel·right + (r + ½)·pixel·down`.
    init(atlas: PlanningAtlas, origin: Point3<Frame.Bregma>, right: Vector3<Frame.Bregma>, down: Vector3<Frame.Bregma>,
         pixel: Length, columns: Int, rows: Int) throws {
        var points: [Point3<Frame.CCF>] = []
        points.reserveCapacity(columns * rows)
        for r in 0..<rows {
            for c in 0..<columns {
                let p = origin + right * (pixel * (Double(c) + 0.5)) + down * (pixel * (Double(r) + 0.5))
                points.append(atlas.bregmaToCCF.apply(p))
            }
        }
        labels = try atlas.lookup.lookup(points).map { result in
            switch result {
            case .outside: -1
            case .unlabelled: 0
            case let .structure(id, _): id
            }
        }
        self.columns = columns
        self.rows = rows
    }

    func label(_ r: Int, _ c: Int) -> Int { labels[r * columns + c] }
}
