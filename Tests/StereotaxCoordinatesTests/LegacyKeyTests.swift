import Testing
import StereotaxGeometry
import StereotaxJSON
import StereotaxCoordinates

/// Older member names: `surfaceDepth` for `depth`, and the plural keys of legacy actions.
@Suite struct LegacyKeyTests {
    @Test(arguments: CoordinateSystemName.allCases)
    func everyLegacyNameIsReadAsItsFieldWithAWarning(_ name: CoordinateSystemName) throws {
        try check(systemType(name))
    }

    private func check<S: CoordinateSystem>(_: S.Type) throws {
        for field in S.fields {
            for legacy in field.legacyKeys {
                var shapes: [(JSONValue, String?)] = [(try number("-1.25"), nil), (try valueObject("-1250", "µm"), "1.1.0")]
                if legacy.isPlural {
                    shapes += [(try json("[-1.25]"), nil), (try json(#"[{"value": -1.25, "unit": "mm"}]"#), "1.1.0")]
                }
                for (shape, version) in shapes {
                    let result = S.decode(object([(legacy.key, shape)]), schemaVersion: version)
                    #expect(result.reportedExceptMissing == [.warning(.legacyKey, "coordinates_details.\(legacy.key)")],
                            "\(S.systemName).\(legacy.key)")
                    #expect(result.issues.first?.message.contains("read as \"\(field.key)\"") == true)
                    let value = try #require(result.value)
                    let expected = S.bareNumberLengthUnit == .metre && version == nil ? -1250.0 : -1.25
                    #expect(field.amount(in: value) == expected, "\(S.systemName).\(legacy.key)")
                    #expect(value.presentFieldKeys == [field.key])
                    #expect(value.unknownFields.isEmpty)
                }
            }
        }
    }

    /// The legacy action seed (`action-api-legacy.md`): `coordinates` + `coordinates_json` with plural keys.
    @Test func legacyActionSeed() throws {
        let details = try json(#"{"apCoordinates": 1.0, "mlCoordinates": 0.0, "dvAngle": 2.0}"#)
        let result = Coordinates.decode(systemName: "Stereotaxic_BregmaAbsolute", details: details, schemaVersion: nil,
                                        path: "actions[1].coordinates_json", systemPath: "actions[1].coordinates")
        #expect(result.reported == [
            .warning(.legacyKey, "actions[1].coordinates_json.apCoordinates"),
            .warning(.legacyKey, "actions[1].coordinates_json.mlCoordinates"),
            .warning(.missingField, "actions[1].coordinates_json.dvCoordinate"),
        ])
        guard case .stereotaxicBregmaAbsolute(let value)? = result.value else {
            Issue.record("expected Stereotaxic_BregmaAbsolute, got \(String(describing: result.value))")
            return
        }
        #expect(value == BregmaAbsoluteCoordinates(apCoordinate: .mm(1), mlCoordinate: .mm(0), dvAngle: .degrees(2)))
    }

    @Test func pluralArraysMustHoldExactlyOneValue() throws {
        for text in ["[]", "[1, 2]", "[[1]]"] {
            let result = LambdaBrainSurfaceCoordinates.decode(object([("apCoordinates", try json(text))]), schemaVersion: nil)
            #expect(result.value == nil)
            let expected: Reported = text == "[[1]]"
                ? .error(.wrongType, "coordinates_details.apCoordinates[0]")
                : .error(.pluralArrayLength, "coordinates_details.apCoordinates")
            #expect(result.reportedExceptMissing == [.warning(.legacyKey, "coordinates_details.apCoordinates"), expected], "\(text)")
        }
        let inner = BregmaAbsoluteCoordinates.decode(object([("dvCoordinates", try json(#"["2"]"#))]), schemaVersion: nil)
        #expect(inner.reportedExceptMissing.last == .error(.numericString, "coordinates_details.dvCoordinates[0]"))
    }

    @Test func arraysAreOnlyReadUnderPluralNames() throws {
        let current = BregmaAbsoluteCoordinates.decode(try json(#"{"apCoordinate": [1]}"#), schemaVersion: nil)
        #expect(current.reportedExceptMissing == [.error(.wrongType, "coordinates_details.apCoordinate")])
        let renamed = BregmaBrainSurfaceCoordinates.decode(try json(#"{"surfaceDepth": [1]}"#), schemaVersion: nil)
        #expect(renamed.reportedExceptMissing == [
            .warning(.legacyKey, "coordinates_details.surfaceDepth"), .error(.wrongType, "coordinates_details.surfaceDepth"),
        ])
    }

    @Test func legacyAndCurrentNamesOfOneFieldTogetherAreAnError() throws {
        let result = BregmaAbsoluteCoordinates.decode(try json(#"{"apCoordinates": 1, "mlCoordinate": 2, "apCoordinate": 1}"#), schemaVersion: nil)
        #expect(result.value == nil)
        #expect(result.reportedExceptMissing == [
            .warning(.legacyKey, "coordinates_details.apCoordinates"),
            .error(.duplicateField, "coordinates_details.apCoordinate"),
        ])
    }

    @Test func legacyNamesAreWrittenBackUnderTheCurrentName() throws {
        let value = try #require(StereotaxicXYSurfaceCoordinates.decode(try json(#"{"x": 1, "y": 2, "surfaceDepth": 0.5}"#), schemaVersion: nil).value)
        #expect(try value.encoded(as: .schema0_0_0).serialized() == #"{"x":1.0,"y":2.0,"depth":0.5}"#)
    }
}
