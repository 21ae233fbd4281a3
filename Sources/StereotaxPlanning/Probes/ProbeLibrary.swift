import Foundation

/// The probe files of a directory (`*.json`, one probe each), by name.
///
/// The repository's `probes/` folder holds Neuropixels 1.0, Neuropixels 2.0
/// four-shank, a 200 µm optic fiber and a tetrode bundle; users add their own
/// files to it or point at a directory of their own.
public struct ProbeLibrary: Sendable {
    /// Where the files were read from.
    public let directory: URL
    /// The probes, sorted by name.
    public let probes: [ProbeGeometry]

    /// The environment variable naming a probe directory (`STEREOTAX_PROBE_PATH`).
    public static let environmentVariable = "STEREOTAX_PROBE_PATH"

    /// Reads every `*.json` file of `directory`.
    /// - Throws: ``ProbeGeometryError`` for the first unreadable or invalid file, or a duplicate name.
    public init(directory: URL) throws(ProbeGeometryError) {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory.path) } catch {
            throw .unreadable(file: directory.path, reason: "cannot list the probe directory: \(error.localizedDescription)")
        }
        var probes: [ProbeGeometry] = []
        for file in names.filter({ $0.hasSuffix(".json") }).sorted() {
            let probe = try ProbeGeometry.load(contentsOf: directory.appendingPathComponent(file))
            if probes.contains(where: { $0.name == probe.name }) {
                throw .invalid(file: directory.appendingPathComponent(file).path, field: "name", expected: "a name no other file in the directory uses (\"\(probe.name)\" is taken)")
            }
            probes.append(probe)
        }
        self.directory = directory
        self.probes = probes.sorted { $0.name < $1.name }
    }

    /// The probe called `name`.
    public func probe(named name: String) throws(ProbeGeometryError) -> ProbeGeometry {
        guard let p = probes.first(where: { $0.name == name }) else { throw .unknownProbe(name: name, known: probes.map(\.name)) }
        return p
    }
}
