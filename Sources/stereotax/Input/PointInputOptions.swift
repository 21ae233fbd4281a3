import ArgumentParser
import StereotaxKit

/// Where input points come from: one point from flags or many from a file.
struct PointInputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The system of the input point (flags, or CSV without a coordinates_system column).", valueName: "system"))
    var from: CoordinateSystemName?

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "A field of the input point as name=value (repeat), e.g. apCoordinate=-2; lengths in --unit, angles in degrees.",
        valueName: "field=value"))
    var fields: [String] = []

    @Option(help: ArgumentHelp("A file of points: .json/.ndjson (BrainSTEM records or {coordinates_system, coordinates_details} objects) or .csv (one column per field).", valueName: "path"))
    var input: String?

    @Option(help: ArgumentHelp("The unit of lengths given with --set or in CSV: nm, µm (or um), mm, m. Default: mm (External_XYZ_Absolute: m), as in BrainSTEM schema 0.0.0.", valueName: "unit"))
    var unit: String?

    /// Checks the combination (called by the command, after it may have filled in a shorthand).
    func check() throws {
        if input == nil && fields.isEmpty { throw ValidationError("give a point with --from and --set, or a file with --input") }
        if input != nil && !fields.isEmpty { throw ValidationError("--set and --input exclude each other") }
        if input == nil && from == nil { throw ValidationError("--from names the system of the --set fields") }
        if let unit, LengthUnit(symbol: unit) == nil { throw ValidationError("unknown length unit \"\(unit)\"; use nm, µm, mm or m") }
    }

    /// The points, every input item included (unreadable ones carry their error).
    func points() throws -> [ConversionInputPoint] {
        if let input { return try ConversionInputPoint.read(path: input, defaultSystem: from, unit: unit) }
        return [try ConversionInputPoint.fromFlags(system: from!, fields: fields, unit: unit)]
    }
}
