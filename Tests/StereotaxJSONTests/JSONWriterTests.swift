import XCTest

@testable import StereotaxJSON

/// Writing: member order, literal numbers and minimal escaping; parse → write is byte-exact
/// for compact input.
final class JSONWriterTests: XCTestCase {
    func testCompactRoundTripIsByteExact() throws {
        let records = [
            #"{"id":"55d20eb3-5adb-4155-a4ab-5cf1a880c24c","notes":"right SNc","consumablestock":null,"equipment":["88861738-c9bf-4f4d-bb6f-37b04cb05e3d"],"coordinates_details":{"apCoordinate":{"value":-3.46,"unit":"mm"},"apAngle":{"value":0,"unit":"°"},"dv":1E+05,"ml":0.10,"z":-0}}"#,
            #"{"a":[],"b":{},"c":[[],[{}]],"d":"\"\\\b\f\n\r\t\u0001\u001f","e":true,"f":false}"#,
        ]
        for text in records {
            let value = try JSONValue.parse(text)
            XCTAssertEqual(value.serialized(), text)
            XCTAssertEqual(value.serializedBytes(), Array(text.utf8))
        }
    }

    func testEscapesAreMinimal() {
        let value: JSONValue = ["/ é \u{7F} \u{0} \u{1F}"]
        XCTAssertEqual(value.serialized(), #"["/ é \#u{7F} \u0000 \u001f"]"#)
    }

    func testPrettyLayout() throws {
        let value = try JSONValue.parse(#"{"a":[1,{"b":null}],"c":{},"d":[]}"#)
        XCTAssertEqual(value.serialized(.pretty(indent: 2)), """
            {
              "a": [
                1,
                {
                  "b": null
                }
              ],
              "c": {},
              "d": []
            }
            """)
    }
}
