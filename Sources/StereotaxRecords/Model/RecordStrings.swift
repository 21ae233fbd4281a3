import StereotaxCoordinates
import StereotaxJSON

extension JSONStringTable {
    /// The long strings every BrainSTEM record repeats: the member names of all three shapes
    /// (`coordinates_schema_version`, `coordinates_details`, ...) and the names of the
    /// coordinate systems. Records are parsed with it (see `RecordStreamItem`), so these
    /// strings are shared rather than allocated in every record.
    static let brainSTEMRecords = JSONStringTable(
        ProcedureMemberName.allCases.map(\.key) + CoordinateSystemName.allCases.map(\.rawValue))
}
