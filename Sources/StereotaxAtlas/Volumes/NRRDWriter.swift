import Foundation

/// Writes a label volume as a gzip-encoded NRRD (the Allen annotation's own
/// format): the smallest unsigned integer type that holds every label,
/// little endian, `space directions` from the voxel size and `space origin` from
/// the centre of voxel (0, 0, 0), both in µm, and the axes
/// named in a comment (the header's `space` field is left out: the
/// orientation is the manifest's to state).
public enum NRRDWriter {
    public static func write(_ volume: LabelVolume, to url: URL, comment: String? = nil) throws {
        let maxLabel = volume.labelValues.max() ?? 0
        let minLabel = volume.labelValues.min() ?? 0
        guard minLabel >= 0, maxLabel <= Int(UInt32.max) else {
            throw VolumeWriteError.unwritable(file: url.path, reason: "labels \(minLabel)…\(maxLabel) do not fit an unsigned 32-bit type")
        }
        let width = maxLabel <= Int(UInt16.max) ? 2 : 4
        let data: [UInt8] = volume.withUnsafeLabelIndices { indices in
            var raw = [UInt8](repeating: 0, count: indices.count * width)
            let table = volume.labelValues
            raw.withUnsafeMutableBytes { out in
                if width == 2 {
                    let p = out.bindMemory(to: UInt16.self)
                    for i in 0..<indices.count { p[i] = UInt16(table[Int(indices[i])]).littleEndian }
                } else {
                    let p = out.bindMemory(to: UInt32.self)
                    for i in 0..<indices.count { p[i] = UInt32(table[Int(indices[i])]).littleEndian }
                }
            }
            return raw
        }
        let compressed = try data.withUnsafeBytes { try GzipDeflater.compress($0, file: url.path) }
        let s = volume.voxelSizeMicrometres
        var header = "NRRD0004\n"
        if let comment { header += comment.split(separator: "\n").map { "# \($0)\n" }.joined() }
        header += "# axes: \(volume.orientation)\n"
        header += "type: \(width == 2 ? "uint16" : "uint32")\n"
        header += "dimension: 3\n"
        header += "sizes: \(volume.sizes.x) \(volume.sizes.y) \(volume.sizes.z)\n"
        header += "space dimension: 3\n"
        header += "space directions: (\(s.x),0,0) (0,\(s.y),0) (0,0,\(s.z))\n"
        header += "space units: \"microns\" \"microns\" \"microns\"\n"
        let o = volume.originMillimetres * 1000
        header += "space origin: (\(o.x),\(o.y),\(o.z))\n"
        header += "kinds: domain domain domain\n"
        header += "endian: little\n"
        header += "encoding: gzip\n\n"
        var file = Data(header.utf8)
        file.append(contentsOf: compressed)
        do { try file.write(to: url, options: .atomic) } catch {
            throw VolumeWriteError.unwritable(file: url.path, reason: error.localizedDescription)
        }
    }
}
