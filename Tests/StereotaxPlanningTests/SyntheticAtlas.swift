import StereotaxAtlas
import StereotaxGeometry
import StereotaxPlanning

/// A 1 mm cube of 25 µm voxels (40 × 40 × 40, CCF axes): DV voxels 0–3
/// unlabelled, 4–19 structure 10 ("AA"), 20–39 structure 20 ("BB"); bregma at
/// CCF (AP 0.5, DV 0, ML 0.5) mm, axes flipped as the Allen volume's.
/// The brain surface is flat at bregma DV 0.0875 mm (top face of voxel 4) and
/// the AA/BB boundary at DV 0.4875 mm.
enum SyntheticAtlas {
    static let surfaceDV = 0.0875
    static let boundaryDV = 0.4875

    static func atlas() throws -> PlanningAtlas {
        var labels: [Int] = []
        for _ in 0..<40 { for j in 0..<40 { for _ in 0..<40 { labels.append(j < 4 ? 0 : j < 20 ? 10 : 20) } } }
        let volume = try LabelVolume(sizes: SIMD3(40, 40, 40), voxelSizeMicrometres: SIMD3(25, 25, 25), orientation: .allenPIR, labels: labels)
        let ontology = try Ontology(structures: [
            BrainStructure(id: 1, acronym: "root", name: "root", parentID: nil, color: RGBColor(red: 200, green: 200, blue: 200)),
            BrainStructure(id: 10, acronym: "AA", name: "upper layer", parentID: 1, color: RGBColor(red: 255, green: 0, blue: 0)),
            BrainStructure(id: 20, acronym: "BB", name: "lower layer", parentID: 1, color: RGBColor(red: 0, green: 0, blue: 255)),
        ], origin: "synthetic")
        let linear = Matrix3(columns: SIMD3(-1, 0, 0), SIMD3(0, 0, 1), SIMD3(0, 1, 0))
        let toCCF = FrameTransform<Frame.Bregma, Frame.CCF>(AffineTransform3(linear: linear, translation: SIMD3(0.5, 0, 0.5)),
                                                            choices: ["synthetic bregma at CCF (0.5, 0, 0.5) mm"])
        return try PlanningAtlas(volume: volume, ontology: ontology, bregmaToCCF: toCCF, presetName: "synthetic", atlasName: "synthetic cube")
    }

    /// A 40³ cube of 25 µm voxels whose labels are mirror-symmetric about ML index
    /// 19.5, with a checkerboard of four structures (10, 20, 30, 40) below DV voxel 3;
    /// bregma on the midline at CCF (0.5, 0, 0.4875) mm.
    static func symmetricAtlas() throws -> PlanningAtlas {
        var labels: [Int] = []
        for k in 0..<40 { for j in 0..<40 { for i in 0..<40 {
            let m = Int(abs(Double(k) - 19.5))
            labels.append(j < 4 ? 0 : 10 * (1 + (i / 7 + j / 5 + m / 4) % 4))
        } } }
        let volume = try LabelVolume(sizes: SIMD3(40, 40, 40), voxelSizeMicrometres: SIMD3(25, 25, 25), orientation: .allenPIR, labels: labels)
        let ontology = try Ontology(structures: [BrainStructure(id: 1, acronym: "root", name: "root", parentID: nil, color: nil)]
            + [10, 20, 30, 40].map { BrainStructure(id: $0, acronym: "S\($0)", name: "structure \($0)", parentID: 1, color: nil) },
            origin: "synthetic symmetric")
        let linear = Matrix3(columns: SIMD3(-1, 0, 0), SIMD3(0, 0, 1), SIMD3(0, 1, 0))
        let toCCF = FrameTransform<Frame.Bregma, Frame.CCF>(AffineTransform3(linear: linear, translation: SIMD3(0.5, 0, 0.4875)),
                                                            choices: ["synthetic bregma at CCF (0.5, 0, 0.4875) mm"])
        return try PlanningAtlas(volume: volume, ontology: ontology, bregmaToCCF: toCCF, presetName: "synthetic-symmetric", atlasName: "synthetic symmetric cube")
    }
}
