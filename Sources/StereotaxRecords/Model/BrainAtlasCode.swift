import StereotaxFrames
/// The atlas a BrainSTEM brain-region taxonomy entry belongs to (its `atlas` code).
public enum BrainAtlasCode: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// Allen Mouse Brain Atlas (Allen Reference Atlas / CCF ontology).
    case allenMouse = "AIA"
    /// Paxinos & Franklin, *The Mouse Brain in Stereotaxic Coordinates* (2001).
    case paxinosFranklinMouse = "PF2001"
    /// Paxinos & Watson, *The Rat Brain in Stereotaxic Coordinates* (1997).
    case paxinosWatsonRat = "PW1997"
    /// Swanson, *Brain Maps 4.0* (rat).
    case swansonBrainMaps4 = "BM4"
    /// Swanson, *Brain Maps III* (rat, 2004).
    case swanson2004 = "S2004"

    /// The code as written in records.
    public var description: String { rawValue }

    /// The atlas's title.
    public var title: String {
        switch self {
        case .allenMouse: return "Allen Mouse Brain Atlas"
        case .paxinosFranklinMouse: return "Paxinos & Franklin, The Mouse Brain in Stereotaxic Coordinates (2001)"
        case .paxinosWatsonRat: return "Paxinos & Watson, The Rat Brain in Stereotaxic Coordinates (1997)"
        case .swansonBrainMaps4: return "Swanson, Brain Maps 4.0"
        case .swanson2004: return "Swanson, Brain Maps III (2004)"
        }
    }

    /// The species the atlas describes.
    public var species: Species {
        switch self {
        case .allenMouse, .paxinosFranklinMouse: return .mouse
        case .paxinosWatsonRat, .swansonBrainMaps4, .swanson2004: return .rat
        }
    }
}
