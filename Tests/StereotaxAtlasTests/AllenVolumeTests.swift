import StereotaxAtlas
import XCTest

/// The real Allen CCF 2017 annotation at 25 µm, loaded once for the class.
final class AllenVolumeTests: XCTestCase {
    nonisolated(unsafe) static var shared: Result<LabelVolume, Error>?

    static func volume() throws -> LabelVolume {
        if let shared { return try shared.get() }
        let result = Result { try NRRDReader.readLabelVolume(at: AtlasTestData.allenAnnotation(), orientation: .allenPIR) }
        shared = result
        return try result.get()
    }

    func testSizesSpacingAndExtent() throws {
        let v = try Self.volume()
        XCTAssertEqual(v.sizes, SIMD3(528, 320, 456))
        XCTAssertEqual(v.voxelSizeMicrometres, SIMD3(25, 25, 25))
        XCTAssertEqual(v.orientation, .allenPIR)
        XCTAssertEqual(v.label(atVoxel: SIMD3(0, 0, 0)), 0)
    }
}
