/// Why a preset or a scaling could not be made.
public enum PresetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No preset has this name.
    case unknownPreset(String, known: [String])
    /// A bregma–lambda distance that is not a positive finite length.
    case invalidBregmaLambdaDistance(field: String, millimetres: Double)

    public var description: String {
        switch self {
        case .unknownPreset(let name, let known):
            return "no atlas transform named '\(name)' (known: \(known.joined(separator: ", ")))"
        case .invalidBregmaLambdaDistance(let field, let mm):
            return "\(field): expected a positive finite bregma-lambda distance, found \(mm) mm"
        }
    }
}
