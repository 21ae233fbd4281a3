import Foundation
import StereotaxAtlas
import StereotaxTestSupport
import XCTest

/// The real atlas files, found through `STEREOTAX_ATLAS_PATH` (CI points it at
/// the shared atlas folder; `./dev test` fetches the Allen volume first).
enum AtlasTestData {
    static let searchPath = AtlasSearchPath.standard()

    static let allenAnnotationRequirement = AtlasFileRequirement(
        relativePath: "allen-ccf-2017/annotation_25.nrrd",
        sha256: SHA256Digest(hex: "c620cbcc562183e4dcd40250d440130501781f74b41de35b1c1bdabace290c42")!,
        source: "Allen ccf_2017/annotation_25.nrrd, or the dsm-tools==1.1.0 wheel (scripts/fetch-atlas)")

    /// The Allen annotation on the search path; fails the test with the loader's
    /// message when absent. (Its checksum is checked by the cache loader when it
    /// reads the file, and by `AtlasSearchPathTests`.)
    static func allenAnnotation() throws -> URL {
        guard let url = searchPath.locate(allenAnnotationRequirement.relativePath) else {
            throw AtlasDataError.missing(file: allenAnnotationRequirement.relativePath, expectedSHA256: allenAnnotationRequirement.sha256.hex,
                                         source: allenAnnotationRequirement.source, searched: searchPath.directories.map(\.path))
        }
        return url
    }

    static func allenStructuresCSV() throws -> URL {
        guard let url = searchPath.locate("allen-ccf-2017/structures.csv") else {
            throw AtlasDataError.missing(file: "allen-ccf-2017/structures.csv", expectedSHA256: "235fcd683a0d01a23381d0a07408d72d334b7721d6547d1c0584c6363b58b4b4",
                                         source: "the herbs==0.2.8 wheel (scripts/fetch-atlas)", searched: searchPath.directories.map(\.path))
        }
        return url
    }

    static let waxholmSHA256 = SHA256Digest(hex: "3b397614b91c1f9949d47469e0667b647c5b0f0ae749c0e8b3e8be8751e02de0")!

    /// The Waxholm rat labels; `scripts/fetch-atlas` does not fetch them, so the
    /// test is skipped (with the reason) when they are not on the search path.
    static func waxholmLabels() throws -> URL {
        guard let url = searchPath.locate("whs-rat-v4/labels_39um.nii.gz") else {
            throw XCTSkip("whs-rat-v4/labels_39um.nii.gz is not on STEREOTAX_ATLAS_PATH")
        }
        return url
    }

    /// Structure id and ancestor path (`structure_id_path`) by acronym, read
    /// minimally from Allen's `structures.csv` (id in column 0, acronym in 3,
    /// structure_id_path in 12; names may hold quoted commas).
    static func allenStructures() throws -> [String: (id: Int, path: [Int])] {
        let text = try String(contentsOf: allenStructuresCSV(), encoding: .utf8)
        var result: [String: (id: Int, path: [Int])] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = splitCSVLine(String(line))
            if fields.count > 12, let id = Int(fields[0]) {
                result[fields[3]] = (id, fields[12].split(separator: "/").compactMap { Int($0) })
            }
        }
        return result
    }

    /// The ids of `acronym` and all structures below it.
    static func allenDescendants(of acronym: String) throws -> Set<Int> {
        let all = try allenStructures()
        guard let root = all[acronym]?.id else { throw TestExpectationFailure("structures.csv has no \(acronym)") }
        return Set(all.values.filter { $0.path.contains(root) }.map(\.id))
    }

    private static func splitCSVLine(_ line: String) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        for c in line {
            if c == "\"" { quoted.toggle() } else if c == ",", !quoted { fields.append(current); current = "" } else { current.append(c) }
        }
        fields.append(current)
        return fields
    }
}
