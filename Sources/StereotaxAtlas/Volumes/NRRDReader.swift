import Foundation
import StereotaxGeometry

/// Reads 3-D NRRD label volumes with an attached header, raw or gzip encoded.
public enum NRRDReader {
    /// The header of the file at `url`.
    public static func readHeader(at url: URL) throws -> NRRDHeader {
        let data = try VolumeFile.bytes(of: url)
        return try data.withUnsafeBytes { try NRRDHeader.parse($0, file: url.path) }
    }

    /// The label volume in the file at `url`.
    ///
    /// - Parameters:
    ///   - orientation: the anatomical meaning of the axes. It is the caller's
    ///     (the manifest's) word, not the header's `space` line, which is wrong
    ///     in Allen's CCF files.
    ///   - spacingUnit: the unit of `space directions`/`spacings` when the header
    ///     has no `space units` (Allen's CCF files: micrometres).
    public static func readLabelVolume(at url: URL, orientation: VolumeOrientation,
                                       spacingUnit: LengthUnit = .micrometre) throws -> LabelVolume {
        let file = url.path
        let data = try VolumeFile.bytes(of: url)
        return try data.withUnsafeBytes { bytes in
            let header = try NRRDHeader.parse(bytes, file: file)
            let voxelCount = header.sizes.x * header.sizes.y * header.sizes.z
            let body = UnsafeRawBufferPointer(rebasing: bytes[header.dataOffset...])
            let decoded: (labelValues: [Int], storage: LabelIndexStorage)
            switch header.encoding {
            case .raw:
                decoded = try VoxelDataDecoder.decodeRaw(body, file: file, type: header.type, bigEndian: header.bigEndian,
                                                         voxelCount: voxelCount)
            case .gzip:
                let inflater = try GzipInflater(input: body, file: file)
                decoded = try VoxelDataDecoder.decodeInflating(inflater, file: file, type: header.type,
                                                               bigEndian: header.bigEndian, voxelCount: voxelCount)
            }
            let units = header.spaceUnits ?? [spacingUnit, spacingUnit, spacingUnit]
            let micrometres = SIMD3((0..<3).map { Length(header.spacings[$0], units[$0]).micrometres })
            let origin = SIMD3((0..<3).map { Length(header.spaceOrigin[$0], units[$0]).millimetres })
            return LabelVolume(sizes: header.sizes, voxelSizeMicrometres: micrometres, orientation: orientation,
                               originMillimetres: origin, labelValues: decoded.labelValues, storage: decoded.storage)
        }
    }
}
