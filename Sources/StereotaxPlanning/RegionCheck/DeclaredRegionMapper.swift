import StereotaxAtlas
import StereotaxRecords

/// Maps taxonomy entries into one atlas' ontology (see ``RegionChecker``).
struct DeclaredRegionMapper {
    let atlas: LoadedAtlas
    let franklinPaxinos: FranklinPaxinosAllenMapping?
    /// For each label index of the volume, the ids of its structure and all its ancestors.
    private let labelLineage: [Set<Int>]

    init(atlas: LoadedAtlas, franklinPaxinos: FranklinPaxinosAllenMapping?) {
        self.atlas = atlas
        self.franklinPaxinos = franklinPaxinos
        labelLineage = atlas.volume.labelValues.enumerated().map { index, value in
            guard index != 0 else { return [] }
            let ancestors = (try? atlas.ontology.ancestors(of: value)) ?? []
            return Set([value] + ancestors.map(\.id))
        }
    }

    private var isWaxholm: Bool { atlas.bregmaToWaxholm != nil }

    func resolve(_ region: BrainRegion, id: String) -> DeclaredRegionResolution {
        guard let code = region.atlas else {
            return .notCheckable(.unknownAtlasCode(regionID: id, code: region.atlasCodeText))
        }
        let atlasSpecies = atlas.manifest.species.rawValue
        guard code.species.rawValue == atlasSpecies else {
            return .notCheckable(.otherSpecies(regionID: id, code: code.rawValue, codeSpecies: code.species.rawValue,
                                               atlasID: atlas.manifest.id))
        }
        switch code {
        case .allenMouse:
            switch lookUp(region, in: atlas.ontology) {
            case let .success((structure, field)):
                return mapped(id, code, structure, "AIA \(field) '\(field == "acronym" ? region.acronym ?? "" : region.name ?? "")' → Allen \(structure.acronym)")
            case let .failure(error):
                return .notCheckable(.notInOntology(regionID: id, code: code.rawValue, acronym: region.acronym, name: region.name,
                                                    ontology: "the Allen ontology", reason: error.description))
            }
        case .paxinosFranklinMouse:
            guard let fp = franklinPaxinos else { return .notCheckable(.franklinPaxinosMappingNotLoaded(regionID: id)) }
            let fpStructure: BrainStructure
            switch lookUp(region, in: fp.tree.ontology) {
            case let .success((s, _)): fpStructure = s
            case let .failure(error):
                return .notCheckable(.notInOntology(regionID: id, code: code.rawValue, acronym: region.acronym, name: region.name,
                                                    ontology: "the Franklin–Paxinos tree", reason: error.description))
            }
            let counterpart: FranklinPaxinosAllenMapping.AllenCounterpart
            do { counterpart = try fp.allenCounterpart(ofFranklinPaxinos: fpStructure.id) } catch {
                return .notCheckable(.noAllenCounterpart(regionID: id, franklinPaxinos: fpStructure.acronym, reason: error.description))
            }
            switch counterpart {
            case let .mapped(allen, by):
                return mapped(id, code, allen, "PF2001 \(fpStructure.acronym) → Franklin–Paxinos \(fpStructure.acronym) (\(fpStructure.id)) → Allen \(allen.acronym) (by \(by.rawValue))")
            case .noCounterpart:
                return .notCheckable(.noAllenCounterpart(regionID: id, franklinPaxinos: fpStructure.acronym,
                                                         reason: "the Franklin–Paxinos tree names no Allen structure for it"))
            case let .unresolved(reference):
                return .notCheckable(.noAllenCounterpart(regionID: id, franklinPaxinos: fpStructure.acronym,
                                                         reason: "the tree names Allen '\(reference.acronym)' '\(reference.name)', which the Allen ontology lacks"))
            }
        case .paxinosWatsonRat, .swansonBrainMaps4, .swanson2004:
            guard isWaxholm, let name = region.name,
                  let match = try? atlas.ontology.structure(name: name) else {
                return .notCheckable(.noWaxholmStructure(regionID: id, code: code.rawValue, name: region.name))
            }
            return mapped(id, code, match.structure, "\(code.rawValue) name '\(name)' → Waxholm '\(match.structure.name)' (\(match.kind.rawValue))")
        }
    }

    /// By acronym first, then by name.
    private func lookUp(_ region: BrainRegion, in ontology: Ontology) -> Result<(BrainStructure, String), OntologyLookupError> {
        var lastError = OntologyLookupError.notFound(query: region.acronym ?? region.name ?? "", field: "acronym")
        if let acronym = region.acronym, !acronym.isEmpty {
            do { return .success((try ontology.structure(acronym: acronym).structure, "acronym")) } catch { lastError = error }
        }
        if let name = region.name, !name.isEmpty {
            do { return .success((try ontology.structure(name: name).structure, "name")) } catch { lastError = error }
        }
        return .failure(lastError)
    }

    /// The mapped entry, checked as the structure itself or, when it labels no voxel,
    /// as its nearest ancestor that does (named in `mappedBy`).
    private func mapped(_ id: String, _ code: BrainAtlasCode, _ structure: BrainStructure, _ how: String) -> DeclaredRegionResolution {
        let candidates = [structure] + ((try? atlas.ontology.ancestors(of: structure.id)) ?? [])
        for checked in candidates {
            let set = LabelIndexSet(flags: labelLineage.map { $0.contains(checked.id) })
            guard set.count > 0 else { continue }
            let note = checked.id == structure.id ? "" : "; finer than the volume's labels, checked as \(checked.acronym.isEmpty ? checked.name : checked.acronym)"
            return .mapped(DeclaredStructure(regionID: id, atlasCode: code.rawValue, structure: structure, checkedStructure: checked,
                                             mappedBy: how + note, inside: set))
        }
        return .notCheckable(.structureNotInVolume(regionID: id, structure: structure.description))
    }
}
