import StereotaxRecords

/// The stable code of a validation finding. The printed form (``rawValue``) is what reports
/// carry and what users filter on; it never changes meaning.
///
/// Four families: `schema.*` (the records module's schema check, codes kept as it defines
/// them), `plausibility.*` (where the target lands in the atlas), `region.*` (the declared
/// brain region against the atlas) and `cross.*` (references between records and files).
public enum FindingCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    case schema(RecordFindingCode)
    case plausibility(PlausibilityCode)
    case region(RegionCode)
    case cross(CrossRecordCode)

    /// The printed code, e.g. `plausibility.dv-sign`.
    public var rawValue: String {
        switch self {
        case .schema(let code): return code.rawValue
        case .plausibility(let code): return "plausibility." + code.rawValue
        case .region(let code): return "region." + code.rawValue
        case .cross(let code): return "cross." + code.rawValue
        }
    }

    public init?(rawValue: String) {
        if let code = RecordFindingCode(rawValue: rawValue) {
            self = .schema(code)
            return
        }
        guard let dot = rawValue.firstIndex(of: ".") else { return nil }
        let family = rawValue[..<dot], name = String(rawValue[rawValue.index(after: dot)...])
        switch family {
        case "plausibility": guard let code = PlausibilityCode(rawValue: name) else { return nil }; self = .plausibility(code)
        case "region": guard let code = RegionCode(rawValue: name) else { return nil }; self = .region(code)
        case "cross": guard let code = CrossRecordCode(rawValue: name) else { return nil }; self = .cross(code)
        default: return nil
        }
    }

    /// Every code, family by family.
    public static let allCases: [FindingCode] =
        RecordFindingCode.allCases.map(FindingCode.schema) + PlausibilityCode.allCases.map(FindingCode.plausibility)
        + RegionCode.allCases.map(FindingCode.region) + CrossRecordCode.allCases.map(FindingCode.cross)

    public var description: String { rawValue }

    public static func < (a: FindingCode, b: FindingCode) -> Bool { a.rawValue < b.rawValue }
}

/// Where a record's target lands, judged against the atlas (see docs/validation.md).
public enum PlausibilityCode: String, CaseIterable, Hashable, Sendable {
    /// The target lies outside the atlas volume, which encloses the whole brain: above the
    /// skull or beyond the head.
    case outsideSkull = "outside-skull"
    /// The target lies inside the atlas volume but in no brain structure (label 0: ventricle
    /// space outside the brain, tissue around it, above the cortex).
    case outsideBrain = "outside-brain"
    /// A coordinate more than ``PlausibilityCheck/absurdDistance`` from bregma: no rodent head
    /// is that large, and dividing by 1000 does not bring the target into the brain either.
    case absurdMagnitude = "absurd-magnitude"
    /// The target is outside the brain (or the declared region) and the same record with the
    /// DV (or depth) negated lands in it: DV typed negative-down.
    case dvSign = "dv-sign"
    /// The target is outside the brain (or the declared region) and the same record with one
    /// length divided by 1000 lands in it: micrometres written as millimetres.
    case unitSlip = "unit-slip"
    /// The notes name one hemisphere and the target lies in the other.
    case contralateral
    /// The target could not be placed in the atlas (the system needs a frame calibration or
    /// an external registration, or the subject's species has no atlas here); not checked.
    case unplaced
}

/// The declared `brain_region` against the atlas, judged by the planning module's
/// `RegionChecker` (taxonomy entry → atlas structure → the structure at the target).
public enum RegionCode: String, CaseIterable, Hashable, Sendable {
    /// The target lands in a structure that is neither the declared region nor inside it.
    case mismatch
    /// `brain_region` names no entry of the taxonomy file.
    case unknownRegion = "unknown-region"
    /// The taxonomy entry cannot be checked against the loaded atlas: another species' atlas,
    /// an unknown atlas code, a name or acronym the ontology lacks, a Franklin–Paxinos entry
    /// with no Allen counterpart; the message gives the region checker's reason.
    case notInAtlas = "not-in-atlas"
}

/// References between records and the auxiliary files (see ``CrossRecordCheck``).
public enum CrossRecordCode: String, CaseIterable, Hashable, Sendable {
    /// A manipulation references a procedure id that is in no record of the input.
    case missingProcedure = "missing-procedure"
    /// The procedure's consumable stock is of a type that does not fit the procedure type
    /// (e.g. a `VirusSolution` for a `SiliconProbeImplant`).
    case stockTypeMismatch = "stock-type-mismatch"
    /// The procedure's consumable stock id is not in the stock file.
    case unknownStock = "unknown-stock"
    /// The procedure's subject id is not in the subjects file.
    case unknownSubject = "unknown-subject"
}
