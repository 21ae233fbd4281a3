import StereotaxCoordinates
import StereotaxJSON
import StereotaxPlanning
import StereotaxRecords

/// Validates one record on its own: the schema check, the subject and stock references, and,
/// with an atlas, where the target lands and whether that is the declared region. Immutable
/// and safe to call from several threads at once.
///
/// Checks that need the whole stream (a repeated id, manipulations' references) are the
/// engine's (``ValidationEngine``).
public struct RecordValidator: Sendable {
    /// Brain-region taxonomy for the region check (`nil`: not checked).
    public let taxonomy: BrainRegionTaxonomy?
    /// Subject and stock references.
    public let crossCheck: CrossRecordCheck
    /// Places targets in the atlas (`nil`: no plausibility or region check).
    public let locator: AtlasTargetLocator?
    /// The planning module's region checker over `taxonomy` and the locator's atlas.
    public let regionChecker: RegionChecker?
    /// Whether to apply safe fixes and produce the record as `--fix` writes it.
    public let appliesFixes: Bool

    /// A validator without a region check (no taxonomy).
    public init(crossCheck: CrossRecordCheck = CrossRecordCheck(), locator: AtlasTargetLocator? = nil, appliesFixes: Bool = false) {
        self.taxonomy = nil
        self.regionChecker = nil
        self.crossCheck = crossCheck
        self.locator = locator
        self.appliesFixes = appliesFixes
    }

    /// A validator that also checks declared regions against `taxonomy` in the locator's atlas
    /// (the planning module's outcome-only `RegionChecker`).
    public init(taxonomy: BrainRegionTaxonomy, crossCheck: CrossRecordCheck = CrossRecordCheck(), locator: AtlasTargetLocator,
                appliesFixes: Bool = false) {
        self.taxonomy = taxonomy
        self.regionChecker = RegionChecker(atlas: locator.atlas, taxonomy: taxonomy)
        self.crossCheck = crossCheck
        self.locator = locator
        self.appliesFixes = appliesFixes
    }

    /// The report of one stream item (an unreadable item gets its `schema.unreadable` finding).
    ///
    /// An item whose parse was deferred is read here, on the calling thread, into a tape: the
    /// checks read the record in place, and a tree is built only for a record that `--fix`
    /// changes. An item parsed already is read through its tree. Either way the report is the same.
    public func validate(_ item: RecordStreamItem) -> RecordReport {
        if !item.isParsed, case .success(let tape) = item.tape, tape.kind(at: tape.root) == .object {
            return validate(ProcedureView(tape.rootValue), item: item)
        }
        // Parsed already, or not a readable object: the tree's error says why (parsed again only then).
        let item = item.parsed()
        guard case .success(let record) = item.procedure else {
            var schema = RecordSchemaCheck()
            return RecordReport(index: item.index, line: item.line, recordID: nil, findings: schema.check(item).map(ValidationFinding.init),
                                outputBytes: appliesFixes ? item.bytes : nil)
        }
        return validate(record.view, item: item)
    }

    private func validate<Object: JSONView>(_ record: ProcedureView<Object>, item: RecordStreamItem) -> RecordReport {
        // Repeated ids are the engine's: it sees the whole stream.
        let (schemaFindings, decoded) = RecordSchemaCheck.checkAndDecodeIgnoringRepeatedIDs(record, index: item.index)
        var findings = schemaFindings.map(ValidationFinding.init)
        let id = schemaFindings.first.map(\.recordID) ?? record.id  // made once: the schema check's, if it made it
        crossCheck.check(record, recordID: id, index: item.index, into: &findings)
        if let locator {
            var declared: DeclaredStructure?
            if let regionChecker {
                declared = declaredRegion(of: record, recordID: id, checker: regionChecker, index: item.index, into: &findings)
            }
            if let coordinates = decoded?.value {
                if let species = crossCheck.species(ofSubjectOf: record), species != .mouse {
                    findings.append(ValidationFinding(
                        recordIndex: item.index, recordID: id, path: record.path(of: .coordinatesDetails) ?? .root,
                        code: .plausibility(.unplaced), severity: .info,
                        message: "target not placed: the subject is a \(species.rawValue) and the atlas is the Allen mouse atlas"))
                    return finish(RecordReport(index: item.index, line: item.line, recordID: id, findings: findings),
                                  record: record, item: item)
                }
                PlausibilityCheck(locator: locator, region: regionChecker.flatMap { checker in declared.map { (checker, $0) } })
                    .check(record, recordID: id, coordinates: coordinates, index: item.index, into: &findings)
            }
        }
        return finish(RecordReport(index: item.index, line: item.line, recordID: id, findings: findings),
                      record: record, item: item)
    }

    /// The record's declared region as the region checker maps it; `region.unknown-region`
    /// for an id the taxonomy lacks, `region.not-in-atlas` for an entry the atlas cannot check.
    private func declaredRegion<Object: JSONView>(of record: ProcedureView<Object>, recordID: String?, checker: RegionChecker, index: Int,
                                into findings: inout [ValidationFinding]) -> DeclaredStructure? {
        guard let id = record.brainRegionID, RecordUUID(id) != nil else { return nil }  // absent or malformed: the schema's
        let path = RecordPath(keys: "brain_region")
        switch checker.declaredRegion(id: id) {
        case .mapped(let declared):
            return declared
        case .notCheckable(.unknownRegionID):
            findings.append(ValidationFinding(recordIndex: index, recordID: recordID, path: path, code: .region(.unknownRegion),
                                              severity: .warning, message: "brain_region \(id) is not in the taxonomy file"))
        case .notCheckable(.noDeclaredRegion), .notCheckable(.nonFiniteTarget):
            break
        case .notCheckable(let reason):
            findings.append(ValidationFinding(recordIndex: index, recordID: recordID, path: path, code: .region(.notInAtlas),
                                              severity: .info, message: "\(reason): not checked"))
        }
        return nil
    }

    private func finish<Object: JSONView>(_ report: consuming RecordReport, record: ProcedureView<Object>, item: RecordStreamItem) -> RecordReport {
        var report = report  // moved, not copied
        if appliesFixes {
            SafeFixes.apply(to: &report, record: { try? ProcedureRecord(record.object.jsonValue, sourceBytes: item.bytes) },
                            sourceBytes: item.bytes)
        }
        return report
    }
}
