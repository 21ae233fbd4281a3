import Foundation

/// The eight BrainSTEM coordinate systems, with the exact names records use in
/// `coordinates_system` (procedures) or `coordinates` (legacy actions).
///
/// The first seven are listed by the procedure and action API documents; BrainSTEM later
/// dropped the two `Stereotaxic_XY*` systems from its docs and added `CCF_XYZ_Absolute`.
/// Records of all eight exist and are read.
public enum CoordinateSystemName: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    case stereotaxicBregmaAbsolute = "Stereotaxic_BregmaAbsolute"
    case stereotaxicLambdaAbsolute = "Stereotaxic_LambdaAbsolute"
    case stereotaxicBregmaBrainSurface = "Stereotaxic_BregmaBrainSurface"
    case stereotaxicLambdaBrainSurface = "Stereotaxic_LambdaBrainSurface"
    case stereotaxicXYZAbsolute = "Stereotaxic_XYZ_Absolute"
    case stereotaxicXYSurface = "Stereotaxic_XY_Surface"
    case externalXYZAbsolute = "External_XYZ_Absolute"
    case ccfXYZAbsolute = "CCF_XYZ_Absolute"

    /// The BrainSTEM spelling.
    public var description: String { rawValue }

    /// The system whose name is exactly the UTF-8 `bytes` (the system ``named(_:)`` finds for
    /// their string: the names are ASCII, so equal strings of equal length have equal bytes).
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return nil }
        for (system, name) in Self.utf8Names where name.count == bytes.count {
            if name.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base, bytes.count) }) == 0 {
                self = system
                return
            }
        }
        return nil
    }

    /// Each system with the UTF-8 of its name.
    private static let utf8Names: [(CoordinateSystemName, [UInt8])] = allCases.map { ($0, Array($0.rawValue.utf8)) }

    /// The system named exactly `name`, as `init(rawValue:)`, but comparing `name` only with
    /// the names of its length (the names are long, and comparing long strings is not cheap).
    static func named(_ name: String) -> CoordinateSystemName? {
        let length = name.utf8.count
        return allCases.first { $0.rawValue.utf8.count == length && $0.rawValue == name }
    }

    /// The system whose name equals `name` ignoring ASCII case, for "did you mean" hints.
    public static func caseInsensitiveMatch(_ name: String) -> CoordinateSystemName? {
        let lowered = name.lowercased()
        return allCases.first { $0.rawValue.lowercased() == lowered }
    }
}
