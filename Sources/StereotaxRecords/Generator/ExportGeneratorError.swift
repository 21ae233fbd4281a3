/// Why the generator could not be set up or could not write.
public enum ExportGeneratorError: Error, Hashable, Sendable, CustomStringConvertible {
    case faultRateOutOfRange(Double)
    case noFaultKinds
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .faultRateOutOfRange(let rate): return "fault rate \(rate) is not a probability in 0…1"
        case .noFaultKinds: return "a fault rate above 0 needs at least one fault kind"
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
