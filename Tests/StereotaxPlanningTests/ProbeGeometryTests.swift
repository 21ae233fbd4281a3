import Foundation
import StereotaxGeometry
import StereotaxPlanning
import XCTest

final class ProbeGeometryTests: XCTestCase {
    func testRepositoryProbes() throws {
        let library = try ProbeLibrary(directory: PlanningFixture.probeDirectory)
        XCTAssertEqual(library.probes.map(\.name), ["neuropixels-1.0", "neuropixels-2.0-four-shank", "optic-fiber-200um", "tetrode-bundle-4"])

        let np1 = try library.probe(named: "neuropixels-1.0")
        XCTAssertEqual(np1.sites.count, 960)
        XCTAssertEqual(np1.shanks.map(\.widthMicrometres), [70])
        XCTAssertEqual(np1.shanks[0].tipLengthMicrometres, 175)
        // Four staggered columns at 11, 27, 43, 59 µm from the shank's left edge (35 µm = centre).
        XCTAssertEqual(Set(np1.sites.map { $0.widthMicrometres + 35 }), [11, 27, 43, 59])
        XCTAssertEqual(np1.sites[0...3].map(\.widthMicrometres), [8, -24, 24, -8])
        XCTAssertEqual(np1.sites[0...3].map(\.heightMicrometres), [175, 175, 195, 195])
        XCTAssertEqual(np1.sites.last?.heightMicrometres, 175 + 479 * 20)

        let np2 = try library.probe(named: "neuropixels-2.0-four-shank")
        XCTAssertEqual(np2.sites.count, 4 * 1280)
        XCTAssertEqual(np2.shanks.map(\.widthOffsetMicrometres), [-375, -125, 125, 375])
        let shank2 = np2.sites.filter { $0.shank == 2 }
        XCTAssertEqual(Set(shank2.map(\.widthMicrometres)), [109, 141])          // 125 ∓ 16: columns 32 µm apart
        XCTAssertEqual(shank2[2].heightMicrometres - shank2[0].heightMicrometres, 15)

        let fiber = try library.probe(named: "optic-fiber-200um")
        XCTAssertEqual(fiber.shanks[0].widthMicrometres, 200)
        XCTAssertEqual(fiber.shanks[0].tipLengthMicrometres, 0)
        XCTAssertEqual(fiber.sites.count, 1)
        XCTAssertEqual(try library.probe(named: "tetrode-bundle-4").sites.count, 16)
        XCTAssertThrowsError(try library.probe(named: "utah-array")) {
            guard case .unknownProbe("utah-array", _)? = $0 as? ProbeGeometryError else { return XCTFail("\($0)") }
        }
    }

    /// Sites follow the rotation about the shaft: a vertical probe turned +90°
    /// (clockwise seen from above) puts its width axis along AP (posterior).
    func testSitesFollowRotation() throws {
        let probe = ProbeGeometry(name: "two", summary: "", kind: "test", shanks: [],
                                  sites: [ProbeSite(index: 0, shank: 0, widthMicrometres: 100, heightMicrometres: 0),
                                          ProbeSite(index: 1, shank: 0, widthMicrometres: 0, heightMicrometres: 500)])
        let tip = Point3<Frame.Bregma>(ap: .mm(-2), ml: .mm(1), dv: .mm(3))
        let flat = probe.sitePositions(tip: tip, orientation: try PlanningFixture.angles(0, 0).orientation())
        XCTAssertEqual(flat[0].millimetres.x, -2, accuracy: 1e-12)
        XCTAssertEqual(flat[0].millimetres.y, 1.1, accuracy: 1e-12)      // width along ML right
        XCTAssertEqual(flat[1].millimetres.z, 2.5, accuracy: 1e-12)      // 500 µm up the shaft
        let turned = probe.sitePositions(tip: tip, orientation: try PlanningFixture.angles(0, 0, 90).orientation())
        let w = turned[0] - tip
        XCTAssertEqual(abs(w.millimetres.x), 0.1, accuracy: 1e-12)
        XCTAssertEqual(w.millimetres.y, 0, accuracy: 1e-12)
        // Tilted 30° ML: the site 0.5 mm up the shaft moves toward the right (upper end leans right).
        let tilted = probe.sitePositions(tip: tip, orientation: try PlanningFixture.angles(0, 30).orientation())
        XCTAssertEqual((tilted[1] - tip).millimetres.y, 0.5 * sin(Double.pi / 6), accuracy: 1e-12)
        XCTAssertEqual((tilted[1] - tip).millimetres.z, -0.5 * cos(Double.pi / 6), accuracy: 1e-12)
    }

    func testInvalidFilesNameTheField() throws {
        func decode(_ json: String) -> ProbeGeometryError? {
            do { _ = try ProbeGeometry.decode(Data(json.utf8), origin: "test.json"); return nil } catch { return error }
        }
        let shank = #"{"widthOffsetMicrometres": 0, "widthMicrometres": 70, "thicknessMicrometres": 24, "tipLengthMicrometres": 175}"#
        XCTAssertEqual(decode(#"{"format": "x", "name": "a", "summary": "", "kind": "k", "shanks": [\#(shank)]}"#),
                       .invalid(file: "test.json", field: "format", expected: "\"stereotax-probe 1\" (found \"x\")"))
        XCTAssertEqual(decode(#"{"format": "stereotax-probe 1", "name": "a", "summary": "", "kind": "k", "shanks": []}"#),
                       .invalid(file: "test.json", field: "shanks", expected: "at least one shank"))
        guard case .invalid(_, "shanks[0].widthMicrometres", _)? = decode(#"{"format": "stereotax-probe 1", "name": "a", "summary": "", "kind": "k", "shanks": [{"widthOffsetMicrometres": 0, "widthMicrometres": -70, "thicknessMicrometres": 24, "tipLengthMicrometres": 175}]}"#) else { return XCTFail() }
        guard case .invalid(_, "siteGrids[0].shank", _)? = decode(#"{"format": "stereotax-probe 1", "name": "a", "summary": "", "kind": "k", "shanks": [\#(shank)], "siteGrids": [{"shank": 3, "rows": 1, "rowPitchMicrometres": 20, "firstRowHeightMicrometres": 0, "rowPatternsMicrometres": [[0]]}]}"#) else { return XCTFail() }
        guard case .invalid(_, "shanks[0].widthMicrometres", _)? = decode(#"{"format": "stereotax-probe 1", "name": "a", "summary": "", "kind": "k", "shanks": [{"widthOffsetMicrometres": 0, "thicknessMicrometres": 24, "tipLengthMicrometres": 175}]}"#) else { return XCTFail() }
        guard case .unreadable? = decode("{") else { return XCTFail() }
    }
}
