import StereotaxCoordinates
import StereotaxGeometry
import StereotaxJSON
import XCTest

@testable import StereotaxRecords

final class ExportGeneratorTests: XCTestCase {
    func testSameSeedSameBytesAndRecordsStandAlone() throws {
        let generator = try ExportGenerator(seed: 42, faultRate: 0.3, format: .ndjson)
        let first = generator.export(count: 300)
        let second = try ExportGenerator(seed: 42, faultRate: 0.3, format: .ndjson).export(count: 300)
        XCTAssertEqual(first.bytes, second.bytes)
        XCTAssertEqual(first.manifest, second.manifest)
        let other = try ExportGenerator(seed: 43, faultRate: 0.3, format: .ndjson).export(count: 300)
        XCTAssertNotEqual(first.bytes, other.bytes)

        let lines = first.bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.count, 300)
        for index in [0, 1, 17, 299] {
            XCTAssertEqual(Array(lines[index]), generator.record(at: index).bytes, "record \(index) made alone")
        }
        let json = try ExportGenerator(seed: 42, faultRate: 0.3, format: .json).export(count: 300)
        XCTAssertEqual(json.manifest.faults.map(\.kind).filter { $0 != .malformedRecord },
                       first.manifest.faults.map(\.kind).filter { $0 != .malformedRecord },
                       "the format changes only how malformed records are broken")
    }

    func testEveryInjectedFaultIsFoundAndCleanRecordsAreClean() throws {
        for format in ExportFormat.allCases {
            let count = 2600
            let (bytes, manifest) = try ExportGenerator(seed: 2024, faultRate: 0.5, format: format).export(count: count)
            XCTAssertEqual(Set(manifest.faults.map(\.kind)), Set(ExportFaultKind.allCases), "every kind occurs (\(format))")
            let faultByIndex = Dictionary(uniqueKeysWithValues: manifest.faults.map { ($0.recordIndex, $0) })

            var check = RecordSchemaCheck()
            var seen = 0
            for item in RecordStream(bytes: bytes, chunkSize: 1 << 16) {
                XCTAssertEqual(item.index, seen)
                seen += 1
                let findings = check.check(item)
                let serious = findings.filter { $0.severity > .info }
                guard let fault = faultByIndex[item.index] else {
                    XCTAssertEqual(serious, [], "clean record \(item.index) (\(format))")
                    continue
                }
                guard let expected = fault.expectedFinding else {
                    XCTAssertEqual(serious, [], "\(fault.kind) is invisible to the schema check")
                    continue
                }
                XCTAssertTrue(findings.contains { $0.code == expected }, "\(fault.kind) at record \(item.index): \(findings)")
                if fault.path != .root, let finding = findings.first(where: { $0.code == expected }), expected != .unreadable {
                    XCTAssertEqual(finding.path, fault.path, "\(fault.kind) at record \(item.index)")
                }
                XCTAssertEqual(findings.first { $0.code == expected }?.recordID, fault.recordID)
            }
            XCTAssertEqual(seen, count, "count in == count out (\(format))")
        }
    }

    func testRecordsMixShapesSystemsAndEncodings() throws {
        let generator = try ExportGenerator(seed: 9, faultRate: 0)
        var shapes = Set<ProcedureShape>()
        var systems = Set<CoordinateSystemName>()
        var versions = Set<String>()
        var lengthUnits = Set<String>()
        var legacyKeys = 0
        for index in 0..<1500 {
            let record = try ProcedureRecord(parsing: generator.record(at: index).bytes)
            shapes.insert(record.shape)
            systems.insert(try XCTUnwrap(record.coordinatesSystem))
            versions.insert(record.coordinatesSchemaVersion ?? "unversioned")
            if case .object(let details)? = record.coordinatesDetails {
                for member in details {
                    if let unit = member.value["unit"]?.stringValue, unit != "°" { lengthUnits.insert(unit) }
                    if member.key.hasSuffix("s") || member.key == "surfaceDepth" { legacyKeys += 1 }
                }
            }
        }
        XCTAssertEqual(shapes, Set(ProcedureShape.allCases))
        XCTAssertEqual(systems, Set(CoordinateSystemName.allCases))
        XCTAssertEqual(versions, ["0.0.0", "1.1.0", "unversioned"])
        XCTAssertEqual(lengthUnits, ["mm", "µm", "m"])
        XCTAssertGreaterThan(legacyKeys, 100)
    }

    func testCoordinatesAimAtTheirBrainRegion() throws {
        let generator = try ExportGenerator(seed: 5, faultRate: 0)
        let taxonomy = BrainTarget.mouseTargetTaxonomy
        let targets = Dictionary(uniqueKeysWithValues: BrainTarget.mouseTargets.map { ($0.acronym, $0) })
        var checked = 0
        for index in 0..<600 {
            let record = try ProcedureRecord(parsing: generator.record(at: index).bytes)
            let region = try XCTUnwrap(taxonomy.region(id: try XCTUnwrap(record.brainRegionID)))
            XCTAssertEqual(region.atlas, .allenMouse)
            let target = try XCTUnwrap(targets[try XCTUnwrap(region.acronym)])
            XCTAssertTrue(record.notes?.hasSuffix(target.acronym + ", vertical") == true || record.notes?.hasSuffix(target.acronym + ", angled") == true)
            let isRight = record.notes?.hasPrefix("right") == true
            guard let decoded = record.decodeCoordinates()?.value else { return XCTFail("record \(index) does not decode") }
            let ap: Length?, ml: Length?, dv: Length?
            switch decoded {
            case .stereotaxicBregmaAbsolute(let value): (ap, ml, dv) = (value.apCoordinate, value.mlCoordinate, value.dvCoordinate)
            case .stereotaxicLambdaAbsolute(let value):
                (ap, ml, dv) = (value.apCoordinate.map { Length(millimetres: $0.millimetres - 4.2) }, value.mlCoordinate, value.dvCoordinate)
            default: continue
            }
            let apMillimetres = try XCTUnwrap(ap?.millimetres)
            let mlMillimetres = try XCTUnwrap(ml?.millimetres)
            let dvMillimetres = try XCTUnwrap(dv?.millimetres)
            XCTAssertEqual(apMillimetres, target.ap.millimetres, accuracy: 0.106, "\(target.acronym) AP")
            XCTAssertEqual(mlMillimetres, (isRight ? 1 : -1) * target.ml.millimetres, accuracy: 0.056, "\(target.acronym) ML, right positive")
            XCTAssertEqual(dvMillimetres, target.dv.millimetres, accuracy: 0.106, "\(target.acronym) DV, ventral positive")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 150)
    }

    func testFaultKindsCanBeChosen() throws {
        let generator = try ExportGenerator(seed: 3, faultRate: 1, faultKinds: [.dvSignFlip, .unitSlip])
        let manifest = generator.export(count: 200).manifest
        XCTAssertEqual(manifest.faults.count, 200)
        XCTAssertEqual(Set(manifest.faults.map(\.kind)), [.dvSignFlip, .unitSlip])
        // Duplicates only: the first record cannot repeat an id and falls back to a kind that keeps it.
        let duplicates = try ExportGenerator(seed: 3, faultRate: 1, faultKinds: [.duplicateID, .longNotes]).export(count: 50).manifest
        XCTAssertNotEqual(duplicates.faults.first?.kind, .duplicateID)
        var check = RecordSchemaCheck()
        let items = Array(RecordStream(bytes: try ExportGenerator(seed: 3, faultRate: 1, faultKinds: [.duplicateID, .longNotes]).export(count: 50).bytes))
        let duplicateFindings = items.flatMap { check.check($0) }.filter { $0.code == .duplicateID }
        XCTAssertEqual(duplicateFindings.count, duplicates.faults.filter { $0.kind == .duplicateID }.count)
    }

    func testManifestJSONAndSettingsErrors() throws {
        let (_, manifest) = try ExportGenerator(seed: 11, faultRate: 0.2, format: .json).export(count: 100)
        let json = try JSONValue.parse(manifest.json.serialized())
        XCTAssertEqual(json["count"], 100)
        XCTAssertEqual(json["seed"], "11")
        XCTAssertEqual(json["format"], "json")
        guard case .array(let faults)? = json["faults"] else { return XCTFail("no faults array") }
        XCTAssertEqual(faults.count, manifest.faults.count)
        XCTAssertEqual(faults.first?["kind"]?.stringValue, manifest.faults.first?.kind.rawValue)
        XCTAssertEqual(manifest.countsByKind.values.reduce(0, +), manifest.faults.count)

        XCTAssertThrowsError(try ExportGenerator(seed: 1, faultRate: .nan)) {
            guard case .faultRateOutOfRange(let rate)? = $0 as? ExportGeneratorError else { return XCTFail("\($0)") }
            XCTAssertTrue(rate.isNaN)
        }
        XCTAssertThrowsError(try ExportGenerator(seed: 1, faultRate: 1.5)) { XCTAssertEqual($0 as? ExportGeneratorError, .faultRateOutOfRange(1.5)) }
        XCTAssertThrowsError(try ExportGenerator(seed: 1, faultRate: 0.1, faultKinds: [])) { XCTAssertEqual($0 as? ExportGeneratorError, .noFaultKinds) }
        XCTAssertEqual(try ExportGenerator(seed: 1).export(count: 0).bytes, [])
        XCTAssertEqual(String(decoding: try ExportGenerator(seed: 1, format: .json).export(count: 0).bytes, as: UTF8.self), "{\"procedures\": [\n]}\n")
    }
}
