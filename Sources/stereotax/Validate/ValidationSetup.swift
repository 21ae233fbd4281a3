import Foundation
import StereotaxKit

/// What `validate` opens before the run: the stream, the auxiliary files, the atlas, the
/// report and fix outputs; and the run itself.
final class ValidationSetup {
    let command: ValidateCommand
    let inputURL: URL
    let stream: RecordStream
    let validator: RecordValidator
    let manipulations: [Manipulation]

    init(command: ValidateCommand, inputURL: URL) throws {
        self.command = command
        self.inputURL = inputURL
        stream = try RecordStream(contentsOf: inputURL, format: command.inputFormat)
        let taxonomy = try command.taxonomy.map { path throws(AuxiliaryFile.LoadError) in try AuxiliaryFile.taxonomy(at: URL(fileURLWithPath: path)) }
        let subjects = try command.subjects.map { path throws(AuxiliaryFile.LoadError) in
            try AuxiliaryFile.records(Subject.self, at: URL(fileURLWithPath: path), option: "--subjects")
        }
        let stock = try command.stock.map { path throws(AuxiliaryFile.LoadError) in
            try AuxiliaryFile.records(ConsumableStock.self, at: URL(fileURLWithPath: path), option: "--stock")
        }
        var locator: AtlasTargetLocator?
        if !command.noAtlas {
            let environment = try ConversionEnvironment(atlas: command.atlasOptions, frame: command.frameOptions, loadAtlas: true)
            if let atlas = environment.atlas {
                locator = try AtlasTargetLocator(atlas: atlas, context: environment.context)
            }
        }
        manipulations = try command.manipulations.map { path throws(AuxiliaryFile.LoadError) in
            try AuxiliaryFile.records(Manipulation.self, at: URL(fileURLWithPath: path), option: "--manipulations")
        } ?? []
        let crossCheck = CrossRecordCheck(subjects: subjects, stock: stock)
        if let taxonomy, let locator {
            validator = RecordValidator(taxonomy: taxonomy, crossCheck: crossCheck, locator: locator, appliesFixes: command.fix != nil)
        } else {
            validator = RecordValidator(crossCheck: crossCheck, locator: locator, appliesFixes: command.fix != nil)
        }
    }

    /// Validates the input, writing the report and the fixed records; returns the summary.
    func run(progress: ProgressBar?) throws -> ValidationSummary {
        let fixWriter = try command.fix.map {
            try FixedRecordWriter(creating: URL(fileURLWithPath: $0), input: inputURL, ndjson: isNDJSON)
        }
        if let path = command.output, FixedRecordWriter.isSameFile(URL(fileURLWithPath: path), inputURL) {
            throw ValidationEngineError.writeFailed("--output \(path) is the input; the input is never overwritten")
        }
        let output = try command.output.map { try ReportOutput(creating: URL(fileURLWithPath: $0)) }
            ?? ReportOutput(handle: .standardOutput, name: "standard output")
        let writer = command.format.writer(to: output, input: inputURL.path)
        let engine = ValidationEngine(validator: validator)
        let outcome = try engine.run(stream, manipulations: manipulations, encodingLinesWith: command.format.lineEncoder,
                                     progress: { progress?.update($0) }) { report in
            try writer.write(report)
            try fixWriter?.write(report)
        }
        progress?.finish()
        try writer.finish(outcome.summary)
        try output.close()
        try fixWriter?.close()
        return outcome.summary
    }

    /// Whether the input reads as NDJSON (the fixed records are then written as NDJSON too).
    private var isNDJSON: Bool {
        if command.inputFormat != .auto { return command.inputFormat == .ndjson }
        var probe = stream.makeIterator()
        _ = probe.next()
        return probe.detectedFormat == .ndjson
    }
}
