/// The JSON layout of a probe file (format `"stereotax-probe 1"`), all lengths in µm.
///
/// ```json
/// { "format": "stereotax-probe 1", "name": "…", "summary": "…", "kind": "silicon-probe",
///   "shanks": [{ "widthOffsetMicrometres": 0, "widthMicrometres": 70,
///                "thicknessMicrometres": 24, "tipLengthMicrometres": 175 }],
///   "siteGrids": [{ "shank": 0, "rows": 480, "rowPitchMicrometres": 20,
///                   "firstRowHeightMicrometres": 175,
///                   "rowPatternsMicrometres": [[8, -24], [24, -8]] }],
///   "sites": [{ "shank": 0, "widthMicrometres": 0, "heightMicrometres": 0 }] }
/// ```
/// A site grid puts row r at height `firstRow + r·rowPitch` with one site per
/// width offset in pattern `r mod patterns.count` (a staggered layout is two
/// patterns). Explicit `sites` follow the grids' sites; indices run on in order.
struct ProbeFile: Decodable {
    static let formatName = "stereotax-probe 1"

    var format: String
    var name: String
    var summary: String
    var kind: String
    var shanks: [ShankEntry]
    var siteGrids: [SiteGrid]?
    var sites: [SiteEntry]?

    struct ShankEntry: Decodable {
        var widthOffsetMicrometres: Double
        var faceOffsetMicrometres: Double?
        var widthMicrometres: Double
        var thicknessMicrometres: Double
        var tipLengthMicrometres: Double
    }

    struct SiteGrid: Decodable {
        var shank: Int
        var rows: Int
        var rowPitchMicrometres: Double
        var firstRowHeightMicrometres: Double
        var rowPatternsMicrometres: [[Double]]
    }

    struct SiteEntry: Decodable {
        var shank: Int
        var widthMicrometres: Double
        var heightMicrometres: Double
        var faceMicrometres: Double?
    }

    func geometry(origin: String) throws(ProbeGeometryError) -> ProbeGeometry {
        func fail(_ field: String, _ expected: String) -> ProbeGeometryError { .invalid(file: origin, field: field, expected: expected) }
        func finite(_ v: Double, _ field: String, nonNegative: Bool = false, positive: Bool = false) throws(ProbeGeometryError) {
            guard v.isFinite else { throw fail(field, "a finite number of µm") }
            if positive, v <= 0 { throw fail(field, "a positive number of µm (found \(v))") }
            if nonNegative, v < 0 { throw fail(field, "a number of µm ≥ 0 (found \(v))") }
        }
        guard format == Self.formatName else { throw fail("format", "\"\(Self.formatName)\" (found \"\(format)\")") }
        guard !name.isEmpty else { throw fail("name", "a non-empty string") }
        guard !shanks.isEmpty else { throw fail("shanks", "at least one shank") }

        var shankList: [ProbeGeometry.Shank] = []
        for (i, s) in shanks.enumerated() {
            try finite(s.widthOffsetMicrometres, "shanks[\(i)].widthOffsetMicrometres")
            try finite(s.faceOffsetMicrometres ?? 0, "shanks[\(i)].faceOffsetMicrometres")
            try finite(s.widthMicrometres, "shanks[\(i)].widthMicrometres", positive: true)
            try finite(s.thicknessMicrometres, "shanks[\(i)].thicknessMicrometres", positive: true)
            try finite(s.tipLengthMicrometres, "shanks[\(i)].tipLengthMicrometres", nonNegative: true)
            shankList.append(.init(widthOffsetMicrometres: s.widthOffsetMicrometres, faceOffsetMicrometres: s.faceOffsetMicrometres ?? 0,
                                   widthMicrometres: s.widthMicrometres, thicknessMicrometres: s.thicknessMicrometres,
                                   tipLengthMicrometres: s.tipLengthMicrometres))
        }

        var siteList: [ProbeSite] = []
        for (g, grid) in (siteGrids ?? []).enumerated() {
            let at = "siteGrids[\(g)]"
            guard shankList.indices.contains(grid.shank) else { throw fail("\(at).shank", "a shank index 0..<\(shankList.count) (found \(grid.shank))") }
            guard grid.rows > 0 else { throw fail("\(at).rows", "a positive row count (found \(grid.rows))") }
            try finite(grid.rowPitchMicrometres, "\(at).rowPitchMicrometres", positive: true)
            try finite(grid.firstRowHeightMicrometres, "\(at).firstRowHeightMicrometres", nonNegative: true)
            guard !grid.rowPatternsMicrometres.isEmpty, grid.rowPatternsMicrometres.allSatisfy({ !$0.isEmpty }) else {
                throw fail("\(at).rowPatternsMicrometres", "one or more non-empty lists of width offsets")
            }
            let shank = shankList[grid.shank]
            for (p, pattern) in grid.rowPatternsMicrometres.enumerated() {
                for (k, w) in pattern.enumerated() { try finite(w, "\(at).rowPatternsMicrometres[\(p)][\(k)]") }
            }
            for r in 0..<grid.rows {
                let height = grid.firstRowHeightMicrometres + Double(r) * grid.rowPitchMicrometres
                for w in grid.rowPatternsMicrometres[r % grid.rowPatternsMicrometres.count] {
                    siteList.append(ProbeSite(index: siteList.count, shank: grid.shank, widthMicrometres: shank.widthOffsetMicrometres + w,
                                              heightMicrometres: height, faceMicrometres: shank.faceOffsetMicrometres))
                }
            }
        }
        for (i, s) in (sites ?? []).enumerated() {
            let at = "sites[\(i)]"
            guard shankList.indices.contains(s.shank) else { throw fail("\(at).shank", "a shank index 0..<\(shankList.count) (found \(s.shank))") }
            try finite(s.widthMicrometres, "\(at).widthMicrometres")
            try finite(s.heightMicrometres, "\(at).heightMicrometres", nonNegative: true)
            try finite(s.faceMicrometres ?? 0, "\(at).faceMicrometres")
            siteList.append(ProbeSite(index: siteList.count, shank: s.shank, widthMicrometres: s.widthMicrometres,
                                      heightMicrometres: s.heightMicrometres, faceMicrometres: s.faceMicrometres ?? 0))
        }
        return ProbeGeometry(name: name, summary: summary, kind: kind, shanks: shankList, sites: siteList)
    }
}
