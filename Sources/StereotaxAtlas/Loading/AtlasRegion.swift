import StereotaxFrames
import StereotaxGeometry

/// What an atlas holds at a point of the bregma frame.
public enum AtlasRegion: Hashable, Sendable {
    /// The point maps outside the atlas volume.
    case outside
    /// Inside the volume but in no structure (label 0: outside the brain).
    case unlabelled(voxel: SIMD3<Int>)
    /// A structure of the atlas's ontology, the hemisphere and the voxel (storage axes).
    case structure(BrainStructure, hemisphere: Hemisphere, voxel: SIMD3<Int>)
    /// A label the ontology does not list.
    case unknownLabel(Int, voxel: SIMD3<Int>)
}

extension LoadedAtlas {
    /// The region at a bregma-frame point, through this atlas's transform
    /// (nearest voxel: voxel i holds [(i − ½)s, (i + ½)s) on every axis).
    ///
    /// The hemisphere is the Allen volume's (its ML index against the midline
    /// index 227.5) when the atlas has a ``RegionLookup``, else the sign of
    /// the point's ML from bregma (|ML| below half a voxel: midline).
    /// - Throws: ``RegionLookupError/notFinite(index:millimetres:)`` for a NaN or infinite point.
    public func region(at target: Point3<Frame.Bregma>) throws -> AtlasRegion {
        guard target.isFinite else { throw RegionLookupError.notFinite(index: nil, millimetres: [target.millimetres.x, target.millimetres.y, target.millimetres.z]) }
        guard let voxel = volume.nearestVoxel(toMillimetres: bregmaToVolume.apply(target).millimetres),
              let label = volume.label(atVoxel: voxel) else { return .outside }
        if label == 0 { return .unlabelled(voxel: voxel) }
        guard let structure = ontology[id: label] else { return .unknownLabel(label, voxel: voxel) }
        let hemisphere: Hemisphere
        if let regionLookup {
            hemisphere = regionLookup.hemisphere(mlIndex: voxel.z)
        } else {
            let halfVoxel = volume.voxelSizeMillimetres.min() / 2
            hemisphere = abs(target.ml.millimetres) < halfVoxel ? .midline : (target.ml.millimetres > 0 ? .right : .left)
        }
        return .structure(structure, hemisphere: hemisphere, voxel: voxel)
    }
}
