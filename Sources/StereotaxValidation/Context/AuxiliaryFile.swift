import Foundation
import StereotaxRecords

/// Reads the optional files `validate` takes besides the export: the brain-region taxonomy,
/// subjects, consumable stock and manipulations, each as a list envelope, a JSON array or
/// NDJSON. These files are small and read whole; one that cannot be read is unusable input.
public enum AuxiliaryFile {
    /// Why an auxiliary file cannot be used.
    public struct LoadError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The option the file was given with, e.g. `--taxonomy`.
        public let option: String
        public let path: String
        public let reason: String

        public var description: String { "\(option) \(path): \(reason)" }
    }

    /// The records of a file as models; any unreadable record or non-object is an error
    /// naming its line.
    public static func records<R: BrainSTEMRecord>(_ type: R.Type, at url: URL, option: String) throws(LoadError) -> [R] {
        let stream: RecordStream
        do { stream = try RecordStream(contentsOf: url) } catch {
            throw LoadError(option: option, path: url.path, reason: error.description)
        }
        var records: [R] = []
        for item in stream {
            switch item.record(as: R.self) {
            case .success(let record): records.append(record)
            case .failure(let error): throw LoadError(option: option, path: url.path, reason: "record \(item.index): \(error.description)")
            }
        }
        return records
    }

    /// `{"brain_regions": [{"id", "name", "acronym", "atlas"}]}` (or an array, or NDJSON).
    public static func taxonomy(at url: URL) throws(LoadError) -> BrainRegionTaxonomy {
        BrainRegionTaxonomy(regions: try records(BrainRegion.self, at: url, option: "--taxonomy"))
    }
}
