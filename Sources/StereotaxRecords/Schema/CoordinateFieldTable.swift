import StereotaxCoordinates
import StereotaxGeometry
import StereotaxJSON

/// One field of a decoded coordinate value, with its amount (millimetres or degrees).
struct CoordinateFieldAmount {
    let key: String
    let legacyKeys: [String]
    let quantity: CoordinateQuantity
    let amount: Double?
}

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

    /// The fields of a decoded value with their amounts.
    static func amounts(of coordinates: Coordinates) -> [CoordinateFieldAmount] {
        func amounts<S: CoordinateSystem>(_ value: S) -> [CoordinateFieldAmount] {
            S.fields.map { field in
                let amount: Double?
                switch field.storage {
                case .length(let keyPath): amount = value[keyPath: keyPath]?.millimetres
                case .angle(let keyPath): amount = value[keyPath: keyPath]?.degrees
                }
                return CoordinateFieldAmount(key: field.key, legacyKeys: field.legacyKeys.map(\.key),
                                             quantity: field.quantity, amount: amount)
            }
        }
        return amounts(coordinates.system)
    }
}
