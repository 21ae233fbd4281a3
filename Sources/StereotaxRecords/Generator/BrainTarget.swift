import StereotaxGeometry
import StereotaxJSON

/// A common implant or injection target in the mouse brain, with approximate stereotaxic
/// coordinates relative to bregma (Paxinos & Franklin style, right hemisphere): AP anterior
/// positive, ML to the right, DV ventral positive from the skull surface at bregma. For
/// generating realistic exports only; not an atlas.
public struct BrainTarget: Hashable, Sendable {
    /// Allen Mouse Brain Atlas acronym, e.g. `CA1`.
    public let acronym: String
    /// Allen Mouse Brain Atlas name.
    public let name: String
    public let ap: Length
    /// Lateral distance from the midline (positive; the hemisphere sets the sign).
    public let ml: Length
    public let dv: Length

    init(_ acronym: String, _ name: String, apMillimetres: Double, mlMillimetres: Double, dvMillimetres: Double) {
        self.acronym = acronym
        self.name = name
        self.ap = Length(millimetres: apMillimetres)
        self.ml = Length(millimetres: mlMillimetres)
        self.dv = Length(millimetres: dvMillimetres)
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
        BrainTarget("CA1", "Field CA1", apMillimetres: -2.0, mlMillimetres: 1.5, dvMillimetres: 1.3),
        BrainTarget("DG", "Dentate gyrus", apMillimetres: -2.0, mlMillimetres: 1.3, dvMillimetres: 2.0),
        BrainTarget("PL", "Prelimbic area", apMillimetres: 1.9, mlMillimetres: 0.35, dvMillimetres: 2.2),
        BrainTarget("MOp", "Primary motor area", apMillimetres: 1.1, mlMillimetres: 1.5, dvMillimetres: 0.8),
        BrainTarget("SSp-bfd", "Primary somatosensory area, barrel field", apMillimetres: -1.5, mlMillimetres: 3.0, dvMillimetres: 0.6),
        BrainTarget("CP", "Caudoputamen", apMillimetres: 0.5, mlMillimetres: 2.0, dvMillimetres: 3.0),
        BrainTarget("ACB", "Nucleus accumbens", apMillimetres: 1.3, mlMillimetres: 1.0, dvMillimetres: 4.3),
        BrainTarget("VTA", "Ventral tegmental area", apMillimetres: -3.2, mlMillimetres: 0.5, dvMillimetres: 4.4),
        BrainTarget("BLA", "Basolateral amygdalar nucleus", apMillimetres: -1.4, mlMillimetres: 3.3, dvMillimetres: 4.9),
        BrainTarget("LGd", "Dorsal part of the lateral geniculate complex", apMillimetres: -2.3, mlMillimetres: 2.2, dvMillimetres: 2.6),
        BrainTarget("SNc", "Substantia nigra, compact part", apMillimetres: -3.1, mlMillimetres: 1.3, dvMillimetres: 4.2),
        BrainTarget("VISp", "Primary visual area", apMillimetres: -3.8, mlMillimetres: 2.5, dvMillimetres: 0.6),
        BrainTarget("LHb", "Lateral habenula", apMillimetres: -1.7, mlMillimetres: 0.45, dvMillimetres: 2.7),
        BrainTarget("CEA", "Central amygdalar nucleus", apMillimetres: -1.2, mlMillimetres: 2.9, dvMillimetres: 4.6),
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
