import StereotaxRecords
import StereotaxValidation
import XCTest

final class FindingCodeTests: XCTestCase {
    func testEveryCodePrintsInItsFamilyAndReadsBack() {
        for code in FindingCode.allCases {
            XCTAssertEqual(FindingCode(rawValue: code.rawValue), code, code.rawValue)
            let family = code.rawValue.split(separator: ".").first.map(String.init)
            switch code {
            case .schema: XCTAssertEqual(family, "schema")
            case .plausibility: XCTAssertEqual(family, "plausibility")
            case .region: XCTAssertEqual(family, "region")
            case .cross: XCTAssertEqual(family, "cross")
            }
        }
        XCTAssertEqual(Set(FindingCode.allCases.map(\.rawValue)).count, FindingCode.allCases.count)
        XCTAssertNil(FindingCode(rawValue: "plausibility.nonsense"))
        XCTAssertNil(FindingCode(rawValue: "nonsense"))
    }

    func testSchemaCodesAreTheRecordsModulesOwn() {
        for code in RecordFindingCode.allCases {
            XCTAssertEqual(FindingCode.schema(code).rawValue, code.rawValue)
        }
        XCTAssertEqual(FindingCode.plausibility(.dvSign).rawValue, "plausibility.dv-sign")
        XCTAssertEqual(FindingCode.cross(.missingProcedure).rawValue, "cross.missing-procedure")
        XCTAssertEqual(FindingCode.region(.mismatch).rawValue, "region.mismatch")
    }

    func testVerdictIsTheWorstSeverityWithInfoCountingAsOk() {
        func finding(_ severity: ValidationFinding.Severity) -> ValidationFinding {
            ValidationFinding(recordIndex: 0, recordID: nil, path: .root, code: .schema(.legacyKey), severity: severity, message: "")
        }
        XCTAssertEqual(RecordVerdict(findings: []), .ok)
        XCTAssertEqual(RecordVerdict(findings: [finding(.info)]), .ok)
        XCTAssertEqual(RecordVerdict(findings: [finding(.info), finding(.warning)]), .warning)
        XCTAssertEqual(RecordVerdict(findings: [finding(.error), finding(.warning)]), .error)
    }
}
