import Foundation
import StereotaxAtlas
import StereotaxRecords
import XCTest

/// The real Allen atlas (through `STEREOTAX_ATLAS_PATH`), opened once for all planning tests.
enum PlanningTestAtlas {
    nonisolated(unsafe) private static var allenResult: Result<LoadedAtlas, Error>?

    static func allen() throws -> LoadedAtlas {
        if allenResult == nil { allenResult = Result { try LoadedAtlas.open(id: "allen-ccf-2017-25um") } }
        return try allenResult!.get()
    }

    static func procedure(_ json: String) throws -> ProcedureRecord { try ProcedureRecord(parsing: json) }

    static let mouseID = "6a1f3c52-0d4e-4b7a-9d7e-1c2b3a4d5e6f"
    static let ratID = "7b2e4d63-1e5f-4c8b-8e8f-2d3c4b5e6f70"

    static func mouse() throws -> Subject {
        try Subject(parsing: #"{"id": "\#(mouseID)", "name": "m1", "strain": {"name": "C57BL/6J", "species": "Mus musculus"}}"#)
    }

    static func rat() throws -> Subject {
        try Subject(parsing: #"{"id": "\#(ratID)", "name": "r1", "strain": "Long-Evans"}"#)
    }

    /// A current-shape procedure on `subject` with `system` and `details` (a JSON object text).
    static func record(system: String, details: String, subject: String = mouseID, version: String = "0.0.0",
                       region: String = "0e8b5f2a-3c4d-4e6f-8a9b-0c1d2e3f4a5b") throws -> ProcedureRecord {
        try procedure(#"""
        {"id": "11111111-2222-4333-8444-555555555555", "type": "SiliconProbeImplant", "subject": "\#(subject)",
         "brain_region": "\#(region)", "coordinates_system": "\#(system)",
         "coordinates_details": \#(details), "coordinates_schema_version": "\#(version)"}
        """#)
    }
}

extension PlanningTestAtlas {
    nonisolated(unsafe) private static var ratResult: Result<LoadedAtlas, Error>?

    /// The real Waxholm rat atlas through `herbs-whs`, opened once; skipped when absent.
    static func waxholm() throws -> LoadedAtlas {
        guard AtlasSearchPath.standard().locate("whs-rat-v4/labels_39um.nii.gz") != nil else {
            throw XCTSkip("whs-rat-v4/labels_39um.nii.gz is not on STEREOTAX_ATLAS_PATH")
        }
        if ratResult == nil { ratResult = Result { try LoadedAtlas.open(id: "whs-rat-v4-39um") } }
        return try ratResult!.get()
    }
}
