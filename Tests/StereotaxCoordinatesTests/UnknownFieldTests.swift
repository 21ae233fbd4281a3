import Testing
import StereotaxGeometry
import StereotaxJSON
import StereotaxCoordinates

/// Members that are no field of the system: kept, in order and unchanged, and reported.
@Suite struct UnknownFieldTests {
    @Test(arguments: CoordinateSystemName.allCases)
    func unknownMembersAreKeptInOrderAndReported(_ name: CoordinateSystemName) throws {
        try check(systemType(name))
    }

    private func check<S: CoordinateSystem>(_: S.Type) throws {
        let first = S.fields[0].key
        let details = try json(#"{"note": "left hemisphere", "\#(first)": 1, "target": {"region": "CA1", "x": 1.50}, "weird key": 2.000}"#)
        let result = S.decode(details, schemaVersion: nil)
        #expect(result.reportedExceptMissing == [
            .warning(.unknownField, "coordinates_details.note"),
            .warning(.unknownField, "coordinates_details.target"),
            .warning(.unknownField, "coordinates_details[\"weird key\"]"),
        ])
        let value = try #require(result.value)
        #expect(value.unknownFields.keys == ["note", "target", "weird key"])
        #expect(value.unknownFields["target"] == (try json(#"{"region": "CA1", "x": 1.50}"#)))
        // Unchanged down to the number text.
        #expect(JSONValue.object(value.unknownFields).serialized() == #"{"note":"left hemisphere","target":{"region":"CA1","x":1.50},"weird key":2.000}"#)
        #expect(value.presentFieldKeys == [first])
    }

    @Test func misspeltFieldsGetAHint() throws {
        let result = BregmaBrainSurfaceCoordinates.decode(try json(#"{"APCoordinate": 1, "SurfaceDepth": 2, "ap": 3}"#), schemaVersion: nil)
        let unknown = result.issues.filter { $0.code == .unknownField }
        #expect(unknown.map(\.path) == ["coordinates_details.APCoordinate", "coordinates_details.SurfaceDepth", "coordinates_details.ap"])
        #expect(unknown[0].message.contains("did you mean \"apCoordinate\"?"))
        #expect(unknown[1].message.contains("did you mean \"depth\"?"))
        #expect(!unknown[2].message.contains("did you mean"))
        #expect(unknown[2].expected.contains("apCoordinate, mlCoordinate, depth, rotation, apAngle, mlAngle"))
        // They are kept, not read as the field.
        #expect(result.value?.apCoordinate == nil)
        #expect(result.value?.unknownFields.keys == ["APCoordinate", "SurfaceDepth", "ap"])
    }

    @Test func aFieldOfAnotherSystemIsUnknownHere() throws {
        let result = StereotaxicXYZAbsoluteCoordinates.decode(try json(#"{"x": 1, "y": 2, "z": 3, "depth": 4, "apAngle": 5}"#), schemaVersion: nil)
        #expect(result.reported == [.warning(.unknownField, "coordinates_details.depth"), .warning(.unknownField, "coordinates_details.apAngle")])
        #expect(result.value?.unknownFields.keys == ["depth", "apAngle"])
    }
}
