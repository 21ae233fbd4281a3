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

    /// Every ASCII byte, and multi-byte characters, at the start, middle and end of strings:
    /// exactly `"`, `\` and U+0000–U+001F are escaped, and the text parses back unchanged.
    func testEveryASCIIByteIsEscapedOnlyWhenItMustBe() throws {
        func expected(_ scalar: Unicode.Scalar) -> String {
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\u{08}": return "\\b"
            case "\u{0C}": return "\\f"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            case "\u{00}"..."\u{1F}": return "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: return String(scalar)
            }
        }
        let scalars = (0..<0x80).compactMap(Unicode.Scalar.init) + ["é", "€", "😀", "\u{7F}"]
        for scalar in scalars {
            for (head, tail) in [("", ""), ("ab", ""), ("", "cd"), ("abcdefghij", "klmnopqrstuvwxyz")] {
                let text = head + String(scalar) + tail
                let written = JSONValue.string(text).serialized()
                XCTAssertEqual(written, "\"" + head + expected(scalar) + tail + "\"", "U+\(String(scalar.value, radix: 16))")
                XCTAssertEqual(try JSONValue.parse(written), .string(text))
                let asKey = JSONValue.object(JSONObject([.init(key: text, value: nil)])).serialized()
                XCTAssertEqual(asKey, "{\"" + head + expected(scalar) + tail + "\":null}")
            }
        }
        XCTAssertEqual(JSONValue.string("").serialized(), "\"\"")
        XCTAssertEqual(JSONValue.string("\"\"\\\n").serialized(), #""\"\"\\\n""#, "adjacent escapes")
    }

    func testSerializingIntoABufferAppends() throws {
        let value = try JSONValue.parse(#"{"a":[1,"x\ty"],"b":{}}"#)
        var buffer = Array("prefix ".utf8)
        value.serialize(into: &buffer)
        XCTAssertEqual(buffer, Array("prefix ".utf8) + value.serializedBytes())
        value.serialize(into: &buffer, .pretty(indent: 1))
        XCTAssertEqual(String(decoding: buffer, as: UTF8.self),
                       "prefix " + value.serialized() + value.serialized(.pretty(indent: 1)))
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
