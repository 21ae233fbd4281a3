import Foundation
import StereotaxJSON
import StereotaxRecords
import StereotaxValidation
import XCTest

/// `cross.*`: subjects, consumable stock, manipulations.
final class CrossRecordTests: XCTestCase {
    private func stock(_ id: String, type: String) throws -> ConsumableStock {
        try ConsumableStock(parsing: #"{"id":"\#(id)","type":"\#(type)","inventory":"\#(Fixture.subjectID)"}"#)
    }

    /// The id index keeps the first record of each id: UUIDs in either case are one id, other
    /// ids are compared as text.
    func testIDIndexKeepsTheFirstRecordOfEachID() {
        var ids = ProcedureIDIndex()
        XCTAssertNil(ids.insert("5b1e6a52-0f3c-4c1e-9a51-2f0d8e4b7a01", index: 0))
        XCTAssertNil(ids.insert("proc-7", index: 1))
        XCTAssertEqual(ids.insert("5B1E6A52-0F3C-4C1E-9A51-2F0D8E4B7A01", index: 2), 0, "the same UUID in upper case")
        XCTAssertEqual(ids.insert("proc-7", index: 3), 1)
        XCTAssertNil(ids.insert("PROC-7", index: 4), "text ids keep their case")
        XCTAssertEqual(ids.insert("5b1e6a52-0f3c-4c1e-9a51-2f0d8e4b7a01", index: 5), 0, "the first stays the first")
        XCTAssertEqual(ids.insert("proc-7", index: 1), 1, "a repeat with the first's own index still names it")
        XCTAssertEqual(ids.count, 3)
        XCTAssertTrue(ids.contains("5B1E6A52-0f3c-4c1e-9a51-2f0d8e4b7a01"))
        XCTAssertTrue(ids.contains("PROC-7"))
        XCTAssertFalse(ids.contains("proc-8"))
    }

    /// Many ids through several growths of the table: ids that count up (the worst case for a
    /// table that reads slots from the bits) and random ones, each repeated later, every repeat
    /// naming the first record.
    func testIDIndexKeepsEveryIDThroughGrowth() {
        var ids = ProcedureIDIndex()
        var generator = SystemRandomNumberGenerator()
        func uuid(_ high: UInt64, _ low: UInt64) -> String {
            let hex = String(format: "%016llx%016llx", high, low)
            let c = Array(hex)
            return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-" + String(c[16..<20]) + "-" + String(c[20..<32])
        }
        let counting = (0..<20_000).map { uuid(0, UInt64($0)) }
        let random = (0..<20_000).map { _ in uuid(generator.next(), generator.next()) }
        let all = counting + random
        for (index, id) in all.enumerated() { XCTAssertNil(ids.insert(id, index: index), "first \(id)") }
        XCTAssertEqual(ids.count, all.count)
        for (index, id) in all.enumerated().reversed() where index % 7 == 0 {
            XCTAssertEqual(ids.insert(id.uppercased(), index: all.count + index), index)
        }
        XCTAssertEqual(ids.count, all.count)
        XCTAssertTrue(all.allSatisfy(ids.contains))
        XCTAssertFalse(ids.contains(uuid(1, 0)))
    }

    func testSubjectsAndStockAreCheckedAgainstTheirFiles() throws {
        let subject = try Subject(parsing: #"{"id":"\#(Fixture.subjectID)","name":"M1","strain":"C57BL/6J"}"#)
        let virus = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"
        let check = CrossRecordCheck(subjects: [subject], stock: [try stock(Fixture.stockID, type: "SiliconProbe"), try stock(virus, type: "VirusSolution")])
        let validator = RecordValidator(crossCheck: check)

        let fitting = Fixture.report(Fixture.procedure(extra: ["consumablestock": .string(Fixture.stockID)]), validator: validator)
        XCTAssertEqual(fitting.findings, [])

        let mismatched = Fixture.report(Fixture.procedure(extra: ["consumablestock": .string(virus)]), validator: validator)
        let finding = try XCTUnwrap(mismatched.findings(.cross(.stockTypeMismatch)).first)
        XCTAssertEqual(finding.path, "$.consumablestock")
        XCTAssertEqual(finding.severity, .error)
        XCTAssertTrue(finding.message.contains("VirusSolution") && finding.message.contains("SiliconProbe"), finding.message)

        let unknownStock = Fixture.report(Fixture.procedure(extra: ["consumablestock": "12345678-1234-4234-8234-123456789abc"]), validator: validator)
        XCTAssertEqual(unknownStock.codes, [.cross(.unknownStock)])

        let stranger = Fixture.report(Fixture.procedure(extra: ["subject": "12345678-1234-4234-8234-123456789abc"]), validator: validator)
        XCTAssertEqual(stranger.codes, [.cross(.unknownSubject)])
        XCTAssertEqual(stranger.findings[0].path, "$.subject")
    }

    func testEarlierShapesReadTheirOwnConsumableMember() throws {
        let check = CrossRecordCheck(stock: [try stock(Fixture.stockID, type: "OpticFiber")])
        let earlier = try JSONValue.parse(#"{"id":"\#(Fixture.recordID)","type":"VirusInjection","description":"right CA1","subject":"\#(Fixture.subjectID)","consumable":"\#(Fixture.stockID)","coordinates_system":"Stereotaxic_BregmaAbsolute","coordinates_details":{"apCoordinate":-2,"mlCoordinate":1.5,"dvCoordinate":1.3}}"#)
        let report = Fixture.report(earlier, validator: RecordValidator(crossCheck: check))
        XCTAssertEqual(report.findings(.cross(.stockTypeMismatch)).map(\.path), ["$.consumable"])
    }

    func testManipulationsReferencingMissingProceduresAreFound() throws {
        let present = Fixture.recordID
        let absent = "deadbeef-0000-4000-8000-000000000001"
        let manipulation = try Manipulation(parsing: #"{"id":"m-1","type":"ElectricalStimulation","procedures":["\#(present.uppercased())","\#(absent)"],"session":"s"}"#)
        let input = Fixture.procedure().serialized() + "\n"
        let (_, summary) = try Fixture.reports(input, validator: RecordValidator(), manipulations: [manipulation])
        XCTAssertEqual(summary.manipulationFindings.count, 1)
        let finding = summary.manipulationFindings[0]
        XCTAssertEqual(finding.code, .cross(.missingProcedure))
        XCTAssertEqual(finding.path, "$.procedures[1]")
        XCTAssertEqual(finding.recordID, "m-1")
        XCTAssertEqual(finding.recordIndex, 0)
        XCTAssertTrue(summary.hasErrors)
        XCTAssertEqual(summary.findingsByCode[.cross(.missingProcedure)], 1)
    }
}
