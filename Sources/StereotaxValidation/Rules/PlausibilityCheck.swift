import StereotaxAtlas
import StereotaxCoordinates
import StereotaxGeometry
import StereotaxJSON
import StereotaxPlanning
import StereotaxRecords

/// Judges where a record's target lands: in the brain and in the declared region, or not;
/// and if not, whether one unambiguous slip explains it.
///
/// **Fit.** A location fits at level 2 when it lies in a structure that is the declared
/// region or inside it (any structure when none is declared or it cannot be checked), level 1
/// when it lies in some other structure, level 0 otherwise (outside the volume, label 0, or
/// invalid values). The declared region is judged by the planning module's `RegionChecker`
/// (`match`/`within` fit; `mismatch` and `contralateral` do not).
///
/// **Slips.** When the target does not fit at level 2, two kinds of candidate are tried:
/// the DV field (`dvCoordinate`, or `depth`) negated, and each length of more than
/// ``unitSlipThreshold`` divided by 1000. A candidate that fits better than the record is a
/// slip (`plausibility.dv-sign`, `plausibility.unit-slip`, error) with the corrected value as
/// its fix; the fix is safe when it is the only candidate reaching the best level.
/// Otherwise the record's own location is reported: `plausibility.absurd-magnitude` beyond
/// ``absurdDistance``, `plausibility.outside-skull`, `plausibility.outside-brain`, or
/// `region.mismatch`.
///
/// **Side.** When the notes name exactly one of *left* and *right* and the target lies more
/// than ``midlineTolerance`` to the other side of the midline, `plausibility.contralateral`
/// (warning; the suggested fix mirrors ML, for review: the notes may be the ones wrong).
struct PlausibilityCheck {
    /// Coordinates beyond this distance from bregma (any axis) are absurd for a rodent head.
    static let absurdDistance = Length.mm(50)
    /// Lengths beyond this are tried divided by 1000 (the mouse brain is about 10 mm long).
    static let unitSlipThreshold = Length.mm(15)
    /// Targets within this distance of the midline have no side.
    static let midlineTolerance = Length.mm(0.1)

    let locator: AtlasTargetLocator
    /// The region checker and the record's declared region, when a taxonomy was given and the
    /// region maps into the atlas.
    let region: (checker: RegionChecker, declared: DeclaredStructure)?

    private struct Candidate {
        let code: PlausibilityCode
        let key: String
        let location: TargetLocation
        let level: Int
    }

    /// `recordID` is the record's `id` (read once by the caller, for every finding).
    func check<Object: JSONView>(_ record: ProcedureView<Object>, recordID: String?, coordinates: Coordinates, index: Int,
                                 into findings: inout [ValidationFinding]) {
        let location = locator.locate(coordinates)
        // Built only for a finding: most targets land where they should.
        func detailsPath() -> RecordPath { record.path(of: .coordinatesDetails) ?? RecordPath(keys: "coordinates_details") }
        func add(_ path: RecordPath, _ code: FindingCode, _ severity: ValidationFinding.Severity, _ message: String,
                 fix: RecordFix? = nil, safe: Bool = false) {
            findings.append(ValidationFinding(recordIndex: index, recordID: recordID, path: path, code: code,
                                              severity: severity, message: message, suggestedFix: fix, fixIsSafe: safe))
        }
        if case .unplaced(let reason) = location {
            add(detailsPath(), .plausibility(.unplaced), .info, "target not placed in the atlas: \(reason)")
            return
        }
        let level = fitLevel(location)
        var sideReported = false
        if case .placed(let target, _, _) = location {
            sideReported = checkSide(record, coordinates: coordinates, target: target, detailsPath: detailsPath, add: add)
        }
        if level < 2 {
            let detailsPath = detailsPath()
            let candidates = slipCandidates(coordinates).filter { $0.level > level }
            if let best = candidates.map(\.level).max() {
                let winners = candidates.filter { $0.level == best }
                for winner in winners {
                    reportSlip(winner, unique: winners.count == 1, record: record, coordinates: coordinates,
                               detailsPath: detailsPath, add: add)
                }
                return
            }
            reportLocation(location, sideReported: sideReported, detailsPath: detailsPath, add: add)
        }
    }

    // MARK: Fit

    private func fitLevel(_ location: TargetLocation) -> Int {
        guard case .placed(let target, _, let found) = location, found.structureID != nil, !Self.isAbsurd(target) else { return 0 }
        guard let outcome = regionOutcome(location) else { return 2 }
        switch outcome {
        case .match, .within: return 2
        case .mismatch, .contralateral: return 1
        case .outsideBrain, .notCheckable: return 0
        }
    }

    /// The planning module's verdict on the declared region at a placed target.
    private func regionOutcome(_ location: TargetLocation) -> RegionCheckOutcome? {
        guard let region, case .placed(_, let volume, _) = location else { return nil }
        return region.checker.check(volume, against: .mapped(region.declared)).outcome
    }

    private static func isAbsurd(_ target: Point3<Frame.Bregma>) -> Bool {
        let limit = absurdDistance.millimetres
        let p = target.millimetres
        return abs(p.x) > limit || abs(p.y) > limit || abs(p.z) > limit
    }

    private func slipCandidates(_ coordinates: Coordinates) -> [Candidate] {
        var candidates: [Candidate] = []
        func consider(_ code: PlausibilityCode, _ key: String, _ transform: (Length) -> Length) {
            guard let edited = CoordinateLengthEdit.replacing(key, in: coordinates, by: transform) else { return }
            let location = locator.locate(edited)
            candidates.append(Candidate(code: code, key: key, location: location, level: fitLevel(location)))
        }
        if let dvKey = CoordinateLengthEdit.dorsoventralKey(of: coordinates.systemName),
           let dv = CoordinateLengthEdit.lengths(of: coordinates).first(where: { $0.key == dvKey }), dv.length.millimetres != 0 {
            consider(.dvSign, dvKey) { -$0 }
        }
        for field in CoordinateLengthEdit.lengths(of: coordinates) where abs(field.length.millimetres) > Self.unitSlipThreshold.millimetres {
            consider(.unitSlip, field.key) { $0 * 0.001 }
        }
        return candidates
    }

    // MARK: Reports

    private func reportSlip(
        _ candidate: Candidate, unique: Bool, record: ProcedureView<some JSONView>, coordinates: Coordinates, detailsPath: RecordPath, add: (RecordPath, FindingCode, ValidationFinding.Severity, String, RecordFix?, Bool) -> Void
    ) {
        let field = CoordinateLengthEdit.lengths(of: coordinates).first { $0.key == candidate.key }
        let raw = field.flatMap { field in
            record.coordinatesDetails?.jsonValue.objectValue.flatMap { details in
                RawCoordinateNumber.locate(key: field.key, legacyKeys: field.legacyKeys, in: details, at: detailsPath)
            }
        }
        let landing = candidate.location.structureID.map(locator.structureName) ?? "the brain"
        let declared = region?.declared.structure.acronym
        let into = declared.map { candidate.level == 2 ? "the declared \($0) (\(landing))" : "\(landing), not the declared \($0)" } ?? landing
        let ambiguity = unique ? "" : "; another change fits as well, so the fix is left for review"
        let fix: RecordFix?
        let message: String
        switch candidate.code {
        case .dvSign:
            fix = raw.flatMap { $0.fix(-$0.value, summary: "negate \(candidate.key)") }
            message = "the target lies outside \(declared == nil ? "the brain" : "the declared region"); with \(candidate.key) negated it lands in \(into): DV typed negative-down\(ambiguity)"
        default:
            fix = raw.flatMap { $0.fix($0.thousandth, summary: "divide \(candidate.key) by 1000") }
            message = "the target lies outside \(declared == nil ? "the brain" : "the declared region"); with \(candidate.key) divided by 1000 it lands in \(into): micrometres written as millimetres\(ambiguity)"
        }
        add(raw?.path ?? detailsPath.appending(candidate.key), .plausibility(candidate.code), .error, message, fix, unique)
    }

    private func reportLocation(
        _ location: TargetLocation, sideReported: Bool, detailsPath: RecordPath,
        add: (RecordPath, FindingCode, ValidationFinding.Severity, String, RecordFix?, Bool) -> Void
    ) {
        switch location {
        case .unplaced:
            return
        case .invalid(let reason):
            add(detailsPath, .plausibility(.outsideBrain), .error, "the target cannot be placed in the brain: \(reason)", nil, false)
        case .placed(let target, _, let found):
            let p = target.millimetres
            let at = "AP \(Self.format(p.x)), ML \(Self.format(p.y)), DV \(Self.format(p.z)) mm from bregma"
            if Self.isAbsurd(target) {
                add(detailsPath, .plausibility(.absurdMagnitude), .error,
                    "the target (\(at)) is more than \(Self.format(Self.absurdDistance.millimetres)) mm from bregma, beyond any rodent head", nil, false)
                return
            }
            switch found {
            case .outside:
                add(detailsPath, .plausibility(.outsideSkull), .error, "the target (\(at)) lies outside the atlas volume: above the skull or beyond the head", nil, false)
            case .unlabelled:
                add(detailsPath, .plausibility(.outsideBrain), .error, "the target (\(at)) lies in no brain structure", nil, false)
            case .structure(let id, _):
                guard let declared = region?.declared.structure.acronym else { return }
                if case .contralateral? = regionOutcome(location) {
                    guard !sideReported else { return }
                    add(detailsPath, .plausibility(.contralateral), .warning,
                        "the target (\(at)) lies in \(locator.structureName(id)); the declared \(declared) lies across the midline", nil, false)
                } else {
                    add(RecordPath(keys: "brain_region"), .region(.mismatch), .warning,
                        "the target (\(at)) lies in \(locator.structureName(id)), not in the declared \(declared)", nil, false)
                }
            }
        }
    }

    /// Reports `plausibility.contralateral` when the notes name the other side; says whether it did.
    private func checkSide(
        _ record: ProcedureView<some JSONView>, coordinates: Coordinates, target: Point3<Frame.Bregma>, detailsPath: () -> RecordPath,
        add: (RecordPath, FindingCode, ValidationFinding.Severity, String, RecordFix?, Bool) -> Void
    ) -> Bool {
        guard let notes = record.value(of: .notes), let declaredSide = DeclaredSide(notes: notes) else { return false }
        let ml = target.millimetres.y
        guard abs(ml) > Self.midlineTolerance.millimetres else { return false }
        let side: DeclaredSide = ml > 0 ? .right : .left
        guard side != declaredSide else { return false }
        var fix: RecordFix?
        let detailsPath = detailsPath()
        var path = detailsPath
        if let key = CoordinateLengthEdit.mediolateralKey(of: coordinates.systemName),
           let field = CoordinateLengthEdit.lengths(of: coordinates).first(where: { $0.key == key }),
           let details = record.coordinatesDetails?.jsonValue.objectValue,
           let raw = RawCoordinateNumber.locate(key: key, legacyKeys: field.legacyKeys, in: details, at: detailsPath) {
            fix = raw.fix(-raw.value, summary: "negate \(key)")
            path = raw.path
        }
        let notesKey = record.key(for: .notes) ?? "notes"
        add(path, .plausibility(.contralateral), .warning,
            "\(notesKey) name the \(declaredSide.rawValue) hemisphere but the target lies \(Self.format(abs(ml))) mm to the \(side.rawValue) of the midline",
            fix, false)
        return true
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// The hemisphere a record's free text names: exactly one of the words *left* and *right*
/// (any case, whole words), not counting one followed by a number ("left 10 min" is a verb).
///
/// Words are the runs of ASCII letters and digits; each is read into one integer (its first
/// eight bytes, lower-cased) as it goes, so notes are read without building any string.
enum DeclaredSide: String {
    case left, right

    /// "left" and "right", packed as words are (first byte lowest).
    private static let leftWord = packed("left")
    private static let rightWord = packed("right")

    private static func packed(_ word: String) -> UInt64 {
        word.utf8.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * $1.offset) }
    }

    /// The side the notes name; `nil` if they name none or both, or are no string. The UTF-8
    /// is read in place where it can be, else copied once.
    init?(notes: some JSONView) {
        guard let side = notes.withStringUTF8(Self.side(in:)) ?? notes.stringValue.flatMap({ Self.side(in: Array($0.utf8)) })
        else { return nil }
        self = side
    }

    /// The side `utf8` names, if exactly one.
    private static func side(in utf8: some Sequence<UInt8>) -> DeclaredSide? {
        var sawLeft = false, sawRight = false
        var pending: DeclaredSide?  // a side word waiting to see whether a number follows
        var word: UInt64 = 0, length = 0, first: UInt8 = 0
        func finishWord() {
            guard length > 0 else { return }
            if let side = pending, !(first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) {
                if side == .left { sawLeft = true } else { sawRight = true }
            }
            pending = nil
            if length == 4, word == Self.leftWord { pending = .left } else if length == 5, word == Self.rightWord { pending = .right }
            word = 0
            length = 0
        }
        for byte in utf8 {
            let lowered: UInt8
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): lowered = byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): lowered = byte + 32
            default: finishWord(); continue
            }
            if length == 0 { first = lowered }
            if length < 8 { word |= UInt64(lowered) << (8 * length) }
            length += 1
        }
        finishWord()
        if let side = pending {
            if side == .left { sawLeft = true } else { sawRight = true }
        }
        switch (sawLeft, sawRight) {
        case (true, false): return .left
        case (false, true): return .right
        default: return nil
        }
    }
}
