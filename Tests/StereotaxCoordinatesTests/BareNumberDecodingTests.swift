import Testing
import StereotaxGeometry
import StereotaxJSON
import StereotaxCoordinates

/// Schema 0.0.0 and unversioned records: bare numbers in millimetres (External: metres) and degrees.
@Suite struct BareNumberDecodingTests {
    /// Versions under which bare numbers are the expected encoding.
    static let bareVersions: [String?] = [nil, "0.0.0", "", " 0.0.0 "]

    @Test(arguments: CoordinateSystemName.allCases, bareVersions)
    func everyFieldDecodesIntoItsOwnSlot(_ name: CoordinateSystemName, _ version: String?) throws {
        try check(systemType(name), version)
    }

    private func check<S: CoordinateSystem>(_: S.Type, _ version: String?) throws {
        let members = try zip(S.fields, distinctLiterals).map { ($0.key, try number($1)) }
        let result = S.decode(object(members), schemaVersion: version)
        #expect(result.reported == [])
        let value = try #require(result.value)
        for (field, literal) in zip(S.fields, distinctLiterals) {
            let metres = field.quantity == .length && S.bareNumberLengthUnit == .metre
            #expect(field.amount(in: value) == Double(literal)! * (metres ? 1000 : 1), "\(S.systemName).\(field.key)")
        }
        #expect(value.unknownFields.isEmpty)
        #expect(value.missingRequiredFieldKeys == [])
    }

    @Test(arguments: CoordinateSystemName.allCases)
    func aFieldAloneLeavesEveryOtherFieldAbsent(_ name: CoordinateSystemName) throws {
        try checkAlone(systemType(name))
    }

    private func checkAlone<S: CoordinateSystem>(_: S.Type) throws {
        for field in S.fields {
            let result = S.decode(object([(field.key, try number("0"))]), schemaVersion: "0.0.0")
            let value = try #require(result.value)
            // Zero is a value, distinct from absence.
            #expect(field.amount(in: value) == 0)
            #expect(value.presentFieldKeys == [field.key])
            for other in S.fields where other.key != field.key { #expect(other.amount(in: value) == nil) }
            let missing = S.fields.filter { $0.isRequired && $0.key != field.key }.map(\.key)
            #expect(result.reported == missing.map { .warning(.missingField, "coordinates_details.\($0)") })
        }
    }

    /// The procedure seed (`procedure-api.md`), first record.
    @Test func procedureSeedBregmaAbsolute() throws {
        let details = try json(#"{"apCoordinate": -2.5, "mlCoordinate": 1.5, "dvCoordinate": -1.0, "apAngle": 0.0, "mlAngle": 10.0, "dvAngle": 0.0}"#)
        let result = BregmaAbsoluteCoordinates.decode(details, schemaVersion: "0.0.0")
        #expect(result.reported == [])
        let value = try #require(result.value)
        #expect(value.apCoordinate == .mm(-2.5))
        #expect(value.mlCoordinate == .mm(1.5))
        #expect(value.dvCoordinate == .mm(-1.0))
        #expect(value.apAngle == .degrees(0))
        #expect(value.mlAngle == .degrees(10))
        #expect(value.dvAngle == .degrees(0))
    }

    /// The procedure seed, second record: `surfaceDepth`, no `rotation`.
    @Test func procedureSeedBregmaBrainSurfaceWithSurfaceDepth() throws {
        let details = try json(#"{"apCoordinate": -2.8, "mlCoordinate": 1.2, "surfaceDepth": -0.5, "apAngle": 0.0, "mlAngle": 5.0}"#)
        let result = BregmaBrainSurfaceCoordinates.decode(details, schemaVersion: "0.0.0")
        #expect(result.reported == [.warning(.legacyKey, "coordinates_details.surfaceDepth")])
        let value = try #require(result.value)
        #expect(value.apCoordinate == .mm(-2.8))
        #expect(value.mlCoordinate == .mm(1.2))
        #expect(value.depth == .mm(-0.5))
        #expect(value.rotation == nil)
        #expect(value.apAngle == .degrees(0))
        #expect(value.mlAngle == .degrees(5))
    }

    /// The consumable-stock seed: External bare numbers are metres.
    @Test func consumableStockSeedExternalInMetres() throws {
        let details = try json(#"{"x": 1.0, "y": 0.0, "xAngle": 2.0}"#)
        let result = ExternalXYZAbsoluteCoordinates.decode(details, schemaVersion: nil)
        #expect(result.reported == [.warning(.missingField, "coordinates_details.z")])
        let value = try #require(result.value)
        #expect(value.x == .mm(1000))
        #expect(value.y == .mm(0))
        #expect(value.z == nil)
        #expect(value.xAngle == .degrees(2))
        #expect(value.yAngle == nil)
        #expect(value.zAngle == nil)
    }

    /// Named properties per system, so a field stored in the wrong property (axis order) shows.
    @Test func namedPropertiesOfEverySystem() throws {
        let six = try json(#"{"apCoordinate": 1, "mlCoordinate": 2, "dvCoordinate": 3, "apAngle": 4, "mlAngle": 5, "dvAngle": 6}"#)
        #expect(BregmaAbsoluteCoordinates.decode(six, schemaVersion: nil).value
                == BregmaAbsoluteCoordinates(apCoordinate: .mm(1), mlCoordinate: .mm(2), dvCoordinate: .mm(3),
                                             apAngle: .degrees(4), mlAngle: .degrees(5), dvAngle: .degrees(6)))
        #expect(LambdaAbsoluteCoordinates.decode(six, schemaVersion: nil).value
                == LambdaAbsoluteCoordinates(apCoordinate: .mm(1), mlCoordinate: .mm(2), dvCoordinate: .mm(3),
                                             apAngle: .degrees(4), mlAngle: .degrees(5), dvAngle: .degrees(6)))

        let surface = try json(#"{"apCoordinate": 1, "mlCoordinate": 2, "depth": 3, "rotation": 4, "apAngle": 5, "mlAngle": 6}"#)
        #expect(BregmaBrainSurfaceCoordinates.decode(surface, schemaVersion: nil).value
                == BregmaBrainSurfaceCoordinates(apCoordinate: .mm(1), mlCoordinate: .mm(2), depth: .mm(3),
                                                 rotation: .degrees(4), apAngle: .degrees(5), mlAngle: .degrees(6)))
        #expect(LambdaBrainSurfaceCoordinates.decode(surface, schemaVersion: nil).value
                == LambdaBrainSurfaceCoordinates(apCoordinate: .mm(1), mlCoordinate: .mm(2), depth: .mm(3),
                                                 rotation: .degrees(4), apAngle: .degrees(5), mlAngle: .degrees(6)))

        let xyz = try json(#"{"x": 1, "y": 2, "z": 3, "xAngle": 4, "yAngle": 5, "zAngle": 6}"#)
        #expect(StereotaxicXYZAbsoluteCoordinates.decode(xyz, schemaVersion: nil).value
                == StereotaxicXYZAbsoluteCoordinates(x: .mm(1), y: .mm(2), z: .mm(3), xAngle: .degrees(4), yAngle: .degrees(5), zAngle: .degrees(6)))
        #expect(CCFXYZAbsoluteCoordinates.decode(xyz, schemaVersion: nil).value
                == CCFXYZAbsoluteCoordinates(x: .mm(1), y: .mm(2), z: .mm(3), xAngle: .degrees(4), yAngle: .degrees(5), zAngle: .degrees(6)))
        #expect(ExternalXYZAbsoluteCoordinates.decode(xyz, schemaVersion: nil).value
                == ExternalXYZAbsoluteCoordinates(x: .mm(1000), y: .mm(2000), z: .mm(3000), xAngle: .degrees(4), yAngle: .degrees(5), zAngle: .degrees(6)))

        let xySurface = try json(#"{"x": 1, "y": 2, "depth": 3, "xAngle": 4, "yAngle": 5, "rotation": 6}"#)
        #expect(StereotaxicXYSurfaceCoordinates.decode(xySurface, schemaVersion: nil).value
                == StereotaxicXYSurfaceCoordinates(x: .mm(1), y: .mm(2), depth: .mm(3), xAngle: .degrees(4), yAngle: .degrees(5), rotation: .degrees(6)))
    }

    @Test func anUnrecognisedVersionIsReadByShapeWithAWarning() throws {
        let details = try json(#"{"x": 1.5, "y": {"value": 250, "unit": "µm"}, "z": 3}"#)
        let result = CCFXYZAbsoluteCoordinates.decode(details, schemaVersion: "2.0.0", path: "procedure.coordinates_details")
        #expect(result.reported == [.warning(.unknownSchemaVersion, "procedure.coordinates_details")])
        let value = try #require(result.value)
        #expect(value.x == .mm(1.5))
        #expect(value.y == .mm(0.25))
        #expect(value.z == .mm(3))
    }

    @Test func schemaVersionStrings() {
        #expect(CoordinateSchemaVersion(recordValue: nil) == .unversioned)
        #expect(CoordinateSchemaVersion(recordValue: "  ") == .unversioned)
        #expect(CoordinateSchemaVersion(recordValue: "0.0.0") == .v0_0_0)
        #expect(CoordinateSchemaVersion(recordValue: "1.1.0\n") == .v1_1_0)
        #expect(CoordinateSchemaVersion(recordValue: "1.1") == .unrecognised("1.1"))
        #expect(CoordinateSchemaVersion.v1_1_0.recordValue == "1.1.0")
        #expect(CoordinateSchemaVersion.unversioned.recordValue == nil)
        #expect(CoordinateValueEncoding.schema0_0_0.schemaVersion == .v0_0_0)
        #expect(CoordinateValueEncoding.schema1_1_0.schemaVersion == .v1_1_0)
    }
}
