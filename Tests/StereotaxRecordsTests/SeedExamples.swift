import Foundation

/// The response examples of the BrainSTEM API seeds (`/work/shared/seeds/`), written as JSON
/// (the seeds print Python dicts: single quotes, `None`, `True`, `False`). Contents unchanged.
enum SeedExamples {
    /// `procedure-api.md`, list view.
    static let currentProcedureList = #"""
    {"procedures": [
        {
            "id": "00000000-0000-0000-0000-000000000000",
            "type": "SiliconProbeImplant",
            "notes": "acute implant",
            "subject": "00000000-0000-0000-0000-000000000000",
            "date_time": "2024-03-12T09:00:00Z",
            "consumablestock": "00000000-0000-0000-0000-000000000000",
            "equipment": ["00000000-0000-0000-0000-000000000000"],
            "licenses": ["00000000-0000-0000-0000-000000000000"],
            "details": {
                "probeId": "SP-64A",
                "sterilizationMethod": "Ethylene Oxide"
            },
            "type_schema_version": "0.0.0",
            "brain_region": "00000000-0000-0000-0000-000000000000",
            "coordinates_system": "Stereotaxic_BregmaAbsolute",
            "coordinates_details": {
                "apCoordinate": -2.5,
                "mlCoordinate": 1.5,
                "dvCoordinate": -1.0,
                "apAngle": 0.0,
                "mlAngle": 10.0,
                "dvAngle": 0.0
            },
            "coordinates_schema_version": "0.0.0",
            "created_at": "2024-03-12T09:00:00Z",
            "updated_at": "2024-03-12T09:00:00Z"
        },
        {
            "id": "00000000-0000-0000-0000-000000000000",
            "type": "OpticFiberImplant",
            "notes": "bilateral implant",
            "subject": "00000000-0000-0000-0000-000000000000",
            "date_time": null,
            "consumablestock": null,
            "equipment": [],
            "licenses": [],
            "details": {
                "fiberTipShape": "flat",
                "fiberId": "OF-L-2024-07",
                "sterilizationMethod": "Autoclave"
            },
            "type_schema_version": "0.0.0",
            "brain_region": "00000000-0000-0000-0000-000000000000",
            "coordinates_system": "Stereotaxic_BregmaBrainSurface",
            "coordinates_details": {
                "apCoordinate": -2.8,
                "mlCoordinate": 1.2,
                "surfaceDepth": -0.5,
                "apAngle": 0.0,
                "mlAngle": 5.0
            },
            "coordinates_schema_version": "0.0.0",
            "created_at": "2024-03-12T09:05:00Z",
            "updated_at": "2024-03-12T09:05:00Z"
        }
    ]}
    """#

    /// `procedure-api.md`, detail view.
    static let currentProcedureDetail = #"""
    {"procedure": {
        "id": "00000000-0000-0000-0000-000000000000",
        "type": "OpticFiberImplant",
        "notes": "bilateral implant",
        "subject": "00000000-0000-0000-0000-000000000000",
        "date_time": null,
        "consumablestock": "00000000-0000-0000-0000-000000000000",
        "equipment": ["00000000-0000-0000-0000-000000000000"],
        "licenses": [],
        "details": {"fiberTipShape": "flat", "fiberId": "OF-L-2024-07", "sterilizationMethod": "Autoclave"},
        "type_schema_version": "0.0.0",
        "brain_region": null,
        "coordinates_system": "Stereotaxic_BregmaAbsolute",
        "coordinates_details": {
            "apCoordinate": -2.8,
            "mlCoordinate": 1.2,
            "dvCoordinate": -2.5,
            "apAngle": 0.0,
            "mlAngle": 5.0,
            "dvAngle": 0.0
        },
        "coordinates_schema_version": "0.0.0",
        "created_at": "2024-03-12T09:00:00Z",
        "updated_at": "2024-03-12T09:00:00Z"
    }}
    """#

    /// `procedure-api-earlier.txt`, list view.
    static let earlierProcedureList = #"""
    {"procedures": [
        {
            "id": "f79d84c8-6bec-40e3-b18a-5b25e57f4a09",
            "type": "TetrodeWireElectrode",
            "description": "First implant",
            "subject": "0f87c229-6769-4854-83a5-c71e154246b8",
            "date_time": null,
            "consumable": "a5f29099-2758-4163-a8e4-e5e2898e57b2",
            "hardwaredevice": null,
            "details": {
                "tetrodeCount": 1,
                "nWiresTetrode": 4,
                "wireDiameter": 33.9,
                "wireMaterial": "tunsgten"
            },
            "brain_region": "15f9aef5-2d46-4ff2-a0db-ac6be759c05c",
            "coordinates_system": "Stereotaxic_BregmaAbsolute",
            "coordinates_details": {
                "apCoordinate": 1.0
            }
        },
        {
            "id": "a18dd2b1-6393-468c-9424-1bc77b9e4976",
            "type": "TetrodeWireElectrode",
            "description": "Second implant",
            "subject": "0f87c229-6769-4854-83a5-c71e154246b8",
            "date_time": null,
            "consumable": null,
            "hardwaredevice": null,
            "details": {
                "tetrodeCount": 1,
                "nWiresTetrode": 4,
                "wireDiameter": 33.9,
                "wireMaterial": "tunsgten"
            },
            "brain_region": "15f9aef5-2d46-4ff2-a0db-ac6be759c05c",
            "coordinates_system": "Stereotaxic_BregmaAbsolute",
            "coordinates_details": {
                "apCoordinate": 1.0,
                "mlCoordinate": 0.0,
                "dvAngle": 2.0
            }
        }
    ]}
    """#

    /// `procedure-api-earlier.txt`, detail view, as printed (with its stray second colon).
    static let earlierProcedureDetailAsPrinted = #"""
    {"procedure": {
        "id": "d37c9255-d5ae-47d9-b6e1-4ec760c200fb",
        "type": "OpticFiberImplant",
        "description": "some text",
        "subject": "0f87c229-6769-4854-83a5-c71e154246b8",
        "date_time": null,
        "consumable": null,
        "hardwaredevice": null,
        "details": {"fiberTipShape": "flat"},
        "brain_region": null,
        "coordinates_system": "Stereotaxic_BregmaAbsolute",
        "coordinates_details": : {
                    "apCoordinate": 1.0,
                    "mlCoordinate": 2.0,
                    "dvCoordinate": 3.0,
                    "apAngle": 4.0,
                    "mlAngle": 5.0,
                    "dvAngle": 6.0
                }
        }
    }
    """#

    /// The same with the stray colon removed.
    static let earlierProcedureDetail = earlierProcedureDetailAsPrinted.replacingOccurrences(of: ": :", with: ":")

    /// `action-api-legacy.md`, list view.
    static let legacyActionList = #"""
    {"actions": [
        {
            "id": "f79d84c8-6bec-40e3-b18a-5b25e57f4a09",
            "type": "TetrodeWireElectrode",
            "description": "First implant",
            "subject": "0f87c229-6769-4854-83a5-c71e154246b8",
            "date_time": null,
            "consumable": "a5f29099-2758-4163-a8e4-e5e2898e57b2",
            "hardware_device": null,
            "type_json": {
                "tetrodeCount": 1,
                "nWiresTetrode": 4,
                "wireDiameter": 33.9,
                "wireMaterial": "tunsgten"
            },
            "brain_region": "15f9aef5-2d46-4ff2-a0db-ac6be759c05c",
            "coordinates": "Stereotaxic_BregmaAbsolute",
            "coordinates_json": {
                "apCoordinates": 1.0
            }
        },
        {
            "id": "a18dd2b1-6393-468c-9424-1bc77b9e4976",
            "type": "TetrodeWireElectrode",
            "description": "Second implant",
            "subject": "0f87c229-6769-4854-83a5-c71e154246b8",
            "date_time": null,
            "consumable": null,
            "hardware_device": null,
            "type_json": {
                "tetrodeCount": 1,
                "nWiresTetrode": 4,
                "wireDiameter": 33.9,
                "wireMaterial": "tunsgten"
            },
            "brain_region": "15f9aef5-2d46-4ff2-a0db-ac6be759c05c",
            "coordinates": "Stereotaxic_BregmaAbsolute",
            "coordinates_json": {
                "apCoordinates": 1.0,
                "mlCoordinates": 0.0,
                "dvAngle": 2.0
            }
        }
    ]}
    """#

    /// `action-api-legacy.md`, detail view.
    static let legacyActionDetail = #"""
    {"action": {
        "id": "d37c9255-d5ae-47d9-b6e1-4ec760c200fb",
        "type": "OpticFiberImplant",
        "description": "some text",
        "subject": "0f87c229-6769-4854-83a5-c71e154246b8",
        "date_time": null,
        "consumable": null,
        "hardware_device": null,
        "type_json": {"fiberTipShape": "flat"},
        "brain_region": null,
        "coordinates": "Stereotaxic_BregmaAbsolute",
        "coordinates_json": {"apCoordinates": 1.0}}
    }
    """#

    /// `consumablestock-api.txt`, list view.
    static let consumableStockList = #"""
    {"consumablestock": [
        {
            "id": "f79d84c8-6bec-40e3-b18a-5b25e57f4a09",
            "type": "TetrodeWireElectrode",
            "notes": "First implant",
            "setup": "0f87c229-6769-4854-83a5-c71e154246b8",
            "date_time": null,
            "consumable": "a5f29099-2758-4163-a8e4-e5e2898e57b2",
            "hardwaredevice": null,
            "details": {
                "tetrodeCount": 1,
                "nWiresTetrode": 4,
                "wireDiameter": 33.9,
                "wireMaterial": "tunsgten"
            }
        },
        {
            "id": "a18dd2b1-6393-468c-9424-1bc77b9e4976",
            "type": "TetrodeWireElectrode",
            "notes": "Second implant",
            "setup": "0f87c229-6769-4854-83a5-c71e154246b8",
            "date_time": null,
            "consumable": null,
            "hardwaredevice": null,
            "details": {
                "tetrodeCount": 1,
                "nWiresTetrode": 4,
                "wireDiameter": 33.9,
                "wireMaterial": "tunsgten"
            },
            "coordinates_system": "External_XYZ_Absolute",
            "coordinates_details": {
                "x": 1.0,
                "y": 0.0,
                "xAngle": 2.0
            }
        }
    ]}
    """#

    /// `consumablestock-api.txt`, detail view (the seed omits the final brace; added).
    static let consumableStockDetail = #"""
    {"consumablestock": {
        "id": "d37c9255-d5ae-47d9-b6e1-4ec760c200fb",
        "type": "OpticFiberImplant",
        "notes": "some text",
        "setup": "0f87c229-6769-4854-83a5-c71e154246b8",
        "date_time": null,
        "consumable": null,
        "hardwaredevice": null,
        "details": {"fiberTipShape": "flat"}
    }}
    """#

    /// `manipulation-api.txt`, list view.
    static let manipulationList = #"""
    {"manipulations": [
        {
            "id": "00000000-0000-0000-0000-000000000000",
            "type": "ElectricalStimulation",
            "notes": "motor cortex pulses",
            "procedures": ["00000000-0000-0000-0000-000000000000"],
            "equipment": ["00000000-0000-0000-0000-000000000000"],
            "session": "00000000-0000-0000-0000-000000000000",
            "details": [
                {
                    "amplitude": 0.15,
                    "duration": 5,
                    "profile": "Pulse train",
                    "dutyCycle": 0.2,
                    "repetitions": 5,
                    "injectionPolarity": "biphasic",
                    "closedLoop": false
                }
            ],
            "type_schema_version": "0.0.0",
            "order": 0
        },
        {
            "id": "00000000-0000-0000-0000-000000000000",
            "type": "LiquidPerturbation",
            "notes": "saline wash",
            "procedures": ["00000000-0000-0000-0000-000000000000"],
            "equipment": [],
            "session": "00000000-0000-0000-0000-000000000000",
            "details": [
                {
                    "liquidAgent": "Saline",
                    "concentration": 0.9,
                    "volume": 100,
                    "profile": "Continuous Infusion",
                    "repetitions": 1,
                    "flowRate": 10,
                    "closedLoop": false
                }
            ],
            "type_schema_version": "0.0.0",
            "order": 1
        }
    ]}
    """#

    /// `manipulation-api.txt`, detail view.
    static let manipulationDetail = #"""
    {"manipulation": {
        "id": "00000000-0000-0000-0000-000000000000",
        "type": "LiquidPerturbation",
        "notes": "odorant rinse",
        "procedures": ["00000000-0000-0000-0000-000000000000"],
        "equipment": ["00000000-0000-0000-0000-000000000000"],
        "session": "00000000-0000-0000-0000-000000000000",
        "details": [
            {
                "liquidAgent": "Water",
                "concentration": 1,
                "volume": 50,
                "profile": "Bolus Injection",
                "repetitions": 3,
                "flowRate": 12,
                "closedLoop": true
            }
        ],
        "type_schema_version": "0.0.0",
        "order": 0
    }}
    """#
}
