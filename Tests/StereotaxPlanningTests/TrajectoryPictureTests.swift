import Foundation
import StereotaxGeometry
import StereotaxPlanning
import XCTest

final class TrajectoryPictureTests: XCTestCase {
    /// The picture names the preset and the angle order, labels every crossed
    /// structure with its distances, fills with the ontology's colours, and
    /// draws the scale bar; the shaft is vertical in both panels for a vertical plan.
    func testPictureOfAVerticalPlan() throws {
        let atlas = try SyntheticAtlas.atlas()
        let planner = TrajectoryPlanner(atlas: atlas)
        let plan = try planner.forward(entryAP: .zero, entryML: .mm(0.1), angles: try PlanningFixture.angles(0, 0), depth: .mm(0.5))
        var picture = TrajectoryPicture()
        picture.halfWidth = .mm(0.4)
        let svg = try picture.svg(of: plan, atlas: atlas, skullEntry: plan.entry - Vector3(mm: 0, 0, 0.05), title: "Two layers")
        XCTAssertTrue(svg.hasPrefix("<?xml"))
        XCTAssertTrue(svg.hasSuffix("</svg>\n"))
        XCTAssertTrue(svg.contains("Preset synthetic; atlas synthetic cube"))
        XCTAssertTrue(svg.contains(BrainstemAngleOrder.apThenML.description))
        XCTAssertTrue(svg.contains(">AA  0.00–0.40<"))
        XCTAssertTrue(svg.contains(">BB  0.40–0.50<"))
        XCTAssertTrue(svg.contains("fill=\"#FF0000\"") || svg.contains("fill=\"#ff0000\""))   // AA's ontology colour
        XCTAssertTrue(svg.contains(">1 mm<"))
        XCTAssertTrue(svg.contains("stroke-dasharray"))                                          // skull entry drawn
        XCTAssertEqual(svg.components(separatedBy: "<text").count - 1, 4 + 2 + 2 * 2 + 1)          // title lines, panel names, labels, scale
        var zero = picture
        zero.pixel = .zero
        XCTAssertThrowsError(try zero.svg(of: plan, atlas: atlas))
    }
}
