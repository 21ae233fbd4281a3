import Foundation
import StereotaxGeometry

/// A probe's shape and recording sites, read from a JSON file (see `probes/`
/// in the repository; users add their own files in the same format).
///
/// **Probe coordinates.** Sites are given in the probe's own axes, in µm,
/// relative to the probe's *reference point*: the point the plan puts at the
/// target (for a multi-shank probe, the midpoint between the outer shanks'
/// tips, at tip level):
/// - `width`: across the shanks, in the plane of the features (``ProbeOrientation/widthAxis``);
/// - `height`: up the shaft from the tip (opposite ``ProbeOrientation/shaftDirection``);
/// - `face`: along the face normal (``ProbeOrientation/faceNormal``), usually 0.
///
/// A site at (w, h, f) lies at `tip + w·widthAxis − h·shaftDirection + f·faceNormal`,
/// so BrainSTEM's rotation about the shaft turns the sites with the probe.
public struct ProbeGeometry: Sendable, Hashable {
    /// Short identifier, e.g. `"neuropixels-1.0"`.
    public let name: String
    /// One line saying what the probe is and where its numbers come from.
    public let summary: String
    /// What it is: `"silicon-probe"`, `"optic-fiber"`, `"tetrode-bundle"`, ...
    public let kind: String
    /// The shanks, in order of their width offset.
    public let shanks: [Shank]
    /// Every site, in file order.
    public let sites: [ProbeSite]

    /// One shank (or fiber, or wire bundle).
    public struct Shank: Sendable, Hashable {
        /// Width-axis offset of the shank's centre line from the reference point, µm.
        public let widthOffsetMicrometres: Double
        /// Face-normal offset of the shank's centre line from the reference point, µm.
        public let faceOffsetMicrometres: Double
        /// Shank width (or fiber diameter), µm.
        public let widthMicrometres: Double
        /// Shank thickness along the face normal, µm.
        public let thicknessMicrometres: Double
        /// Length of the tapered tip, from the tip to where the full width starts, µm (0 for a flat tip).
        public let tipLengthMicrometres: Double
    }

    public init(name: String, summary: String, kind: String, shanks: [Shank], sites: [ProbeSite]) {
        self.name = name
        self.summary = summary
        self.kind = kind
        self.shanks = shanks
        self.sites = sites
    }

    /// Reads a probe file.
    /// - Throws: ``ProbeGeometryError`` naming the file and field on unreadable or invalid content.
    public static func load(contentsOf url: URL) throws(ProbeGeometryError) -> ProbeGeometry {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(file: url.path, reason: error.localizedDescription) }
        return try decode(data, origin: url.path)
    }

    /// Parses the JSON text of a probe file; `origin` names it in errors.
    public static func decode(_ data: Data, origin: String) throws(ProbeGeometryError) -> ProbeGeometry {
        let file: ProbeFile
        do {
            file = try JSONDecoder().decode(ProbeFile.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .invalid(file: origin, field: Self.path(context.codingPath + [key]), expected: "a value (the member is missing)")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .invalid(file: origin, field: Self.path(context.codingPath), expected: context.debugDescription)
        } catch let DecodingError.valueNotFound(_, context) {
            throw .invalid(file: origin, field: Self.path(context.codingPath), expected: "a value, not null")
        } catch {
            throw .unreadable(file: origin, reason: "not valid JSON: \(error)")
        }
        return try file.geometry(origin: origin)
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }

    /// The sites' positions in the bregma frame for a probe whose reference
    /// point is at `tip` with `orientation` (mm).
    public func sitePositions(tip: Point3<Frame.Bregma>, orientation: ProbeOrientation) -> [Point3<Frame.Bregma>] {
        let w = orientation.widthAxis, d = orientation.shaftDirection, f = orientation.faceNormal
        return sites.map { s in
            tip + w * Length.µm(s.widthMicrometres) + d * Length.µm(-s.heightMicrometres) + f * Length.µm(s.faceMicrometres)
        }
    }
}

/// A recording site (or light-emitting face) of a probe, in the probe's own
/// axes relative to its reference point, µm (see ``ProbeGeometry``).
public struct ProbeSite: Sendable, Hashable {
    /// Channel or site index as the file gives it.
    public let index: Int
    /// Which shank (index into ``ProbeGeometry/shanks``).
    public let shank: Int
    public let widthMicrometres: Double
    public let heightMicrometres: Double
    public let faceMicrometres: Double

    public init(index: Int, shank: Int, widthMicrometres: Double, heightMicrometres: Double, faceMicrometres: Double = 0) {
        self.index = index
        self.shank = shank
        self.widthMicrometres = widthMicrometres
        self.heightMicrometres = heightMicrometres
        self.faceMicrometres = faceMicrometres
    }
}
