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

    /// The systems that have a field (current or legacy name) called `key`, in
    /// `CoordinateSystemName.allCases` order.
    static func systems(havingMember key: String) -> [CoordinateSystemName] {
        systemsByMemberName[key] ?? []
    }

    /// Every current or legacy field name, with the systems that have it: built once.
    private static let systemsByMemberName: [String: [CoordinateSystemName]] = {
        var table: [String: [CoordinateSystemName]] = [:]
        for system in CoordinateSystemName.allCases {
            for name in memberNames(of: system) { table[name, default: []].append(system) }
        }
        return table
    }()
}
