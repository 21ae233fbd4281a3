import Testing
import StereotaxGeometry
import StereotaxJSON
import StereotaxCoordinates

/// Values that are no usable number: each an error naming the field path, never a silent default.
@Suite struct InvalidValueTests {
    /// JSON that is not a usable bare number, and the issue it must give.
    static let badValues: [(json: String, code: CoordinateIssue.Code)] = [
        (#""1.5""#, .numericString), (#"" -2 ""#, .numericString), (#""1e3""#, .numericString),
        (#""NaN""#, .nonFinite), (#""nan""#, .nonFinite), (#""Infinity""#, .nonFinite),
        (#""-Infinity""#, .nonFinite), (#""inf""#, .nonFinite),
        ("true", .booleanValue), ("false", .booleanValue), ("null", .nullValue),
        (#""1.5 mm""#, .wrongType), (#""""#, .wrongType), ("[1.5]", .wrongType), ("[]", .wrongType),
    ]

    @Test(arguments: CoordinateSystemName.allCases)
    func everyFieldRejectsEveryBadValue(_ name: CoordinateSystemName) throws {
        try check(systemType(name))
    }

    private func check<S: CoordinateSystem>(_: S.Type) throws {
        for field in S.fields {
            for (text, code) in Self.badValues {
                for version in [nil, "0.0.0", "1.1.0"] as [String?] {
                    let result = S.decode(object([(field.key, try json(text))]), schemaVersion: version,
                                          path: "procedures[7].coordinates_details")
                    #expect(result.value == nil, "\(S.systemName).\(field.key) = \(text)")
                    #expect(result.reportedExceptMissing == [.error(code, "procedures[7].coordinates_details.\(field.key)")],
                            "\(S.systemName).\(field.key) = \(text) under \(version ?? "unversioned")")
                    // The same value inside a {value, unit} object is reported at `.value`.
                    let unit = field.quantity == .length ? "mm" : "°"
                    let wrapped = object([(field.key, object([("value", try json(text)), ("unit", .string(unit))]))])
                    let inner = S.decode(wrapped, schemaVersion: version)
                    #expect(inner.reportedExceptMissing.filter { $0.severity == .error }
                            == [.error(code, "coordinates_details.\(field.key).value")])
                }
            }
        }
    }

    /// A bare `NaN` or `Infinity` (as Python's json module writes them) never reaches the
    /// decoder: the strict JSON reader refuses the record.
    @Test func bareNonFiniteLiteralsAreNotJSON() {
        for text in [#"{"x": NaN}"#, #"{"x": Infinity}"#, #"{"x": -Infinity}"#, #"{"x": 1e400}"#] {
            #expect(throws: JSONParseError.self) { try JSONValue.parse(text) }
        }
    }

    @Test func nonFiniteStringsSayWhatTheySpell() throws {
        let result = CCFXYZAbsoluteCoordinates.decode(try json(#"{"x": "NaN"}"#), schemaVersion: nil)
        let issue = try #require(result.issues.first)
        #expect(issue.message.contains("\"NaN\""))
        #expect(issue.message.contains("non-finite"))
        #expect(issue.expected.hasPrefix("a finite"))
    }

    @Test func everyErrorOfARecordIsReportedInDocumentOrder() throws {
        let details = try json(#"{"apCoordinate": "1.2", "mlCoordinate": 0.5, "dvCoordinate": null, "apAngle": true, "mlAngle": 3, "dvAngle": [0]}"#)
        let result = LambdaAbsoluteCoordinates.decode(details, schemaVersion: nil)
        #expect(result.value == nil)
        #expect(result.reported == [
            .error(.numericString, "coordinates_details.apCoordinate"),
            .error(.nullValue, "coordinates_details.dvCoordinate"),
            .error(.booleanValue, "coordinates_details.apAngle"),
            .error(.wrongType, "coordinates_details.dvAngle"),
        ])
    }

    @Test func detailsThatAreNotAnObject() throws {
        for text in ["[]", "null", "1", #""Stereotaxic_BregmaAbsolute""#, "true"] {
            let result = BregmaAbsoluteCoordinates.decode(try json(text), schemaVersion: "1.1.0", path: "procedure.coordinates_details")
            #expect(result.reported == [.error(.detailsNotObject, "procedure.coordinates_details")], "\(text)")
        }
    }

    @Test func aLengthThatOverflowsOnConversionIsAnError() throws {
        // 1e306 m is 1e309 mm, beyond the largest Double: an error, not an infinity.
        let bare = ExternalXYZAbsoluteCoordinates.decode(try json(#"{"x": 1e306, "y": -1e306}"#), schemaVersion: "0.0.0")
        #expect(bare.value == nil)
        #expect(bare.reportedExceptMissing == [.error(.outOfRange, "coordinates_details.x"), .error(.outOfRange, "coordinates_details.y")])
        let object = CCFXYZAbsoluteCoordinates.decode(try json(#"{"z": {"value": 1.5e306, "unit": "m"}}"#), schemaVersion: "1.1.0")
        #expect(object.reportedExceptMissing == [.error(.outOfRange, "coordinates_details.z.value")])
        // The largest metres that fit are read.
        let fits = ExternalXYZAbsoluteCoordinates.decode(try json(#"{"x": 1e305, "y": 0, "z": 0}"#), schemaVersion: "0.0.0")
        #expect(fits.value?.x == .mm(1e308))
    }

    @Test func duplicateMembersAreErrors() throws {
        let twice = StereotaxicXYZAbsoluteCoordinates.decode(try json(#"{"x": 1, "y": 2, "x": 3, "z": 4}"#), schemaVersion: nil)
        #expect(twice.value == nil)
        #expect(twice.reported == [.error(.duplicateField, "coordinates_details.x")])

        let bothNames = StereotaxicXYSurfaceCoordinates.decode(try json(#"{"x": 1, "y": 2, "depth": 3, "surfaceDepth": 3}"#), schemaVersion: nil)
        #expect(bothNames.value == nil)
        #expect(bothNames.reported == [
            .warning(.legacyKey, "coordinates_details.surfaceDepth"),
            .error(.duplicateField, "coordinates_details.surfaceDepth"),
        ])
        #expect(bothNames.issues[1].message.contains("\"surfaceDepth\" and \"depth\""))
    }

    @Test(arguments: CoordinateSystemName.allCases)
    func missingRequiredFieldsAreReportedAndStayAbsent(_ name: CoordinateSystemName) throws {
        try checkMissing(systemType(name))
    }

    private func checkMissing<S: CoordinateSystem>(_: S.Type) throws {
        let angles = try S.fields.filter { !$0.isRequired }.map { ($0.key, try number("0")) }
        let result = S.decode(object(angles), schemaVersion: nil)
        let value = try #require(result.value)
        let required = S.fields.filter(\.isRequired)
        #expect(required.count == 3)
        #expect(result.reported == required.map { .warning(.missingField, "coordinates_details.\($0.key)") })
        for field in required { #expect(field.amount(in: value) == nil) }
        #expect(value.missingRequiredFieldKeys == required.map(\.key))
        // An absent optional field is not reported and stays absent.
        let positions = try required.map { ($0.key, try number("1")) }
        let located = S.decode(object(positions), schemaVersion: nil)
        #expect(located.reported == [])
        let locatedValue = try #require(located.value)
        for field in S.fields where !field.isRequired { #expect(field.amount(in: locatedValue) == nil) }
    }

    @Test func aPresentButInvalidRequiredFieldIsNotAlsoReportedMissing() throws {
        let result = BregmaAbsoluteCoordinates.decode(try json(#"{"apCoordinate": "1", "mlCoordinate": 0, "dvCoordinate": 2}"#), schemaVersion: nil)
        #expect(result.reported == [.error(.numericString, "coordinates_details.apCoordinate")])
    }

    /// The example in docs/coordinate-systems.md, "How problems are reported", verbatim.
    @Test func theDocumentedExample() throws {
        let details = try json(#"{"apCoordinate": "1.2", "mlCoordinate": {"value": 0.5, "unit": "cm"}, "dvAngle": {"value": 3, "unit": "°"}}"#)
        let result = BregmaAbsoluteCoordinates.decode(details, schemaVersion: "1.1.0")
        #expect(result.value == nil)
        #expect(result.issues.map(\.description) == [
            #"error coordinates.numeric-string at coordinates_details.apCoordinate: the number is written as the string "1.2"; expected {"value": number, "unit": string} with a length unit (nm, µm, mm or m)"#,
            #"error coordinates.unknown-unit at coordinates_details.mlCoordinate.unit: unknown unit "cm"; expected a length unit (nm, µm, mm or m)"#,
            "warning coordinates.missing-field at coordinates_details.dvCoordinate: dvCoordinate is absent, so the point cannot be located; it stays absent, not zero; expected dvCoordinate: dorsal-ventral offset from bregma, ventral positive",
        ])
    }
}
