import StereotaxCoordinates
import StereotaxFrames

/// Why a procedure could not be resolved into atlas space; each case names the
/// procedure (its `id`, when it has one) and what was expected.
public enum ResolutionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The procedure has no `subject`, or no subject record was given for it.
    case missingSubject(procedure: String?, subject: String?)
    /// The subject record given is not the one the procedure names.
    case subjectMismatch(procedure: String?, expected: String, given: String?)
    /// The subject's species is neither given nor inferable from its strain.
    case unknownSpecies(procedure: String?, subject: String?, species: String?, strain: String?)
    /// No atlas was loaded for the subject's species.
    case noAtlas(procedure: String?, species: String, atlasID: String)
    /// The procedure has no `coordinates_system` (or `coordinates`) string.
    case noCoordinateSystem(procedure: String?)
    /// `coordinates_details` could not be decoded; the decoder's issues say why.
    case coordinatesNotDecoded(procedure: String?, issues: [CoordinateIssue])
    /// The coordinates could not be brought to the bregma frame.
    case conversion(procedure: String?, ConversionError)
    /// The bregma–lambda scaling is impossible (e.g. a measured distance of zero).
    case scaling(procedure: String?, reason: String)
    /// The result is not finite (e.g. a degenerate calibration).
    case notFinite(procedure: String?, what: String)

    public var description: String {
        func name(_ id: String?) -> String { id.map { "procedure \($0)" } ?? "procedure (no id)" }
        switch self {
        case let .missingSubject(p, s):
            return "\(name(p)): " + (s.map { "subject \($0) was not given" } ?? "has no subject")
        case let .subjectMismatch(p, expected, given):
            return "\(name(p)): names subject \(expected), but the subject record given is \(given ?? "(no id)")"
        case let .unknownSpecies(p, s, species, strain):
            return "\(name(p)): subject \(s ?? "(no id)") has no known species (species \(species.map { "'\($0)'" } ?? "absent"), "
                + "strain \(strain.map { "'\($0)'" } ?? "absent")); expected mouse or rat"
        case let .noAtlas(p, species, atlasID):
            return "\(name(p)): no atlas loaded for \(species) (expected \(atlasID))"
        case let .noCoordinateSystem(p):
            return "\(name(p)): no coordinates_system"
        case let .coordinatesNotDecoded(p, issues):
            return "\(name(p)): coordinates_details not decoded: " + issues.map(\.description).joined(separator: "; ")
        case let .conversion(p, error):
            return "\(name(p)): \(error)"
        case let .scaling(p, reason):
            return "\(name(p)): bregma-lambda scaling: \(reason)"
        case let .notFinite(p, what):
            return "\(name(p)): \(what) is not finite"
        }
    }
}
