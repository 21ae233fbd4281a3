import Testing
import StereotaxGeometry
import StereotaxJSON
import StereotaxCoordinates

/// Schema 1.1.0: `{"value": n, "unit": u}` for every field.
@Suite struct ValueObjectDecodingTests {
    /// Each accepted length spelling and 2.5 of it in millimetres, written as the decimal.
    static let lengthUnits: [(symbol: String, millimetres: Double)] = [
        ("nm", 0.0000025), ("µm", 0.0025), ("μm", 0.0025), ("um", 0.0025), ("micron", 0.0025),
        ("mm", 2.5), ("m", 2500), (" mm ", 2.5), ("millimetres", 2.5), ("metre", 2500),
    ]
    static let angleUnits = ["°", "deg", "degree", "degrees"]

    @Test(arguments: CoordinateSystemName.allCases)
    func everyFieldInEveryUnit(_ name: CoordinateSystemName) throws {
        try check(systemType(name))
    }

    private func check<S: CoordinateSystem>(_: S.Type) throws {
        for field in S.fields {
            let cases: [(String, Double)] = field.quantity == .length
                ? Self.lengthUnits.map { ($0.symbol, $0.millimetres) } : Self.angleUnits.map { ($0, 2.5) }
            for (unit, expected) in cases {
                for version in ["1.1.0", nil] as [String?] {
                    let result = S.decode(object([(field.key, try valueObject("2.5", unit))]), schemaVersion: version)
                    #expect(result.reportedExceptMissing == [], "\(S.systemName).\(field.key) in \(unit)")
                    let value = try #require(result.value)
                    #expect(field.amount(in: value) == expected, "\(S.systemName).\(field.key) in \(unit)")
                    #expect(value.presentFieldKeys == [field.key])
                }
            }
        }
    }

    @Test(arguments: CoordinateSystemName.allCases)
    func everyFieldRejectsUnknownAndMismatchedUnits(_ name: CoordinateSystemName) throws {
        try checkBadUnits(systemType(name))
    }

    private func checkBadUnits<S: CoordinateSystem>(_: S.Type) throws {
        for field in S.fields {
            let path = "coordinates_details.\(field.key)"
            let wrongKind = field.quantity == .length ? "°" : "µm"
            let cases: [(JSONValue, Reported)] = [
                (try valueObject("1", "cm"), .error(.unknownUnit, path + ".unit")),
                (try valueObject("1", "rad"), .error(.unknownUnit, path + ".unit")),
                (try valueObject("1", wrongKind), .error(.unitKindMismatch, path + ".unit")),
                (object([("value", try number("1")), ("unit", .bool(true))]), .error(.unitNotString, path + ".unit")),
                (object([("value", try number("1"))]), .error(.missingUnit, path)),
            ]
            for (shape, expected) in cases {
                let result = S.decode(object([(field.key, shape)]), schemaVersion: "1.1.0")
                #expect(result.value == nil)
                #expect(result.reportedExceptMissing == [expected], "\(S.systemName).\(field.key)")
            }
        }
    }

    /// External's metre default is for bare numbers only; a `{value, unit}` carries its own unit.
    @Test func externalValueObjectsUseTheirOwnUnit() throws {
        let details = try json(#"{"x": {"value": 12.5, "unit": "mm"}, "y": {"value": 1.5, "unit": "m"}, "z": {"value": 300, "unit": "µm"}}"#)
        let value = try #require(ExternalXYZAbsoluteCoordinates.decode(details, schemaVersion: "1.1.0").value)
        #expect(value.x == .mm(12.5))
        #expect(value.y == .mm(1500))
        #expect(value.z == .mm(0.3))
    }

    @Test func aCCFRecordInMicrometres() throws {
        let details = try json(#"""
            {"x": {"value": 5400, "unit": "µm"}, "y": {"value": 4000, "unit": "µm"}, "z": {"value": 5700, "unit": "µm"},
             "xAngle": {"value": 0, "unit": "°"}, "yAngle": {"value": -15.5, "unit": "°"}}
            """#)
        let result = CCFXYZAbsoluteCoordinates.decode(details, schemaVersion: "1.1.0")
        #expect(result.reported == [])
        let value = try #require(result.value)
        #expect(value.x == .mm(5.4))
        #expect(value.y == .mm(4))
        #expect(value.z == .mm(5.7))
        #expect(value.xAngle == .degrees(0))
        #expect(value.yAngle == .degrees(-15.5))
        #expect(value.zAngle == nil)
    }

    @Test func aBareNumberUnderSchema110IsAnError() throws {
        let details = try json(#"{"apCoordinate": {"value": -2.5, "unit": "mm"}, "mlCoordinate": 1.5, "apAngle": 10}"#)
        let result = BregmaAbsoluteCoordinates.decode(details, schemaVersion: "1.1.0")
        #expect(result.value == nil)
        #expect(result.reportedExceptMissing == [
            .error(.expectedValueObject, "coordinates_details.mlCoordinate"),
            .error(.expectedValueObject, "coordinates_details.apAngle"),
        ])
        #expect(result.issues[0].message.contains("1.5"))
        #expect(result.issues[0].expected.contains("length unit"))
        #expect(result.issues[1].expected.contains("°"))
    }

    @Test func aValueObjectUnderSchema000IsReadWithAWarning() throws {
        let details = try json(#"{"x": 1, "y": {"value": 2, "unit": "µm"}, "z": 3}"#)
        let result = StereotaxicXYZAbsoluteCoordinates.decode(details, schemaVersion: "0.0.0")
        #expect(result.reported == [.warning(.encodingMismatch, "coordinates_details.y")])
        #expect(result.value?.y == .mm(0.002))
        #expect(result.value?.x == .mm(1))
    }

    @Test func unitProblemsNameTheUnitPath() throws {
        let cases: [(String, String, Reported)] = [
            ("apCoordinate", #"{"value": 1, "unit": "cm"}"#, .error(.unknownUnit, "coordinates_details.apCoordinate.unit")),
            ("apCoordinate", #"{"value": 1, "unit": "MM"}"#, .error(.unknownUnit, "coordinates_details.apCoordinate.unit")),
            ("apCoordinate", #"{"value": 1, "unit": ""}"#, .error(.unknownUnit, "coordinates_details.apCoordinate.unit")),
            ("apCoordinate", #"{"value": 1, "unit": "°"}"#, .error(.unitKindMismatch, "coordinates_details.apCoordinate.unit")),
            ("apAngle", #"{"value": 1, "unit": "mm"}"#, .error(.unitKindMismatch, "coordinates_details.apAngle.unit")),
            ("apAngle", #"{"value": 1, "unit": "rad"}"#, .error(.unknownUnit, "coordinates_details.apAngle.unit")),
            ("apAngle", #"{"value": 1, "unit": 1}"#, .error(.unitNotString, "coordinates_details.apAngle.unit")),
            ("apAngle", #"{"value": 1, "unit": null}"#, .error(.unitNotString, "coordinates_details.apAngle.unit")),
            ("depth", #"{"value": 1}"#, .error(.missingUnit, "coordinates_details.depth")),
            ("depth", #"{"unit": "mm"}"#, .error(.missingValue, "coordinates_details.depth")),
            ("depth", #"{"value": "1", "unit": "mm"}"#, .error(.numericString, "coordinates_details.depth.value")),
            ("depth", #"{"value": null, "unit": "mm"}"#, .error(.nullValue, "coordinates_details.depth.value")),
            ("depth", #"{"value": "NaN", "unit": "mm"}"#, .error(.nonFinite, "coordinates_details.depth.value")),
            ("depth", #"{"value": [1], "unit": "mm"}"#, .error(.wrongType, "coordinates_details.depth.value")),
            ("rotation", #"{"value": 1, "unit": "°", "units": "°"}"#, .error(.unknownValueKey, "coordinates_details.rotation.units")),
        ]
        for (key, text, expected) in cases {
            let result = BregmaBrainSurfaceCoordinates.decode(object([(key, try json(text))]), schemaVersion: "1.1.0")
            #expect(result.value == nil, "\(text)")
            #expect(result.reportedExceptMissing == [expected], "\(text)")
        }
    }

    @Test func everyProblemOfOneValueObjectIsListed() throws {
        let details = try json(#"{"z": {"value": true, "unit": "furlong", "value": 1, "note": "x"}}"#)
        let result = CCFXYZAbsoluteCoordinates.decode(details, schemaVersion: "1.1.0")
        #expect(result.value == nil)
        #expect(Set(result.reportedExceptMissing) == [
            .error(.duplicateField, "coordinates_details.z.value"),
            .error(.unknownValueKey, "coordinates_details.z.note"),
            .error(.unknownUnit, "coordinates_details.z.unit"),
        ])
    }

    @Test func messagesSayWhatWasFoundAndWhatIsAccepted() throws {
        let result = LambdaBrainSurfaceCoordinates.decode(try json(#"{"depth": {"value": 1, "unit": "inch"}}"#), schemaVersion: "1.1.0")
        let issue = try #require(result.issues.first { $0.code == .unknownUnit })
        #expect(issue.message.contains("\"inch\""))
        #expect(issue.expected.contains("nm, µm, mm or m"))
        #expect(issue.description.hasPrefix("error coordinates.unknown-unit at coordinates_details.depth.unit: "))
    }
}
