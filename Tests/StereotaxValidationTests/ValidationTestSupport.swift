import Foundation
import StereotaxAtlas
import StereotaxFrames
import StereotaxJSON
import StereotaxRecords
import StereotaxValidation
import XCTest

/// Shared fixtures: the real Allen atlas (through `STEREOTAX_ATLAS_PATH`), record builders and
/// one-call validation.
enum Fixture {
    nonisolated(unsafe) private static var shared: Result<AtlasTargetLocator, Error>?

    /// A volume cache of this suite's own, so that no other process's cache can interfere.
    static let cache = CachedVolumeLoader(
        cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("stereotax-validation-tests-cache"))

    /// The Allen CCF 25 µm atlas through `ibl-allen`, mouse landmarks; opened once.
    static func locator() throws -> AtlasTargetLocator {
        if shared == nil {
            shared = Result {
                let atlas = try LoadedAtlas.open(id: "allen-ccf-2017-25um", cache: cache)
                return try AtlasTargetLocator(atlas: atlas, context: try atlas.conversionContext(landmarks: .defaults(for: .mouse)))
            }
        }
        return try shared!.get()
    }

    static let recordID = "0b6f7e64-3c1f-4a8e-9c55-2f0d1a6b7c01"
    static let subjectID = "5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
    static let regionID = "7c2e9a41-0d3b-4f6e-a1c8-3b5d7e9f0a12"
    static let stockID = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"

    /// A current-shape procedure in `Stereotaxic_BregmaAbsolute` (bare numbers, mm), with
    /// `extra` members added or replaced.
    static func procedure(ap: Double = -2.0, ml: Double = 1.5, dv: Double = 1.3, notes: String = "right CA1",
                          extra: [String: JSONValue] = [:]) -> JSONValue {
        var object = JSONObject([
            .init(key: "id", value: .string(recordID)),
            .init(key: "type", value: .string("SiliconProbeImplant")),
            .init(key: "notes", value: .string(notes)),
            .init(key: "subject", value: .string(subjectID)),
            .init(key: "coordinates_system", value: .string("Stereotaxic_BregmaAbsolute")),
            .init(key: "coordinates_details", value: .object(JSONObject([
                .init(key: "apCoordinate", value: number(ap)),
                .init(key: "mlCoordinate", value: number(ml)),
                .init(key: "dvCoordinate", value: number(dv)),
            ]))),
        ])
        for (key, value) in extra.sorted(by: { $0.key < $1.key }) {
            if object[key] != nil {
                object = JSONObject(object.members.map { $0.key == key ? .init(key: key, value: value) : $0 })
            } else {
                object.append(key: key, value: value)
            }
        }
        return .object(object)
    }

    static func number(_ value: Double) -> JSONValue { .number(JSONNumber(value)!) }

    /// The stream items of `text` (any input form).
    static func items(_ text: String, format: RecordStreamFormat = .auto) -> [RecordStreamItem] {
        Array(RecordStream(bytes: Array(text.utf8), format: format))
    }

    /// One record's report.
    static func report(_ record: JSONValue, validator: RecordValidator) -> RecordReport {
        let items = items(record.serialized())
        precondition(items.count == 1)
        return validator.validate(items[0])
    }

    /// Reports of a whole input through the engine (stream-wide checks included).
    static func reports(_ text: String, format: RecordStreamFormat = .auto, validator: RecordValidator, chunkSize: Int = 5,
                        workers: Int = 2, manipulations: [Manipulation] = []) throws -> (reports: [RecordReport], summary: ValidationSummary) {
        var reports: [RecordReport] = []
        let outcome = try ValidationEngine(validator: validator, chunkSize: chunkSize, workerCount: workers)
            .run(RecordStream(bytes: Array(text.utf8), format: format), manipulations: manipulations) { reports.append($0) }
        return (reports, outcome.summary)
    }

    /// A taxonomy of acronyms (Allen atlas unless `atlas` says otherwise), ids fixed per acronym.
    static func taxonomy(_ entries: [(id: String, acronym: String, atlas: String)]) -> BrainRegionTaxonomy {
        BrainRegionTaxonomy(regions: entries.map { entry in
            BrainRegion(raw: RawRecord(JSONObject([
                .init(key: "id", value: .string(entry.id)), .init(key: "name", value: .string(entry.acronym)),
                .init(key: "acronym", value: .string(entry.acronym)), .init(key: "atlas", value: .string(entry.atlas)),
            ])))
        })
    }

    static func temporaryDirectory(for test: XCTestCase) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("validation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }
}

extension RecordReport {
    /// The codes of the findings, in order.
    var codes: [FindingCode] { findings.map(\.code) }

    func findings(_ code: FindingCode) -> [ValidationFinding] { findings.filter { $0.code == code } }
}
