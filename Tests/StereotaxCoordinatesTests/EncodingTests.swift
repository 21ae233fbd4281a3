import Testing
import StereotaxGeometry
import StereotaxJSON
import StereotaxCoordinates

/// Writing typed coordinates back to `coordinates_details` (1.1.0 and 0.0.0) and reading them again.
@Suite struct EncodingTests {
    static let encodings: [(CoordinateValueEncoding, String?)] = [
        (.schema0_0_0, "0.0.0"), (.schema0_0_0, nil), (.schema1_1_0, "1.1.0"),
        (.valueObjects(lengthUnit: .nanometre), "1.1.0"), (.valueObjects(lengthUnit: .micrometre), "1.1.0"),
        (.valueObjects(lengthUnit: .metre), "1.1.0"),
    ]

    @Test(arguments: CoordinateSystemName.allCases)
    func everySystemRoundTripsThroughEveryEncoding(_ name: CoordinateSystemName) throws {
        try check(systemType(name))
    }

    private func check<S: CoordinateSystem>(_: S.Type) throws {
        var value = S()
        for (field, literal) in zip(S.fields, distinctLiterals) { field.set(Double(literal)!, in: &value) }
        value.unknownFields = JSONObject([.init(key: "note", value: try json(#"{"by": "surgeon", "n": 1.50}"#))])
        for (encoding, version) in Self.encodings {
            let encoded = try value.encoded(as: encoding)
            let object = try #require(encoded.objectValue)
            #expect(object.keys == S.fields.map(\.key) + ["note"], "\(S.systemName) \(encoding)")
            let decoded = S.decode(encoded, schemaVersion: version)
            #expect(decoded.reportedExceptMissing == [.warning(.unknownField, "coordinates_details.note")], "\(S.systemName) \(encoding)")
            #expect(decoded.value == value, "\(S.systemName) \(encoding)")
            // Re-encoding the decoded value gives the same text.
            #expect(try decoded.value?.encoded(as: encoding).serialized() == encoded.serialized())
        }
    }

    @Test(arguments: CoordinateSystemName.allCases)
    func valueObjectsCarryTheirUnits(_ name: CoordinateSystemName) throws {
        try checkUnits(systemType(name))
    }

    private func checkUnits<S: CoordinateSystem>(_: S.Type) throws {
        var value = S()
        for field in S.fields { field.set(1.5, in: &value) }
        for unit in LengthUnit.allCases {
            let object = try #require(try value.encoded(as: .valueObjects(lengthUnit: unit)).objectValue)
            for field in S.fields {
                let member = try #require(object[field.key]?.objectValue)
                #expect(member.keys == ["value", "unit"])
                let expectedUnit = field.quantity == .length ? unit.symbol : "°"
                #expect(member["unit"] == .string(expectedUnit))
                let expectedAmount = field.quantity == .length ? ["nm": 1_500_000, "µm": 1500, "mm": 1.5, "m": 0.0015][unit.symbol]! : 1.5
                #expect(member["value"]?.doubleValue == expectedAmount, "\(S.systemName).\(field.key) in \(unit)")
            }
        }
        let bare = try #require(try value.encoded(as: .schema0_0_0).objectValue)
        for field in S.fields {
            let metres = field.quantity == .length && S.bareNumberLengthUnit == .metre
            #expect(bare[field.key]?.doubleValue == (metres ? 0.0015 : 1.5), "\(S.systemName).\(field.key)")
        }
    }

    @Test func absentFieldsAreLeftOut() throws {
        let value = BregmaBrainSurfaceCoordinates(mlCoordinate: .mm(-1.2), apAngle: .degrees(0))
        #expect(try value.encoded(as: .schema1_1_0).serialized()
                == #"{"mlCoordinate":{"value":-1.2,"unit":"mm"},"apAngle":{"value":0.0,"unit":"°"}}"#)
        #expect(try value.encoded(as: .schema0_0_0).serialized() == #"{"mlCoordinate":-1.2,"apAngle":0.0}"#)
        #expect(try CCFXYZAbsoluteCoordinates().encoded(as: .schema1_1_0).serialized() == "{}")
    }

    /// Records written by BrainSTEM (Python floats: shortest round-trip text) come back byte for byte.
    @Test func recordTextIsPreserved() throws {
        let texts: [(CoordinateSystemName, String, CoordinateValueEncoding, String)] = [
            (.stereotaxicBregmaAbsolute, #"{"apCoordinate":-2.5,"mlCoordinate":1.5,"dvCoordinate":-1.0,"apAngle":0.0,"mlAngle":10.0,"dvAngle":0.0}"#, .schema0_0_0, "0.0.0"),
            (.stereotaxicBregmaBrainSurface, #"{"apCoordinate":-2.8,"mlCoordinate":1.2,"depth":-0.5,"apAngle":0.0,"mlAngle":5.0}"#, .schema0_0_0, "0.0.0"),
            (.externalXYZAbsolute, #"{"x":1.0,"y":0.0,"xAngle":2.0}"#, .schema0_0_0, "0.0.0"),
            (.externalXYZAbsolute, #"{"x":0.1,"y":0.3,"z":1e-05}"#, .schema0_0_0, "0.0.0"),
            (.ccfXYZAbsolute, #"{"x":{"value":5.4,"unit":"mm"},"z":{"value":-0.001,"unit":"mm"},"yAngle":{"value":-15.5,"unit":"°"},"extra":{"value":12,"unit":"mm"}}"#, .schema1_1_0, "1.1.0"),
            (.stereotaxicXYSurface, #"{"x":1e+16,"depth":2.220446049250313e-16,"rotation":-180.0}"#, .schema0_0_0, "0.0.0"),
        ]
        for (name, text, encoding, version) in texts {
            let result = Coordinates.decode(system: name, details: try json(text), schemaVersion: version)
            let value = try #require(result.value, "\(text)")
            #expect(try value.encoded(as: encoding).serialized() == text)
        }
    }

    @Test func nonFiniteValuesCannotBeWritten() throws {
        let value = StereotaxicXYZAbsoluteCoordinates(x: .mm(1), y: .mm(.nan), z: .mm(2), zAngle: .degrees(-.infinity))
        for encoding in [CoordinateValueEncoding.schema0_0_0, .schema1_1_0] {
            #expect {
                _ = try value.encoded(as: encoding, path: "procedure.coordinates_details")
            } throws: { error in
                guard let error = error as? CoordinateEncodingError else { return false }
                return error.issues.map { Reported(code: $0.code, severity: $0.severity, path: $0.path) } == [
                    .error(.nonFiniteValue, "procedure.coordinates_details.y"),
                    .error(.nonFiniteValue, "procedure.coordinates_details.zAngle"),
                ]
            }
        }
    }

    @Test func unknownFieldsThatReuseAFieldNameCannotBeWritten() throws {
        for key in ["depth", "surfaceDepth", "apCoordinates"] {
            let value = BregmaBrainSurfaceCoordinates(depth: .mm(1), unknownFields: JSONObject([.init(key: key, value: 2)]))
            #expect {
                _ = try value.encoded(as: .schema1_1_0)
            } throws: { error in
                (error as? CoordinateEncodingError)?.issues.map(\.code) == [.duplicateField]
                    && (error as? CoordinateEncodingError)?.issues.first?.path == "coordinates_details.\(key)"
            }
        }
    }

    @Test func theEnumEncodesItsSystem() throws {
        let coordinates = Coordinates.externalXYZAbsolute(ExternalXYZAbsoluteCoordinates(x: .mm(250), xAngle: .degrees(90)))
        #expect(coordinates.systemName == .externalXYZAbsolute)
        #expect(try coordinates.encoded(as: .schema0_0_0).serialized() == #"{"x":0.25,"xAngle":90.0}"#)
        #expect(try coordinates.encoded(as: .schema1_1_0).serialized() == #"{"x":{"value":250.0,"unit":"mm"},"xAngle":{"value":90.0,"unit":"°"}}"#)
    }
}

/// Writing a record back in the encoding and units it was read in.
@Suite struct EncodingDetectionTests {
    @Test func theRecordsOwnEncodingIsDetected() throws {
        let cases: [(CoordinateSystemName, String, String?, CoordinateValueEncoding?)] = [
            (.stereotaxicBregmaAbsolute, #"{"apCoordinate": -2.5, "apAngle": 0.0}"#, "0.0.0", .bareNumbers),
            (.stereotaxicBregmaAbsolute, #"{"apCoordinates": [1.0]}"#, nil, .bareNumbers),
            (.ccfXYZAbsolute, #"{"x": {"value": 5400, "unit": "µm"}, "z": {"value": 10, "unit": "um"}, "yAngle": {"value": 1, "unit": "°"}}"#, "1.1.0", .valueObjects(lengthUnit: .micrometre)),
            (.ccfXYZAbsolute, #"{"yAngle": {"value": 1, "unit": "°"}}"#, "1.1.0", .schema1_1_0),
            (.externalXYZAbsolute, #"{"x": {"value": 1, "unit": "m"}}"#, "1.1.0", .valueObjects(lengthUnit: .metre)),
            (.ccfXYZAbsolute, #"{"x": {"value": 5400, "unit": "µm"}, "z": {"value": 10, "unit": "mm"}}"#, "1.1.0", nil),
            (.stereotaxicXYSurface, #"{"x": 1, "depth": {"value": 1, "unit": "mm"}}"#, nil, nil),
            (.stereotaxicXYSurface, #"{"x": "1"}"#, nil, nil),
            (.stereotaxicXYSurface, #"{"note": 1}"#, "1.1.0", .schema1_1_0),
            (.stereotaxicXYSurface, #"{}"#, nil, .bareNumbers),
            (.stereotaxicXYSurface, "[]", nil, nil),
        ]
        for (name, text, version, expected) in cases {
            #expect(name.systemType.encoding(of: try json(text), schemaVersion: version) == expected, "\(text)")
        }
    }

    @Test func aRecordWrittenBackInItsOwnEncodingKeepsItsUnitsAndText() throws {
        let texts: [(CoordinateSystemName, String, String?)] = [
            (.ccfXYZAbsolute, #"{"x":{"value":5400.0,"unit":"µm"},"y":{"value":0.12,"unit":"µm"},"zAngle":{"value":-7.5,"unit":"°"}}"#, "1.1.0"),
            (.stereotaxicLambdaBrainSurface, #"{"apCoordinate":{"value":-1100.1,"unit":"nm"},"depth":{"value":2.5e-05,"unit":"nm"},"rotation":{"value":90.0,"unit":"°"}}"#, "1.1.0"),
            (.externalXYZAbsolute, #"{"x":1.1001,"y":-0.0005,"z":2.0}"#, "0.0.0"),
        ]
        for (name, text, version) in texts {
            let details = try json(text)
            let detected = name.systemType.encoding(of: details, schemaVersion: version)
            let encoding = try #require(detected)
            let value = try #require(Coordinates.decode(system: name, details: details, schemaVersion: version).value)
            #expect(try value.encoded(as: encoding).serialized() == text)
        }
    }

    @Test func systemTypesMatchTheirNames() {
        for name in CoordinateSystemName.allCases { #expect(name.systemType.systemName == name) }
    }
}
