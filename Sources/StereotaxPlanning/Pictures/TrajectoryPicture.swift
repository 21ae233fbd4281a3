import Foundation
import StereotaxAtlas
import StereotaxGeometry

/// An SVG of a planned trajectory over two atlas slices through the tip: a
/// coronal one (seen from behind: the animal's right on the right) and a
/// sagittal one (anterior on the left). Structures are filled with the
/// ontology's colours and outlined, the structures the shaft crosses are
/// labelled, a 1 mm scale bar is drawn, and the title names the preset, the
/// atlas, the angles and the angle order.
///
/// The slices are planes of the bregma frame (sampled through the preset), so
/// with a tilted preset they are oblique in the atlas. The shaft is drawn
/// projected onto each plane.
public struct TrajectoryPicture: Sendable {
    /// Size of one slice pixel (default 25 µm, the Allen volume's voxel).
    public var pixel: Length = .µm(25)
    /// Half the width of each slice, around the tip.
    public var halfWidth: Length = .mm(2.5)
    /// How far the slices reach above the highest entry and below the tip.
    public var marginAbove: Length = .mm(0.6)
    public var marginBelow: Length = .mm(1.0)
    /// Screen pixels per millimetre.
    public var scale: Double = 110

    public init() {}

    /// The SVG document.
    /// - Parameters:
    ///   - plan: the forward plan to draw.
    ///   - skullEntry: where the shaft meets the skull, when known (drawn dashed above the brain entry).
    ///   - title: a first title line (e.g. the experiment); the plan's numbers follow it.
    public func svg(of plan: ForwardPlan, atlas: PlanningAtlas, skullEntry: Point3<Frame.Bregma>? = nil, title: String? = nil) throws -> String {
        try PlanningError.check(pixel.millimetres, "picture pixel", positive: true)
        try PlanningError.check(halfWidth.millimetres, "picture half width", positive: true)
        let top = min(plan.entry.dv, skullEntry?.dv ?? plan.entry.dv) - marginAbove
        let bottom = plan.tip.dv + marginBelow
        let columns = Int((2 * halfWidth.millimetres / pixel.millimetres).rounded(.up))
        let rows = Int(((bottom - top).millimetres / pixel.millimetres).rounded(.up))
        let width = Double(columns) * pixel.millimetres * scale, height = Double(rows) * pixel.millimetres * scale
        let gutter = 150.0, pad = 20.0, head = 91.0

        let tip = plan.tip
        let coronal = Panel(name: "Coronal, AP \(Self.mm(tip.ap)) mm from bregma (seen from behind: animal's right on the right)",
                            origin: Point3(ap: tip.ap, ml: tip.ml - halfWidth, dv: top), right: Vector3(mm: 0, 1, 0),
                            x0: pad, axis: { $0.ml.millimetres - (tip.ml - halfWidth).millimetres })
        let sagittal = Panel(name: "Sagittal, ML \(Self.mm(tip.ml)) mm from bregma (anterior on the left)",
                             origin: Point3(ap: tip.ap + halfWidth, ml: tip.ml, dv: top), right: Vector3(mm: -1, 0, 0),
                             x0: pad + width + gutter + pad, axis: { (tip.ap + halfWidth).millimetres - $0.ap.millimetres })
        var body = ""
        for panel in [coronal, sagittal] {
            let raster = try SliceRaster(atlas: atlas, origin: panel.origin, right: panel.right, down: Vector3(mm: 0, 0, 1),
                                         pixel: pixel, columns: columns, rows: rows)
            body += panelSVG(panel, raster: raster, plan: plan, skullEntry: skullEntry, atlas: atlas, top: top,
                             y0: head, width: width, height: height)
        }
        // Scale bar: 1 mm under the coronal panel.
        let barY = head + height + 22
        body += "<path d=\"M\(f(pad)) \(f(barY))h\(f(scale))\" stroke=\"#000\" stroke-width=\"3\"/>"
        body += "<text x=\"\(f(pad + scale + 8))\" y=\"\(f(barY + 4))\" font-size=\"12\">1 mm</text>\n"

        let a = plan.angles
        let lines = [title,
                     "Entry AP \(Self.mm(plan.entry.ap)), ML \(Self.mm(plan.entry.ml)), DV \(Self.mm(plan.entry.dv)) mm; tip AP \(Self.mm(tip.ap)), ML \(Self.mm(tip.ml)), DV \(Self.mm(tip.dv)) mm (bregma, DV ventral+); depth \(Self.mm(plan.depth)) mm along the shaft",
                     "AP angle \(Self.deg(a.apAngle))°, ML angle \(Self.deg(a.mlAngle))°, rotation \(Self.deg(a.rotation))° (\(plan.angleOrder))"
                     + (plan.probeName.map { "; probe \($0)" } ?? ""),
                     "Preset \(plan.presetName); atlas \(atlas.atlasName)"]
            .compactMap { $0 }
        var header = ""
        for (i, line) in lines.enumerated() {
            header += "<text x=\"\(f(pad))\" y=\"\(f(20 + 17 * Double(i)))\" font-size=\"\(i == 0 && title != nil ? 15 : 12)\"\(i == 0 && title != nil ? " font-weight=\"bold\"" : "")>\(Self.escape(line))</text>\n"
        }
        let totalWidth = pad + width + gutter + pad + width + gutter
        let totalHeight = barY + 20
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(f(totalWidth))" height="\(f(totalHeight))" viewBox="0 0 \(f(totalWidth)) \(f(totalHeight))" font-family="Helvetica, Arial, sans-serif">
        <rect width="100%" height="100%" fill="#fff"/>
        \(header)\(body)</svg>

        """
    }

    struct Panel {
        var name: String
        var origin: Point3<Frame.Bregma>
        var right: Vector3<Frame.Bregma>
        var x0: Double
        /// Horizontal position (mm from the panel's left edge) of a bregma point.
        var axis: @Sendable (Point3<Frame.Bregma>) -> Double
    }

    private func panelSVG(_ panel: Panel, raster: SliceRaster, plan: ForwardPlan, skullEntry: Point3<Frame.Bregma>?,
                          atlas: PlanningAtlas, top: Length, y0: Double, width: Double, height: Double) -> String {
        let px = pixel.millimetres * scale
        var out = "<text x=\"\(f(panel.x0))\" y=\"\(f(y0 - 8))\" font-size=\"12\">\(Self.escape(panel.name))</text>\n"
        out += "<g shape-rendering=\"crispEdges\">"
        // Fills: one rect per run of equal labels in a row.
        for r in 0..<raster.rows {
            var c = 0
            while c < raster.columns {
                let label = raster.label(r, c)
                var end = c + 1
                while end < raster.columns, raster.label(r, end) == label { end += 1 }
                out += "<rect x=\"\(f(panel.x0 + Double(c) * px))\" y=\"\(f(y0 + Double(r) * px))\" width=\"\(f(Double(end - c) * px))\" height=\"\(f(px))\" fill=\"#\(color(label, atlas))\"/>"
                c = end
            }
            out += "\n"
        }
        // Boundaries: pixel edges between different labels, merged along rows and columns.
        var d = ""
        for r in 1..<max(raster.rows, 1) {
            var c = 0
            while c < raster.columns {
                guard raster.label(r, c) != raster.label(r - 1, c) else { c += 1; continue }
                var end = c + 1
                while end < raster.columns, raster.label(r, end) != raster.label(r - 1, end) { end += 1 }
                d += "M\(f(panel.x0 + Double(c) * px)) \(f(y0 + Double(r) * px))h\(f(Double(end - c) * px))"
                c = end
            }
        }
        for c in 1..<max(raster.columns, 1) {
            var r = 0
            while r < raster.rows {
                guard raster.label(r, c) != raster.label(r, c - 1) else { r += 1; continue }
                var end = r + 1
                while end < raster.rows, raster.label(end, c) != raster.label(end, c - 1) { end += 1 }
                d += "M\(f(panel.x0 + Double(c) * px)) \(f(y0 + Double(r) * px))v\(f(Double(end - r) * px))"
                r = end
            }
        }
        out += "</g>\n<path d=\"\(d)\" fill=\"none\" stroke=\"#333\" stroke-width=\"0.5\" stroke-opacity=\"0.7\"/>\n"

        // The shaft, projected.
        func point(_ p: Point3<Frame.Bregma>) -> (x: Double, y: Double) {
            (panel.x0 + panel.axis(p) * scale, y0 + (p.dv - top).millimetres * scale)
        }
        let e = point(plan.entry), t = point(plan.tip)
        if let skullEntry {
            let s = point(skullEntry)
            out += "<path d=\"M\(f(s.x)) \(f(s.y))L\(f(e.x)) \(f(e.y))\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>"
            out += "<circle cx=\"\(f(s.x))\" cy=\"\(f(s.y))\" r=\"3\" fill=\"#fff\" stroke=\"#000\"/>"
        }
        out += "<path d=\"M\(f(e.x)) \(f(e.y))L\(f(t.x)) \(f(t.y))\" stroke=\"#000\" stroke-width=\"3\" stroke-linecap=\"round\"/>"
        out += "<circle cx=\"\(f(e.x))\" cy=\"\(f(e.y))\" r=\"3.5\" fill=\"#ffd400\" stroke=\"#000\"/>"
        out += "<circle cx=\"\(f(t.x))\" cy=\"\(f(t.y))\" r=\"4\" fill=\"#e8112d\" stroke=\"#000\"/>\n"

        // Crossed structures: labels in the gutter right of the panel, spread to stay apart.
        var labels: [(y: Double, anchor: (x: Double, y: Double), text: String)] = []
        for segment in merged(plan.structures) {
            let mid = plan.entry + plan.direction * ((segment.start + segment.end) * 0.5)
            let anchor = point(mid)
            labels.append((anchor.y, anchor, "\(segment.region.acronym)  \(Self.mm(segment.start))–\(Self.mm(segment.end))"))
        }
        let spacing = 12.0
        var placed: [Double] = []
        for l in labels {
            placed.append(max(l.y, (placed.last ?? -.infinity) + spacing))
        }
        // Shift up when the last labels run past the bottom.
        if let last = placed.last, last > y0 + height {
            let shift = last - (y0 + height)
            placed = placed.map { $0 - shift }
            for i in stride(from: placed.count - 2, through: 0, by: -1) where placed[i] > placed[i + 1] - spacing { placed[i] = placed[i + 1] - spacing }
        }
        let labelX = panel.x0 + width + 8
        for (l, y) in zip(labels, placed) {
            out += "<path d=\"M\(f(l.anchor.x)) \(f(l.anchor.y))L\(f(labelX - 2)) \(f(y - 3))\" stroke=\"#000\" stroke-width=\"0.6\" stroke-opacity=\"0.6\" fill=\"none\"/>"
            out += "<text x=\"\(f(labelX))\" y=\"\(f(y))\" font-size=\"10\">\(Self.escape(l.text))</text>\n"
        }
        out += "<rect x=\"\(f(panel.x0))\" y=\"\(f(y0))\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"none\" stroke=\"#000\"/>\n"
        return out
    }

    /// Consecutive segments of one structure (split only by sampling) as one.
    private func merged(_ segments: [ShaftSegment]) -> [ShaftSegment] {
        var out: [ShaftSegment] = []
        for s in segments {
            if let last = out.last, last.region == s.region, abs((last.end - s.start).millimetres) < 1e-9 {
                out[out.count - 1].end = s.end
            } else { out.append(s) }
        }
        return out
    }

    private func color(_ label: Int, _ atlas: PlanningAtlas) -> String {
        if label < 0 { return "e6e6e6" }
        if label == 0 { return "ffffff" }
        return atlas.ontology[id: label]?.color?.hexTriplet ?? "bbbbbb"
    }

    private func f(_ v: Double) -> String { String(format: "%.1f", v) }
    static func mm(_ l: Length) -> String { String(format: "%.2f", l.millimetres) }
    static func deg(_ a: Angle) -> String { String(format: "%.1f", a.degrees) }
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
