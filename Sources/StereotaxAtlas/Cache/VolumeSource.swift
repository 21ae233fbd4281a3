import Foundation
import StereotaxGeometry

/// A label volume file and how to read it.
public struct VolumeSource: Hashable, Sendable {
    public enum Format: Hashable, Sendable {
        /// NRRD; the orientation (and unit, when the header has no `space units`)
        /// come from the manifest, not the header.
        case nrrd(orientation: VolumeOrientation, spacingUnit: LengthUnit)
        /// NIfTI-1; orientation from the header's affine.
        case nifti
    }

    public var url: URL
    public var format: Format
    /// The checksum the file must have, when known; a mismatch refuses to load.
    public var expectedSHA256: SHA256Digest?

    public init(url: URL, format: Format, expectedSHA256: SHA256Digest? = nil) {
        self.url = url
        self.format = format
        self.expectedSHA256 = expectedSHA256
    }

    /// Reads the file itself (no cache).
    public func read() throws -> LabelVolume {
        switch format {
        case let .nrrd(orientation, unit): try NRRDReader.readLabelVolume(at: url, orientation: orientation, spacingUnit: unit)
        case .nifti: try NIfTIReader.readLabelVolume(at: url).volume
        }
    }
}
