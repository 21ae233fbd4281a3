/// Why region-check options are unusable.
public enum RegionCheckOptionsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A length option is zero, negative, NaN or infinite.
    case notPositive(field: String, millimetres: Double)

    public var description: String {
        switch self {
        case let .notPositive(field, mm): "region-check option \(field) must be a positive, finite length, got \(mm) mm"
        }
    }
}
