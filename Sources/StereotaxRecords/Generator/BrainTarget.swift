import StereotaxGeometry
import StereotaxJSON

/// A common implant or injection target in the mouse brain, with stereotaxic coordinates
/// relative to bregma (right hemisphere): AP anterior positive, ML to the right, DV ventral
/// positive from the skull surface at bregma. The textbook (Paxinos & Franklin) values,
/// except where those miss the Allen structure under the default `ibl-allen` placement of
/// bregma (MOp, ACB, VTA, BLA, LGd, SNc, CEA): there the nearest point at least 0.1 mm inside
/// the structure is used, so that the generator's ±0.1 mm scatter stays mostly inside.
/// For generating realistic exports only; not an atlas.
public struct BrainTarget: Hashable, Sendable {
    /// Allen Mouse Brain Atlas acronym, e.g. `CA1`.
    public let acronym: String
    /// Allen Mouse Brain Atlas name.
    public let name: String
    public let ap: Length
    /// Lateral distance from the midline (positive; the hemisphere sets the sign).
    public let ml: Length
    public let dv: Length
    /// DV of the brain's surface straight above the target (the Allen atlas's first labelled
    /// voxel's top face under `ibl-allen`, mean of both hemispheres): where brain-surface
    /// systems measure their depth from.
    public let surfaceDV: Length

    init(_ acronym: String, _ name: String, apMillimetres: Double, mlMillimetres: Double, dvMillimetres: Double,
         surfaceDVMillimetres: Double) {
        self.acronym = acronym
        self.name = name
        self.ap = Length(millimetres: apMillimetres)
        self.ml = Length(millimetres: mlMillimetres)
        self.dv = Length(millimetres: dvMillimetres)
        self.surfaceDV = Length(millimetres: surfaceDVMillimetres)
    }

    /// The id of the target's brain-region taxonomy entry: a fixed UUID per acronym.
    public var regionID: RecordUUID {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in acronym.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        var generator = SplitMix64(seed: hash)
        return generator.uuid()
    }

    /// The targets the generator aims at.
    public static let mouseTargets: [BrainTarget] = [
        BrainTarget("CA1", "Field CA1", apMillimetres: -2.0, mlMillimetres: 1.5, dvMillimetres: 1.3, surfaceDVMillimetres: -0.057),
        BrainTarget("DG", "Dentate gyrus", apMillimetres: -2.0, mlMillimetres: 1.3, dvMillimetres: 2.0, surfaceDVMillimetres: -0.095),
        BrainTarget("PL", "Prelimbic area", apMillimetres: 1.9, mlMillimetres: 0.35, dvMillimetres: 2.2, surfaceDVMillimetres: 1.093),
        BrainTarget("MOp", "Primary motor area", apMillimetres: 1.075, mlMillimetres: 1.486, dvMillimetres: 0.893, surfaceDVMillimetres: 0.78),
        BrainTarget("SSp-bfd", "Primary somatosensory area, barrel field", apMillimetres: -1.5, mlMillimetres: 3.0, dvMillimetres: 0.6, surfaceDVMillimetres: 0.481),
        BrainTarget("CP", "Caudoputamen", apMillimetres: 0.5, mlMillimetres: 2.0, dvMillimetres: 3.0, surfaceDVMillimetres: 0.718),
        BrainTarget("ACB", "Nucleus accumbens", apMillimetres: 1.45, mlMillimetres: 0.811, dvMillimetres: 4.493, surfaceDVMillimetres: 0.78),
        BrainTarget("VTA", "Ventral tegmental area", apMillimetres: -3.125, mlMillimetres: 0.486, dvMillimetres: 4.493, surfaceDVMillimetres: -0.095),
        BrainTarget("BLA", "Basolateral amygdalar nucleus", apMillimetres: -1.4, mlMillimetres: 3.311, dvMillimetres: 5.143, surfaceDVMillimetres: 0.656),
        BrainTarget("LGd", "Dorsal part of the lateral geniculate complex", apMillimetres: -2.3, mlMillimetres: 2.161, dvMillimetres: 2.618, surfaceDVMillimetres: 0.068),
        BrainTarget("SNc", "Substantia nigra, compact part", apMillimetres: -3.425, mlMillimetres: 1.461, dvMillimetres: 4.318, surfaceDVMillimetres: -0.032),
        BrainTarget("VISp", "Primary visual area", apMillimetres: -3.8, mlMillimetres: 2.5, dvMillimetres: 0.6, surfaceDVMillimetres: 0.306),
        BrainTarget("LH", "Lateral habenula", apMillimetres: -1.7, mlMillimetres: 0.45, dvMillimetres: 2.7, surfaceDVMillimetres: -0.069),
        BrainTarget("CEA", "Central amygdalar nucleus", apMillimetres: -1.325, mlMillimetres: 2.836, dvMillimetres: 4.943, surfaceDVMillimetres: 0.444),
    ]

    /// The taxonomy entries (`atlas: "AIA"`) of ``mouseTargets``, so generated `brain_region`
    /// ids resolve.
    public static var mouseTargetTaxonomy: BrainRegionTaxonomy {
        BrainRegionTaxonomy(regions: mouseTargets.map { target in
            BrainRegion(raw: RawRecord(JSONObject([
                .init(key: "id", value: .string(target.regionID.description)),
                .init(key: "name", value: .string(target.name)),
                .init(key: "acronym", value: .string(target.acronym)),
                .init(key: "atlas", value: .string(BrainAtlasCode.allenMouse.rawValue)),
            ])))
        })
    }
}
