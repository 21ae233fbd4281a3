import Foundation

/// Reads NIfTI-1 label volumes, `.nii` or gzip-compressed `.nii.gz` (detected
/// from the bytes, not the name).
public enum NIfTIReader {
    /// The header of the file at `url`.
    public static func readHeader(at url: URL) throws -> NIfTIHeader {
        try read(url, labels: false).header
    }

    /// The header and label volume of the file at `url`. The volume's orientation
    /// comes from the header's affine (``NIfTIHeader/orientation``).
    public static func readLabelVolume(at url: URL) throws -> (header: NIfTIHeader, volume: LabelVolume) {
        let result = try read(url, labels: true)
        return (result.header, result.volume!)
    }

    private static func read(_ url: URL, labels: Bool) throws -> (header: NIfTIHeader, volume: LabelVolume?) {
        let file = url.path
        let data = try VolumeFile.bytes(of: url)
        return try data.withUnsafeBytes { bytes in
            if VolumeFile.isGzip(bytes) {
                let inflater = try GzipInflater(input: bytes, file: file)
                let headerBytes = try readExactly(NIfTIHeader.byteCount, from: inflater, file: file)
                let header = try headerBytes.withUnsafeBytes { try NIfTIHeader.parse($0, file: file) }
                guard labels else { return (header, nil) }
                let orientation = try orientationOrThrow(header, file: file)
                _ = try readExactly(header.dataOffset - NIfTIHeader.byteCount, from: inflater, file: file)
                let decoded = try VoxelDataDecoder.decodeInflating(inflater, file: file, type: header.type,
                                                                   bigEndian: header.bigEndian, voxelCount: voxelCount(header))
                return (header, volume(header, orientation, decoded))
            }
            let header = try NIfTIHeader.parse(bytes, file: file)
            guard labels else { return (header, nil) }
            let orientation = try orientationOrThrow(header, file: file)
            guard bytes.count >= header.dataOffset else {
                throw VolumeReadError.truncatedData(file: file, expectedBytes: header.dataOffset, actualBytes: bytes.count)
            }
            let decoded = try VoxelDataDecoder.decodeRaw(UnsafeRawBufferPointer(rebasing: bytes[header.dataOffset...]), file: file,
                                                         type: header.type, bigEndian: header.bigEndian, voxelCount: voxelCount(header))
            return (header, volume(header, orientation, decoded))
        }
    }

    private static func voxelCount(_ h: NIfTIHeader) -> Int { h.sizes.x * h.sizes.y * h.sizes.z }

    private static func orientationOrThrow(_ h: NIfTIHeader, file: String) throws -> VolumeOrientation {
        guard let o = h.orientation else {
            throw VolumeReadError.unsupported(file: file, field: "\(h.affineSource.rawValue) affine",
                                              value: "oblique (axes do not map one each to ML, AP, DV): \(h.voxelToWorld.homogeneousRows)")
        }
        return o
    }

    private static func volume(_ h: NIfTIHeader, _ o: VolumeOrientation,
                               _ d: (labelValues: [Int], storage: LabelIndexStorage)) -> LabelVolume {
        LabelVolume(sizes: h.sizes, voxelSizeMicrometres: h.voxelSizeMicrometres, orientation: o,
                    labelValues: d.labelValues, storage: d.storage)
    }

    private static func readExactly(_ count: Int, from inflater: GzipInflater, file: String) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        let n = try out.withUnsafeMutableBytes { try inflater.read(into: $0) }
        guard n == count else { throw VolumeReadError.truncatedData(file: file, expectedBytes: count, actualBytes: n) }
        return out
    }
}
