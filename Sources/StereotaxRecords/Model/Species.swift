import StereotaxFrames

/// Reading the species (``StereotaxFrames/Species``) from what subject records write.
extension Species {
    /// The binomial name.
    public var scientificName: String {
        switch self {
        case .mouse: return "Mus musculus"
        case .rat: return "Rattus norvegicus"
        }
    }

    /// Reads a species name: the common name (`mouse`, `Mice`, `rat`) or the binomial
    /// (`Mus musculus`, `Rattus norvegicus`), ignoring case and surrounding spaces.
    public init?(name: String) {
        let lowered = name.lowercased().trimming(" \t\n")
        switch lowered {
        case "mouse", "mice", "mus musculus", "house mouse": self = .mouse
        case "rat", "rats", "rattus norvegicus", "brown rat", "norway rat": self = .rat
        default: return nil
        }
    }

    /// The species of a common laboratory strain (`C57BL/6J` → mouse, `Long-Evans` → rat),
    /// matched on the strain name's stem ignoring case; `nil` if the strain is not known.
    public init?(strain: String) {
        let lowered = strain.lowercased()
        let mouseStems = ["c57bl", "balb/c", "129s", "129/sv", "cd-1", "cd1", "fvb", "dba/2", "swiss webster", "nod", "ai14", "ai32", "pv-cre", "sst-cre", "vip-cre", "thy1"]
        let ratStems = ["long-evans", "long evans", "sprague", "wistar", "lister hooded", "fischer 344", "f344", "brown norway", "lewis"]
        if mouseStems.contains(where: lowered.contains) { self = .mouse } else if ratStems.contains(where: lowered.contains) { self = .rat } else { return nil }
    }
}
