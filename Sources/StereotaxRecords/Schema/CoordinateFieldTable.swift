import StereotaxCoordinates
import StereotaxGeometry
import StereotaxJSON

/// Field tables of the eight systems, read from `StereotaxCoordinates` (never restated here).
enum CoordinateFieldTable {
    /// Current and legacy member names of a system's fields.
    static func memberNames(of name: CoordinateSystemName) -> Set<String> {
        func names<S: CoordinateSystem>(_ type: S.Type) -> Set<String> {
            Set(S.fields.flatMap { [$0.key] + $0.legacyKeys.map(\.key) })
        }
        return names(name.systemType)
    }

    /// The systems that have a field (current or legacy name) called `key`.
    static func systems(havingMember key: String) -> [CoordinateSystemName] {
        CoordinateSystemName.allCases.filter { memberNames(of: $0).contains(key) }
    }
}
