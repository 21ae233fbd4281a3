import ArgumentParser
import Foundation
import StereotaxKit

extension ReportFormat: ExpressibleByArgument {}
extension RecordStreamFormat: ExpressibleByArgument {}

/// `stereotax validate`: checks every record of a BrainSTEM export and reports a verdict and
/// findings per record.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate a BrainSTEM procedure export: schema, plausibility in the atlas, declared regions, references.",
        discussion: """
        Every record gets a verdict (ok, warning, error) and its findings, each with the record's \
        index and id, a JSON path, a stable code, a message and, where unambiguous, a fix. The \
        input may be a JSON array, a list envelope ({"procedures": [...]}), one record, or NDJSON, \
        mixing the current, earlier and legacy-action shapes. Records are streamed in bounded \
        memory on all cores; the number of records reported always equals the number read, and \
        a malformed NDJSON line is a finding for that line. Finding codes: docs/validation.md.

        Targets are placed in the atlas (default: the Allen CCF 25 µm through the ibl-allen \
        preset) unless --no-atlas is given; --taxonomy enables the region check.

        Exit status:
          0  no finding of error severity (warnings and infos allowed)
          1  at least one finding of error severity
          2  unusable input: the export, an auxiliary file or the atlas cannot be read, or \
        --fix would overwrite the input
          64 invalid options

        Examples:
          stereotax validate export.ndjson
          stereotax validate export.json --taxonomy brain_regions.json --format json --output report.json
          stereotax validate export.ndjson --format csv --output report.csv --no-atlas
          stereotax validate export.ndjson --subjects subjects.json --stock stock.json --manipulations manipulations.json
          stereotax validate export.ndjson --fix fixed.ndjson --transform pinpoint-qiu2018 --bregma-lambda 4.1
        """
    )

    @Argument(help: ArgumentHelp("The export: JSON array, list envelope, one record, or NDJSON.", valueName: "input"))
    var input: String

    @Option(help: ArgumentHelp("How to read the input: auto (default), json, document or ndjson.", valueName: "form"))
    var inputFormat: RecordStreamFormat = .auto

    @Option(help: ArgumentHelp("Brain-region taxonomy ({\"brain_regions\": [...]}) for the region check.", valueName: "file"))
    var taxonomy: String?

    @Option(help: ArgumentHelp("Subjects: unknown subjects are reported, a rat subject's target is not placed in the mouse atlas.", valueName: "file"))
    var subjects: String?

    @Option(help: ArgumentHelp("Consumable stock: unknown stock and stock types that do not fit the procedure are reported.", valueName: "file"))
    var stock: String?

    @Option(help: ArgumentHelp("Manipulations: references to procedures missing from the input are reported.", valueName: "file"))
    var manipulations: String?

    @Option(help: ArgumentHelp("Report form: summary (default), json, ndjson (one line per record) or csv (one row per record).", valueName: "form"))
    var format: ReportFormat = .summary

    @Option(help: ArgumentHelp("Where to write the report (default: standard output).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Write the records with every safe, unambiguous fix applied to this new file (never the input); the fixes are listed in the report.", valueName: "file"))
    var fix: String?

    @Flag(help: "Schema and reference checks only: do not open the atlas (no plausibility or region check).")
    var noAtlas = false

    @OptionGroup var atlasOptions: AtlasOptions

    func run() throws {
        let inputURL = URL(fileURLWithPath: input)
        let setup: ValidationSetup
        do {
            setup = try ValidationSetup(command: self, inputURL: inputURL)
        } catch {
            Terminal.error("stereotax validate: \(error)")
            throw ExitCode(2)
        }
        let summary: ValidationSummary
        do {
            summary = try setup.run(progress: Terminal.isInteractive ? ProgressBar(inputURL: inputURL) : nil)
        } catch let error as AuxiliaryFile.LoadError {
            Terminal.error("stereotax validate: \(error)")
            throw ExitCode(2)
        } catch let error as ValidationEngineError {
            Terminal.error("stereotax validate: \(error)")
            throw ExitCode(2)
        }
        if let failure = summary.inputReadFailure {
            Terminal.error("stereotax validate: \(failure)")
            throw ExitCode(2)
        }
        if summary.hasErrors { throw ExitCode(1) }
    }
}
