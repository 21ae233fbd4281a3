import StereotaxCoordinates
import StereotaxFrames
import StereotaxGeometry
import StereotaxJSON
import StereotaxTestSupport
import XCTest

@testable import StereotaxRecords

final class RecordModelTests: XCTestCase {
    private func envelope(_ text: String) throws -> RecordEnvelope {
        try RecordEnvelope(parsing: Array(text.utf8))
    }

    private func procedures(_ text: String) throws -> [ProcedureRecord] {
        try envelope(text).records(as: ProcedureRecord.self).map { try $0.get() }
    }

    private func bregmaAbsolute(_ record: ProcedureRecord) throws -> BregmaAbsoluteCoordinates {
        guard case .stereotaxicBregmaAbsolute(let value)? = record.decodeCoordinates()?.value else {
            throw TestExpectationFailure("not decoded as Stereotaxic_BregmaAbsolute: \(String(describing: record.decodeCoordinates()))")
        }
        return value
    }

    // MARK: Current procedure

    func testCurrentProcedureListFromSeed() throws {
        let env = try envelope(SeedExamples.currentProcedureList)
        XCTAssertEqual(env.form, .list)
        XCTAssertEqual(env.key, "procedures")
        XCTAssertEqual(env.kind, .procedure)
        XCTAssertEqual(env.path(ofRecord: 1).description, "$.procedures[1]")
        let records = try procedures(SeedExamples.currentProcedureList)
        XCTAssertEqual(records.count, 2)

        let probe = records[0]
        XCTAssertEqual(probe.shape, .current)
        XCTAssertTrue(probe.shapeEvidence.contains("coordinates_schema_version"))
        XCTAssertEqual(probe.procedureType, "SiliconProbeImplant")
        XCTAssertEqual(probe.notes, "acute implant")
        XCTAssertEqual(probe.dateTime, "2024-03-12T09:00:00Z")
        XCTAssertEqual(probe.consumableID, "00000000-0000-0000-0000-000000000000")
        XCTAssertEqual(probe.equipmentIDs, ["00000000-0000-0000-0000-000000000000"])
        XCTAssertEqual(probe.licenseIDs?.count, 1)
        XCTAssertNil(probe.hardwareDeviceID)
        XCTAssertEqual(probe.details?["probeId"], "SP-64A")
        XCTAssertEqual(probe.typeSchemaVersion, "0.0.0")
        XCTAssertEqual(probe.coordinatesSchemaVersion, "0.0.0")
        XCTAssertEqual(probe.coordinatesSystem, .stereotaxicBregmaAbsolute)
        XCTAssertEqual(probe.path(of: .coordinatesDetails)?.description, "$.coordinates_details")
        let coordinates = try bregmaAbsolute(probe)
        XCTAssertEqual(coordinates.apCoordinate, Length(millimetres: -2.5))
        XCTAssertEqual(coordinates.mlCoordinate, Length(millimetres: 1.5))
        XCTAssertEqual(coordinates.dvCoordinate, Length(millimetres: -1.0))
        XCTAssertEqual(coordinates.mlAngle, Angle(degrees: 10))

        let fiber = records[1]
        XCTAssertEqual(fiber.consumableID, nil, "null is no id")
        XCTAssertEqual(fiber.value(of: .consumable), .null)
        XCTAssertEqual(fiber.equipmentIDs, [])
        XCTAssertEqual(fiber.coordinatesSystem, .stereotaxicBregmaBrainSurface)
        let decoded = try XCTUnwrap(fiber.decodeCoordinates())
        guard case .stereotaxicBregmaBrainSurface(let surface)? = decoded.value else { return XCTFail("\(decoded)") }
        XCTAssertEqual(surface.depth, Length(millimetres: -0.5), "surfaceDepth is the legacy name of depth")
        XCTAssertEqual(decoded.issues.map(\.code), [.legacyKey])
        XCTAssertEqual(decoded.issues.first?.path, "coordinates_details.surfaceDepth")
    }

    func testCurrentProcedureDetailFromSeed() throws {
        let env = try envelope(SeedExamples.currentProcedureDetail)
        XCTAssertEqual(env.form, .detail)
        XCTAssertEqual(env.kind, .procedure)
        XCTAssertEqual(env.path(ofRecord: 0).description, "$.procedure")
        let record = try XCTUnwrap(procedures(SeedExamples.currentProcedureDetail).first)
        XCTAssertEqual(record.shape, .current)
        XCTAssertNil(record.brainRegionID)
        XCTAssertEqual(try bregmaAbsolute(record).dvCoordinate, Length(millimetres: -2.5))
    }

    // MARK: Earlier procedure

    func testEarlierProcedureListFromSeed() throws {
        let records = try procedures(SeedExamples.earlierProcedureList)
        XCTAssertEqual(records.map(\.shape), [.earlier, .earlier])
        XCTAssertEqual(records[0].shapeEvidence, ["description", "consumable", "hardwaredevice"])
        XCTAssertEqual(records[0].notes, "First implant")
        XCTAssertEqual(records[0].key(for: .notes), "description")
        XCTAssertEqual(records[0].consumableID, "a5f29099-2758-4163-a8e4-e5e2898e57b2")
        XCTAssertEqual(records[0].details?["wireDiameter"], 33.9)
        XCTAssertNil(records[0].key(for: .coordinatesSchemaVersion))
        XCTAssertEqual(records[0].brainRegionID, "15f9aef5-2d46-4ff2-a0db-ac6be759c05c")
        let second = try bregmaAbsolute(records[1])
        XCTAssertEqual(second.apCoordinate, Length(millimetres: 1.0))
        XCTAssertEqual(second.mlCoordinate, Length(millimetres: 0.0))
        XCTAssertNil(second.dvCoordinate, "absent stays absent, never zero")
        XCTAssertEqual(second.dvAngle, Angle(degrees: 2))
    }

    func testEarlierProcedureDetailAsPrintedIsRejectedAtTheStrayColon() throws {
        XCTAssertThrowsError(try envelope(SeedExamples.earlierProcedureDetailAsPrinted)) { error in
            guard case .invalidJSON(let parseError) = error as? RecordDecodingError else { return XCTFail("\(error)") }
            XCTAssertEqual(parseError.kind, .unexpectedCharacter)
            XCTAssertEqual(parseError.line, 12)
            XCTAssertEqual(parseError.column, 28)
        }
        let record = try XCTUnwrap(procedures(SeedExamples.earlierProcedureDetail).first)
        XCTAssertEqual(record.shape, .earlier)
        let coordinates = try bregmaAbsolute(record)
        XCTAssertEqual(coordinates.dvCoordinate, Length(millimetres: 3))
        XCTAssertEqual(coordinates.dvAngle, Angle(degrees: 6))
    }

    // MARK: Legacy action

    func testLegacyActionListFromSeed() throws {
        let env = try envelope(SeedExamples.legacyActionList)
        XCTAssertEqual(env.kind, .action)
        let records = try procedures(SeedExamples.legacyActionList)
        XCTAssertEqual(records.map(\.shape), [.legacyAction, .legacyAction])
        XCTAssertEqual(records[0].shapeEvidence, ["type_json", "coordinates_json", "hardware_device", "coordinates"])
        XCTAssertEqual(records[0].coordinatesSystemName, "Stereotaxic_BregmaAbsolute")
        XCTAssertEqual(records[0].details?["nWiresTetrode"], 4)
        XCTAssertEqual(records[0].notes, "First implant")
        XCTAssertEqual(records[0].path(of: .coordinatesDetails)?.description, "$.coordinates_json")
        let decoded = try XCTUnwrap(records[1].decodeCoordinates())
        guard case .stereotaxicBregmaAbsolute(let value)? = decoded.value else { return XCTFail("\(decoded)") }
        XCTAssertEqual(value.apCoordinate, Length(millimetres: 1))
        XCTAssertEqual(value.mlCoordinate, Length(millimetres: 0))
        XCTAssertEqual(value.dvAngle, Angle(degrees: 2))
        XCTAssertEqual(decoded.issues.map(\.path), ["coordinates_json.apCoordinates", "coordinates_json.mlCoordinates", "coordinates_json.dvCoordinate"],
                       "two legacy keys and the absent DV (a warning: the point cannot be placed)")
    }

    func testLegacyActionDetailFromSeed() throws {
        let env = try envelope(SeedExamples.legacyActionDetail)
        XCTAssertEqual(env.form, .detail)
        XCTAssertEqual(env.kind, .action)
        let record = try XCTUnwrap(procedures(SeedExamples.legacyActionDetail).first)
        XCTAssertEqual(record.shape, .legacyAction)
        XCTAssertEqual(record.details, ["fiberTipShape": "flat"])
        XCTAssertEqual(try bregmaAbsolute(record).apCoordinate, Length(millimetres: 1))
    }

    // MARK: Other kinds

    func testConsumableStockFromSeed() throws {
        let list = try envelope(SeedExamples.consumableStockList)
        XCTAssertEqual(list.form, .list)
        XCTAssertEqual(list.kind, .consumableStock)
        let stocks = try list.records(as: ConsumableStock.self).map { try $0.get() }
        XCTAssertEqual(stocks.map(\.stockType), ["TetrodeWireElectrode", "TetrodeWireElectrode"])
        XCTAssertEqual(stocks[0].notes, "First implant")
        XCTAssertEqual(stocks[0].consumableID, "a5f29099-2758-4163-a8e4-e5e2898e57b2")
        XCTAssertNil(stocks[0].coordinatesSystemName)
        XCTAssertEqual(stocks[1].coordinatesSystemName, "External_XYZ_Absolute")
        XCTAssertEqual(stocks[1].coordinatesDetails?["xAngle"], 2.0)

        let detail = try envelope(SeedExamples.consumableStockDetail)
        XCTAssertEqual(detail.form, .detail, "the same key holds an object in the detail view")
        XCTAssertEqual(detail.kind, .consumableStock)
        XCTAssertEqual(try ConsumableStock(detail.records[0]).details, ["fiberTipShape": "flat"])
    }

    func testManipulationFromSeed() throws {
        let list = try envelope(SeedExamples.manipulationList)
        XCTAssertEqual(list.kind, .manipulation)
        let manipulations = try list.records(as: Manipulation.self).map { try $0.get() }
        XCTAssertEqual(manipulations.map(\.manipulationType), ["ElectricalStimulation", "LiquidPerturbation"])
        XCTAssertEqual(manipulations.map(\.order), [0, 1])
        XCTAssertEqual(manipulations[0].procedureIDs, ["00000000-0000-0000-0000-000000000000"])
        XCTAssertEqual(manipulations[1].equipmentIDs, [])
        XCTAssertEqual(manipulations[0].details?.value(at: "$[0].amplitude"), 0.15)
        XCTAssertEqual(manipulations[1].details?.value(at: "$[0].closedLoop"), false)

        let detail = try envelope(SeedExamples.manipulationDetail)
        let manipulation = try Manipulation(detail.records[0])
        XCTAssertEqual(manipulation.notes, "odorant rinse")
        XCTAssertEqual(manipulation.sessionID, "00000000-0000-0000-0000-000000000000")
        XCTAssertEqual(manipulation.details?.value(at: "$[0].volume"), 50)
        XCTAssertEqual(manipulation.typeSchemaVersion, "0.0.0")
    }

    func testBrainRegionTaxonomy() throws {
        // Synthetic: the taxonomy's documented shape, {"brain_regions": [{"id", "name", "acronym", "atlas"}]}.
        let text = #"""
        {"brain_regions": [
          {"id": "6f1a0c1e-0000-4000-8000-000000000001", "name": "Field CA1", "acronym": "CA1", "atlas": "AIA"},
          {"id": "6f1a0c1e-0000-4000-8000-000000000002", "name": "CA1 field of the hippocampus", "acronym": "CA1", "atlas": "PF2001"},
          {"id": "6f1a0c1e-0000-4000-8000-000000000003", "name": "field CA1 of hippocampus", "acronym": "CA1", "atlas": "PW1997"},
          {"id": "6f1a0c1e-0000-4000-8000-000000000004", "name": "Ventral tegmental area", "acronym": "VTA", "atlas": "BM4"},
          {"id": "6f1a0c1e-0000-4000-8000-000000000005", "name": "Caudoputamen", "acronym": "CPu", "atlas": "XYZ9"},
          {"id": "6f1a0c1e-0000-4000-8000-000000000001", "name": "duplicate", "acronym": "dup", "atlas": "S2004"}
        ]}
        """#
        let taxonomy = try BrainRegionTaxonomy(document: JSONValue.parse(text))
        XCTAssertEqual(taxonomy.regions.count, 6)
        XCTAssertEqual(taxonomy.duplicateIDs, ["6f1a0c1e-0000-4000-8000-000000000001"])
        XCTAssertEqual(taxonomy.region(id: "6f1a0c1e-0000-4000-8000-000000000001")?.name, "Field CA1", "first entry wins")
        XCTAssertEqual(taxonomy.regions(acronym: "CA1").count, 3)
        XCTAssertEqual(taxonomy.regions(acronym: "CA1", atlas: .paxinosWatsonRat).first?.atlas?.species, .rat)
        XCTAssertEqual(taxonomy.regions(acronym: "CA1", atlas: .allenMouse).first?.atlas?.species, .mouse)
        XCTAssertEqual(taxonomy.region(id: "6f1a0c1e-0000-4000-8000-000000000002")?.atlas, .paxinosFranklinMouse)
        XCTAssertEqual(taxonomy.region(id: "6f1a0c1e-0000-4000-8000-000000000004")?.atlas?.species, .rat)
        XCTAssertNil(taxonomy.region(id: "6f1a0c1e-0000-4000-8000-000000000005")?.atlas, "unknown code is kept as text only")
        XCTAssertEqual(taxonomy.region(id: "6f1a0c1e-0000-4000-8000-000000000005")?.atlasCodeText, "XYZ9")
        XCTAssertEqual(taxonomy.atlasCodes, ["AIA", "PF2001", "PW1997", "BM4", "XYZ9", "S2004"])
        XCTAssertNil(taxonomy.region(id: "nope"))
        XCTAssertThrowsError(try BrainRegionTaxonomy(document: ["brain_regions": [1]]))
    }

    func testSubjectSpecies() throws {
        XCTAssertEqual(try Subject(["id": "a", "strain": "C57BL/6J"]).species, .mouse)
        XCTAssertEqual(try Subject(["strain": "Long-Evans"]).species, .rat)
        XCTAssertEqual(try Subject(["strain": ["name": "custom line", "species": "Rattus norvegicus"]]).species, .rat)
        XCTAssertEqual(try Subject(["strain": ["name": "custom line", "species": ["name": "Mus musculus"]]]).speciesName, "Mus musculus")
        XCTAssertEqual(try Subject(["species": " Mouse ", "strain": "Wistar"]).species, .mouse, "an explicit species wins over the strain")
        XCTAssertNil(try Subject(["strain": "unknown line"]).species)
        XCTAssertNil(try Subject(["strain": 7]).strainName)
        XCTAssertEqual(try Subject(["name": "m12", "sex": "F"]).name, "m12")
        XCTAssertThrowsError(try Subject([1, 2]))
    }

    func testShapeDetectionEdgeCases() {
        let minimal: JSONObject = JSONObject([.init(key: "type", value: "VirusInjection")])
        XCTAssertEqual(ProcedureShape.detect(in: minimal).shape, .current)
        XCTAssertEqual(ProcedureShape.detect(in: minimal).evidence, [])
        let mixed = JSONObject([.init(key: "description", value: "x"), .init(key: "notes", value: "y")])
        XCTAssertEqual(ProcedureShape.detect(in: mixed).shape, .current, "a current marker wins over earlier ones")
        let systemOnlyAction = JSONObject([.init(key: "coordinates", value: "Stereotaxic_BregmaAbsolute")])
        XCTAssertEqual(ProcedureShape.detect(in: systemOnlyAction).shape, .legacyAction)
        let both = JSONObject([.init(key: "coordinates", value: "x"), .init(key: "coordinates_system", value: "y")])
        XCTAssertEqual(ProcedureShape.detect(in: both).shape, .current)
        for field in ProcedureField.allCases {
            XCTAssertNotNil(ProcedureShape.current.key(for: field) ?? ProcedureShape.earlier.key(for: field) ?? ProcedureShape.legacyAction.key(for: field))
        }
    }

    func testEnvelopeForms() throws {
        let array = try RecordEnvelope(document: [["id": "a"], 3])
        XCTAssertEqual(array.form, .array)
        XCTAssertNil(array.key)
        XCTAssertEqual(array.path(ofRecord: 1).description, "$[1]")
        let results = array.records(as: ProcedureRecord.self)
        XCTAssertNoThrow(try results[0].get())
        XCTAssertThrowsError(try results[1].get()) { XCTAssertEqual($0 as? RecordDecodingError, .notAnObject(found: "number")) }

        let paginated = try RecordEnvelope(document: ["count": 2, "next": nil, "results": [["id": "a"], ["id": "b"]]])
        XCTAssertEqual(paginated.form, .list)
        XCTAssertEqual(paginated.key, "results")
        XCTAssertNil(paginated.kind)
        XCTAssertEqual(paginated.records.count, 2)

        XCTAssertThrowsError(try RecordEnvelope(document: ["id": "a", "type": "b"]))
        XCTAssertThrowsError(try RecordEnvelope(document: "text"))
        XCTAssertThrowsError(try RecordEnvelope(document: ["procedure": ["id": "a"], "extra": 1]), "a detail envelope has one member")

        let built = RecordEnvelope.list(.manipulation, records: [["id": "m"]])
        XCTAssertEqual(built.document.serialized(), #"{"manipulations":[{"id":"m"}]}"#)
        XCTAssertEqual(RecordEnvelope.detail(.procedure, record: ["id": "p"]).document.serialized(), #"{"procedure":{"id":"p"}}"#)
    }

    func testRecordUUID() {
        let text = "5B1E6A52-0f3c-4c1e-9a51-2f0d8e4b7a01"
        let uuid = RecordUUID(text)
        XCTAssertEqual(uuid?.description, text.lowercased())
        XCTAssertEqual(uuid?.high, 0x5B1E_6A52_0F3C_4C1E)
        XCTAssertEqual(uuid?.low, 0x9A51_2F0D_8E4B_7A01)
        XCTAssertEqual(RecordUUID("00000000-0000-0000-0000-000000000000"), RecordUUID(high: 0, low: 0))
        for bad in ["", "5b1e6a52-0f3c-4c1e-9a51-2f0d8e4b7a0", "5b1e6a52-0f3c-4c1e-9a51-2f0d8e4b7a011",
                    "5b1e6a520f3c-4c1e-9a51-2f0d8e4b7a01-", "5b1e6a52-0f3c-4c1e-9a51-2f0d8e4b7a0g",
                    "5b1e6a52_0f3c_4c1e_9a51_2f0d8e4b7a01", "{5b1e6a52-0f3c-4c1e-9a51-2f0d8e4b7a01}", "5b1e6a52-0f3c-4c1e-9a51-2f0d8e4b7aé"] {
            XCTAssertNil(RecordUUID(bad), bad)
        }
    }

    /// Every byte value at every position of a UUID is read as a byte-at-a-time reader
    /// would: the hexadecimal digits of either case with their values, anything else refused.
    func testRecordUUIDReadsEveryByteAtEveryPosition() {
        let base = Array("0123abcd-ef45-6789-ABCD-0f1e2d3c4b5a".utf8)
        func reference(_ bytes: [UInt8]) -> RecordUUID? {
            var digits: [UInt64] = []
            for (position, byte) in bytes.enumerated() {
                if [8, 13, 18, 23].contains(position) {
                    guard byte == UInt8(ascii: "-") else { return nil }
                } else {
                    guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue, byte < 0x80 else { return nil }
                    digits.append(UInt64(digit))
                }
            }
            return RecordUUID(high: digits[..<16].reduce(0) { $0 << 4 | $1 }, low: digits[16...].reduce(0) { $0 << 4 | $1 })
        }
        XCTAssertEqual(RecordUUID(String(decoding: base, as: UTF8.self)), RecordUUID(high: 0x0123_ABCD_EF45_6789, low: 0xABCD_0F1E_2D3C_4B5A))
        for position in base.indices {
            for byte in UInt8.min...UInt8.max {
                var bytes = base
                bytes[position] = byte
                let text = String(decoding: bytes, as: UTF8.self)
                let expected = text.utf8.count == 36 ? reference(bytes) : nil
                XCTAssertEqual(RecordUUID(text), expected, "byte \(byte) at \(position)")
            }
        }
    }
}

extension RecordModelTests {
    /// Every member name of every shape is found by the one-pass member table, and look-alikes are not.
    func testKnownMemberNamesAreRecognisedExactly() throws {
        let fields: [ProcedureField] = ProcedureField.allCases
        for shape in ProcedureShape.allCases {
            for field in fields {
                guard let key = shape.key(for: field) else { continue }
                let record = try ProcedureRecord(parsing: "{\"\(key)\": \"x\", \"\(key)_\": 1, \"\(key.uppercased())\": 2}")
                if record.shape == shape {
                    XCTAssertEqual(record.value(of: field), .string("x"), "\(shape) \(key)")
                }
            }
        }
        // Absent and null stay distinct.
        let absent = try ProcedureRecord(parsing: #"{"type_json": {}}"#)
        XCTAssertNil(absent.value(of: .type))
        let null = try ProcedureRecord(parsing: #"{"type": null}"#)
        XCTAssertEqual(null.value(of: .type), .null)
        // The last of repeated members is read, as by key look-up.
        let repeated = try ProcedureRecord(parsing: #"{"subject": "a", "subject": "b"}"#)
        XCTAssertEqual(repeated.subjectID, "b")
    }

    /// The member table has one inline lane per known name, and finds each name wherever it
    /// stands among many unknown members.
    func testMemberTableHoldsEveryKnownName() throws {
        XCTAssertLessThanOrEqual(ProcedureMemberName.allCases.count, 32, "one SIMD32 lane per name")
        XCTAssertEqual(ProcedureMemberName.allCases.map(\.rawValue), Array(ProcedureMemberName.allCases.indices),
                       "the index's positions are the raw values")
        var object = JSONObject()
        for index in 0..<40 { object.append(key: "unknown\(index)", value: .number(JSONNumber(index))) }
        for name in ProcedureMemberName.allCases { object.append(key: name.key, value: .number(JSONNumber(name.rawValue))) }
        let tree = JSONValue.object(object)
        let tape = try JSONTape.parse(tree.serializedBytes(.compact)).rootValue
        let (table, tapeTable) = (ProcedureMemberTable(tree), ProcedureMemberTable(tape))
        for name in ProcedureMemberName.allCases {
            XCTAssertTrue(table.contains(name), name.key)
            XCTAssertTrue(tapeTable.contains(name), name.key)
            XCTAssertEqual(table.value(name, in: tree), .number(JSONNumber(name.rawValue)), name.key)
            XCTAssertEqual(tapeTable.value(name, in: tape)?.jsonValue, .number(JSONNumber(name.rawValue)), name.key)
        }
        let empty = ProcedureMemberTable(JSONObject())
        XCTAssertTrue(ProcedureMemberName.allCases.allSatisfy { !empty.contains($0) && empty.value($0, in: JSONValue.object(JSONObject())) == nil })
    }

    /// Fields that belong to another system are named with every system that has them, in
    /// the catalogue's order, current and legacy names alike.
    func testSystemsHavingAFieldName() {
        XCTAssertEqual(CoordinateFieldTable.systems(havingMember: "depth"),
                       [.stereotaxicBregmaBrainSurface, .stereotaxicLambdaBrainSurface, .stereotaxicXYSurface])
        XCTAssertEqual(CoordinateFieldTable.systems(havingMember: "apCoordinates"),
                       [.stereotaxicBregmaAbsolute, .stereotaxicLambdaAbsolute, .stereotaxicBregmaBrainSurface,
                        .stereotaxicLambdaBrainSurface])
        XCTAssertEqual(CoordinateFieldTable.systems(havingMember: "dvCoordinates"),
                       [.stereotaxicBregmaAbsolute, .stereotaxicLambdaAbsolute])
        XCTAssertEqual(CoordinateFieldTable.systems(havingMember: "surfaceDepth"),
                       [.stereotaxicBregmaBrainSurface, .stereotaxicLambdaBrainSurface, .stereotaxicXYSurface])
        XCTAssertEqual(CoordinateFieldTable.systems(havingMember: "z"),
                       [.stereotaxicXYZAbsolute, .externalXYZAbsolute, .ccfXYZAbsolute])
        XCTAssertEqual(CoordinateFieldTable.systems(havingMember: "dvcoordinate"), [])
        XCTAssertEqual(CoordinateFieldTable.systems(havingMember: ""), [])
    }
}
