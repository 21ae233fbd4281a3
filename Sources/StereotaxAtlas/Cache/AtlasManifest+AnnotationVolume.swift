import Foundation
import StereotaxGeometry

extension AtlasManifest {
    /// The manifest's `annotation` file as a requirement: path, sha256 and where to get it.
    public func annotationRequirement() throws -> AtlasFileRequirement {
        guard let file = files.first(where: { $0.role == "annotation" }) else {
            throw AtlasVolumeError.manifest(atlas: id, field: "files", reason: "no file with role 'annotation'")
        }
        guard let digest = SHA256Digest(hex: file.sha256) else {
            throw AtlasVolumeError.manifest(atlas: id, field: "files.sha256", reason: "'\(file.sha256)' is not 64 hex digits")
        }
        let source = sources.map { "\($0.description) <\($0.url)>" }.joined(separator: "; ")
        return AtlasFileRequirement(relativePath: file.path, sha256: digest, source: source)
    }

    /// The anatomical direction each storage axis grows toward, from `volume.axes`.
    public func volumeOrientation() throws -> VolumeOrientation {
        guard let volume else { throw AtlasVolumeError.manifest(atlas: id, field: "volume", reason: "missing") }
        let directions = volume.axes.map { AnatomicalDirection(rawValue: $0.increasesToward) }
        guard directions.count == 3, let a = directions[0], let b = directions[1], let c = directions[2],
              let orientation = VolumeOrientation(a, b, c) else {
            throw AtlasVolumeError.manifest(atlas: id, field: "volume.axes",
                                            reason: "expected one each of AP, DV, ML, got \(volume.axes.map(\.increasesToward))")
        }
        return orientation
    }

    /// The annotation volume found on `searchPath`, to be read with the manifest's
    /// orientation (NRRD) and checksum. Throws ``AtlasDataError/missing(file:expectedSHA256:source:searched:)``
    /// when no directory holds it.
    public func annotationSource(searchPath: AtlasSearchPath = .standard()) throws -> VolumeSource {
        let requirement = try annotationRequirement()
        guard let url = searchPath.locate(requirement.relativePath) else {
            throw AtlasDataError.missing(file: requirement.relativePath, expectedSHA256: requirement.sha256.hex,
                                         source: requirement.source, searched: searchPath.directories.map(\.path))
        }
        let format = files.first { $0.role == "annotation" }?.format ?? ""
        switch format {
        case "nrrd":
            return VolumeSource(url: url, format: .nrrd(orientation: try volumeOrientation(), spacingUnit: .micrometre),
                                expectedSHA256: requirement.sha256)
        case "nifti", "nifti-gzip":
            return VolumeSource(url: url, format: .nifti, expectedSHA256: requirement.sha256)
        default:
            throw AtlasVolumeError.manifest(atlas: id, field: "files.format", reason: "'\(format)' is not nrrd, nifti or nifti-gzip")
        }
    }
}

extension CachedVolumeLoader {
    /// The annotation volume of `manifest`, through the cache, checked against the
    /// manifest: checksum (``AtlasDataError/checksumMismatch(file:expectedSHA256:actualSHA256:)``)
    /// and geometry — sizes, voxel size, orientation (``AtlasVolumeError/geometryMismatch(atlas:field:manifest:file:)``).
    public func loadAnnotation(of manifest: AtlasManifest, searchPath: AtlasSearchPath = .standard())
        throws -> (volume: LabelVolume, outcome: Outcome) {
        let loaded = try load(manifest.annotationSource(searchPath: searchPath))
        let v = loaded.volume
        guard let geometry = manifest.volume else {
            throw AtlasVolumeError.manifest(atlas: manifest.id, field: "volume", reason: "missing")
        }
        let sizes = [v.sizes.x, v.sizes.y, v.sizes.z]
        if geometry.dimensions != sizes {
            throw AtlasVolumeError.geometryMismatch(atlas: manifest.id, field: "dimensions", manifest: "\(geometry.dimensions)", file: "\(sizes)")
        }
        let size = geometry.voxelSizeMicrometres
        if (0..<3).contains(where: { abs(v.voxelSizeMicrometres[$0] - size) > 1e-6 * size }) {
            throw AtlasVolumeError.geometryMismatch(atlas: manifest.id, field: "voxel size (µm)", manifest: "\(size)",
                                                    file: "\([v.voxelSizeMicrometres.x, v.voxelSizeMicrometres.y, v.voxelSizeMicrometres.z])")
        }
        let orientation = try manifest.volumeOrientation()
        if orientation != v.orientation {
            throw AtlasVolumeError.geometryMismatch(atlas: manifest.id, field: "orientation", manifest: orientation.code, file: v.orientation.code)
        }
        return loaded
    }
}
