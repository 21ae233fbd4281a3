import StereotaxRecords

/// The atlas structure a record's `brain_region` declares, read through the taxonomy file.
struct DeclaredRegion {
    /// The structure id in the loaded atlas.
    let structureID: Int
    /// The taxonomy entry's acronym, for messages.
    let acronym: String

    /// Resolves `brain_region` of `record`; findings for an id the taxonomy lacks
    /// (`region.unknown-region`) or an entry the atlas cannot check (`region.not-in-atlas`).
    static func resolve(
        _ record: ProcedureRecord, taxonomy: BrainRegionTaxonomy, locator: any TargetLocator,
        index: Int, into findings: inout [ValidationFinding]
    ) -> DeclaredRegion? {
        guard let id = record.brainRegionID, RecordUUID(id) != nil else { return nil }  // absent or malformed: schema's
        let path = RecordPath(keys: "brain_region")
        guard let entry = taxonomy.region(id: id) else {
            findings.append(ValidationFinding(
                recordIndex: index, recordID: record.id, path: path, code: .region(.unknownRegion), severity: .warning,
                message: "brain_region \(id) is not in the taxonomy file"))
            return nil
        }
        let acronym = entry.acronym ?? entry.name ?? id
        if let atlas = entry.atlas, atlas != .allenMouse {
            findings.append(ValidationFinding(
                recordIndex: index, recordID: record.id, path: path, code: .region(.notInAtlas), severity: .info,
                message: "brain_region \(acronym) is from the \(atlas.rawValue) atlas, not the Allen atlas loaded: not checked"))
            return nil
        }
        guard let text = entry.acronym, let structure = locator.structureID(acronym: text) else {
            findings.append(ValidationFinding(
                recordIndex: index, recordID: record.id, path: path, code: .region(.notInAtlas), severity: .info,
                message: "brain_region \(acronym) names no structure of the atlas: not checked"))
            return nil
        }
        return DeclaredRegion(structureID: structure, acronym: text)
    }
}
