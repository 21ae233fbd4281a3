import StereotaxCoordinates
import StereotaxJSON

/// A BrainSTEM consumable stock (a probe, fiber, virus solution, electrode batch),
/// referenced by procedures. Some exports carry coordinates on stocks too.
public struct ConsumableStock: BrainSTEMRecord {
    public static let kind = RecordKind.consumableStock
    public let raw: RawRecord
    public init(raw: RawRecord) { self.raw = raw }

    /// `type`, e.g. `SiliconProbe`, `OpticFiber`, `VirusSolution`, `SingleWireElectrode`.
    public var stockType: String? { recordType }
    /// `notes`.
    public var notes: String? { string("notes") }
    /// `inventory`: the inventory's UUID.
    public var inventoryID: String? { string("inventory") }
    /// `consumable`: the consumable's UUID.
    public var consumableID: String? { string("consumable") }
    /// `acquisition_date`.
    public var acquisitionDate: String? { string("acquisition_date") }
    /// `expiration_date`.
    public var expirationDate: String? { string("expiration_date") }
    /// `storage_location`.
    public var storageLocation: String? { string("storage_location") }
    /// `details`: type-specific JSON.
    public var details: JSONValue? { raw.object["details"] }
    /// `coordinates_system`, when present.
    public var coordinatesSystemName: String? { string("coordinates_system") }
    /// `coordinates_details`, when present.
    public var coordinatesDetails: JSONValue? { raw.object["coordinates_details"] }
}
