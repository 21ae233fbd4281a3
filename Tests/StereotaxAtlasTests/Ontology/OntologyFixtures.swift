import Foundation
import XCTest

/// Finds the shared atlas files through `STEREOTAX_ATLAS_PATH` (colon-separated
/// directories); tests that need them are skipped when it is not set.
enum OntologyFixtures {
    static func atlasFile(_ relativePath: String, file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        guard let searchPath = ProcessInfo.processInfo.environment["STEREOTAX_ATLAS_PATH"], !searchPath.isEmpty else {
            throw XCTSkip("STEREOTAX_ATLAS_PATH is not set; it must name the directory holding \(relativePath)")
        }
        for directory in searchPath.split(separator: ":") {
            let url = URL(fileURLWithPath: String(directory)).appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        XCTFail("\(relativePath) is not in any directory of STEREOTAX_ATLAS_PATH=\(searchPath)", file: file, line: line)
        throw CocoaError(.fileNoSuchFile)
    }
}
