import StereotaxFrames
import StereotaxJSON

/// A BrainSTEM subject (the animal). Tolerant of the forms seen in exports: `strain` as a
/// name, a UUID, or an object `{"name": ..., "species": ...}`; `species` as a top-level string
/// or object with `name`.
public struct Subject: BrainSTEMRecord {
    public static let kind = RecordKind.subject
    public let raw: RawRecord
    public init(raw: RawRecord) { self.raw = raw }

    /// `name`.
    public var name: String? { string("name") }
    /// `sex`.
    public var sex: String? { string("sex") }
    /// `description` or `notes`.
    public var notes: String? { string("notes") ?? string("description") }

    /// The strain's name: `strain` if a string, else `strain.name`.
    public var strainName: String? {
        switch raw.object["strain"] {
        case .string(let text)?: return text
        case .object(let object)?: return object["name"]?.stringValue
        default: return nil
        }
    }

    /// The species as written: `species` (string or `species.name`), else `strain.species`
    /// (string or `.name`).
    public var speciesName: String? {
        func name(_ value: JSONValue?) -> String? {
            switch value {
            case .string(let text)?: return text
            case .object(let object)?: return object["name"]?.stringValue
            default: return nil
            }
        }
        return name(raw.object["species"]) ?? name(raw.object["strain"]?["species"])
    }

    /// The species: from ``speciesName`` if it names one, else inferred from a known
    /// laboratory strain (see ``Species/init(strain:)``).
    public var species: Species? {
        if let speciesName, let species = Species(name: speciesName) { return species }
        return strainName.flatMap(Species.init(strain:))
    }
}
