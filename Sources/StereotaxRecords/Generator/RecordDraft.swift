import StereotaxCoordinates
import StereotaxGeometry
import StereotaxJSON

/// One record being generated: its JSON, where each coordinate's number sits, and its fault.
struct RecordDraft {
    private enum Encoding {
        /// 0.0.0 or unversioned bare numbers (mm, degrees; External: m).
        case bare
        /// 1.1.0 `{value, unit}` with lengths in `lengthUnit` (`mm`, `µm` or `m`).
        case valueObjects(lengthUnit: String)
    }

    /// A coordinate field: its current name, whether it is a length, and its amount in the
    /// record's unit for it.
    private struct Field {
        let key: String
        let isLength: Bool
        let amount: Double
    }

    let index: Int
    let fault: ExportFaultKind?
    private let shape: ProcedureShape
    private let system: CoordinateSystemName
    private let encoding: Encoding
    private var record: JSONValue
    /// Path of each coordinate's number, by current field name.
    private var numberPaths: [String: RecordPath] = [:]
    private var id: String

    private static let lambdaOffsetMillimetres = 4.2  // bregma–lambda distance of an adult mouse

    // MARK: Content

    static func make(index: Int, fault: ExportFaultKind?, generator: ExportGenerator, rng: inout SplitMix64) -> RecordDraft {
        var shape = rng.weighted([(ProcedureShape.current, 70), (.earlier, 15), (.legacyAction, 15)])
        let allowedSystems: [CoordinateSystemName]
        switch fault {
        case .unitSlip?:
            allowedSystems = [.stereotaxicBregmaAbsolute, .stereotaxicLambdaAbsolute, .stereotaxicBregmaBrainSurface, .stereotaxicLambdaBrainSurface, .ccfXYZAbsolute]
        case .dvSignFlip?:
            allowedSystems = [.stereotaxicBregmaAbsolute, .stereotaxicLambdaAbsolute, .stereotaxicBregmaBrainSurface, .stereotaxicLambdaBrainSurface, .stereotaxicXYSurface]
        case .contralateral?:
            allowedSystems = [.stereotaxicBregmaAbsolute, .stereotaxicLambdaAbsolute, .stereotaxicBregmaBrainSurface, .stereotaxicLambdaBrainSurface]
        default:
            allowedSystems = CoordinateSystemName.allCases
        }
        let weights: [CoordinateSystemName: Int] = [
            .stereotaxicBregmaAbsolute: 35, .stereotaxicBregmaBrainSurface: 15, .stereotaxicLambdaAbsolute: 10,
            .stereotaxicLambdaBrainSurface: 5, .stereotaxicXYZAbsolute: 8, .stereotaxicXYSurface: 4,
            .externalXYZAbsolute: 5, .ccfXYZAbsolute: 18,
        ]
        let system = rng.weighted(allowedSystems.map { ($0, weights[$0] ?? 1) })
        if system == .ccfXYZAbsolute { shape = .current }  // CCF came after the earlier shapes

        let encoding: Encoding
        if shape == .current, rng.below(100) < 45 {
            switch system {
            case .externalXYZAbsolute: encoding = .valueObjects(lengthUnit: rng.below(2) == 0 ? "m" : "mm")
            case .ccfXYZAbsolute: encoding = .valueObjects(lengthUnit: rng.below(2) == 0 ? "µm" : "mm")
            default: encoding = .valueObjects(lengthUnit: rng.below(100) < 15 ? "µm" : "mm")
            }
        } else {
            encoding = .bare
        }

        let target = BrainTarget.mouseTargets[rng.below(BrainTarget.mouseTargets.count)]
        let isRight = rng.below(100) < 55
        let ap = target.ap.millimetres + rng.uniform(-0.1...0.1)
        let ml = (isRight ? 1.0 : -1.0) * (target.ml.millimetres + rng.uniform(-0.05...0.05))
        let dv = target.dv.millimetres + rng.uniform(-0.1...0.1)
        let apAngle = rng.below(100) < 85 ? 0.0 : [-10.0, 10, 15][rng.below(3)]
        let mlAngle = rng.below(100) < 75 ? 0.0 : [10.0, 15, 20, -10][rng.below(4)]
        let rotation = rng.below(100) < 80 ? 0.0 : [90.0, 45, -90][rng.below(3)]
        // Brain-surface systems give the entry: back up the shaft (BrainSTEM's AP-then-ML
        // direction) from the target to the surface above it, taken as level there.
        let down = ((try? BrainstemAngles(apAngle: .degrees(apAngle), mlAngle: .degrees(mlAngle), rotation: .zero))?
            .direction(order: .apThenML) ?? Vector3(mm: 0, 0, 1)).millimetres
        let depth = max(0.05, (dv - target.surfaceDV.millimetres) / down.z)
        let entry = (ap: ap - down.x * depth, ml: ml - down.y * depth)

        let fields = Self.fields(system: system, ap: ap, ml: ml, dv: dv, entry: entry, depth: depth, apAngle: apAngle,
                                 mlAngle: mlAngle, rotation: rotation, encoding: encoding)
        let procedureType = ["SiliconProbeImplant", "OpticFiberImplant", "VirusInjection", "TetrodeWireElectrode", "SingleWireElectrode"][rng.below(5)]
        let notes = "\(isRight ? "right" : "left") \(target.acronym)" + (mlAngle == 0 && apAngle == 0 ? ", vertical" : ", angled")
        let id = generator.baseID(at: index).description

        var draft = RecordDraft(index: index, fault: fault, shape: shape, system: system, encoding: encoding, record: .null, id: id)
        draft.record = draft.build(fields: fields, type: procedureType, notes: notes, regionID: target.regionID.description,
                                   generator: generator, rng: &rng)
        return draft
    }

    private init(index: Int, fault: ExportFaultKind?, shape: ProcedureShape, system: CoordinateSystemName, encoding: Encoding, record: JSONValue, id: String) {
        self.index = index
        self.fault = fault
        self.shape = shape
        self.system = system
        self.encoding = encoding
        self.record = record
        self.id = id
    }

    /// The fields of `system` for a target given relative to bregma, in the record's units.
    private static func fields(
        system: CoordinateSystemName, ap: Double, ml: Double, dv: Double, entry: (ap: Double, ml: Double), depth: Double,
        apAngle: Double, mlAngle: Double, rotation: Double, encoding: Encoding
    ) -> [Field] {
        let lengthScale: Double  // record unit per millimetre
        switch (encoding, system) {
        case (.bare, .externalXYZAbsolute): lengthScale = 1e-3
        case (.bare, _): lengthScale = 1
        case (.valueObjects(let unit), _): lengthScale = unit == "µm" ? 1e3 : unit == "m" ? 1e-3 : 1
        }
        func length(_ key: String, _ millimetres: Double) -> Field {
            let decimals: Double = lengthScale == 1e3 ? 1 : lengthScale == 1e-3 ? 1e5 : 1e2
            let value = (millimetres * lengthScale * decimals).rounded() / decimals
            return Field(key: key, isLength: true, amount: value + 0.0)
        }
        func angle(_ key: String, _ degrees: Double) -> Field { Field(key: key, isLength: false, amount: degrees) }
        let lambdaAP = ap + lambdaOffsetMillimetres
        switch system {
        case .stereotaxicBregmaAbsolute, .stereotaxicLambdaAbsolute:
            return [length("apCoordinate", system == .stereotaxicBregmaAbsolute ? ap : lambdaAP), length("mlCoordinate", ml),
                    length("dvCoordinate", dv), angle("apAngle", apAngle), angle("mlAngle", mlAngle), angle("dvAngle", rotation)]
        case .stereotaxicBregmaBrainSurface, .stereotaxicLambdaBrainSurface:
            let entryAP = system == .stereotaxicBregmaBrainSurface ? entry.ap : entry.ap + lambdaOffsetMillimetres
            return [length("apCoordinate", entryAP), length("mlCoordinate", entry.ml),
                    length("depth", depth), angle("rotation", rotation), angle("apAngle", apAngle), angle("mlAngle", mlAngle)]
        case .stereotaxicXYZAbsolute:
            // A frame's manipulator readings: ML on x, AP on y, DV (down) on z, from arbitrary zeros.
            return [length("x", 50 + ml), length("y", 20 + ap), length("z", 10 + dv),
                    angle("xAngle", apAngle), angle("yAngle", mlAngle), angle("zAngle", rotation)]
        case .stereotaxicXYSurface:
            return [length("x", 50 + entry.ml), length("y", 20 + entry.ap), length("depth", depth),
                    angle("xAngle", apAngle), angle("yAngle", mlAngle), angle("rotation", rotation)]
        case .externalXYZAbsolute:
            return [length("x", 250 + ml), length("y", 400 + ap), length("z", 100 - dv),
                    angle("xAngle", apAngle), angle("yAngle", mlAngle), angle("zAngle", rotation)]
        case .ccfXYZAbsolute:
            // Bregma where iblatlas (and the default preset) puts it: CCF AP 5.4, DV 0.332, ML 5.739 mm.
            // Angles read as BrainSTEM's about the anatomical axes: x (AP) the ML angle, y (DV) the
            // rotation, z (ML) the AP angle.
            return [length("x", 5.4 - ap), length("y", 0.332 + dv), length("z", 5.739 + ml),
                    angle("xAngle", mlAngle), angle("yAngle", rotation), angle("zAngle", apAngle)]
        }
    }

    private mutating func build(
        fields: [Field], type: String, notes: String, regionID: String, generator: ExportGenerator, rng: inout SplitMix64
    ) -> JSONValue {
        let detailsKey = shape.key(for: .coordinatesDetails) ?? "coordinates_details"
        let tracksPaths = fault != nil  // paths are needed only to place a fault
        var details = JSONObject()
        for field in fields {
            var key = field.key
            var path = tracksPaths ? RecordPath(keys: detailsKey) : .root
            var value: JSONValue
            switch encoding {
            case .bare:
                value = .number(JSONNumber(field.amount) ?? JSONNumber(0))
            case .valueObjects(let lengthUnit):
                let number = field.amount.rounded() == field.amount && abs(field.amount) < 1e15
                    ? JSONNumber(Int(field.amount)) : (JSONNumber(field.amount) ?? JSONNumber(0))
                value = .object(JSONObject([.init(key: "value", value: .number(number)),
                                            .init(key: "unit", value: .string(field.isLength ? lengthUnit : "°"))]))
            }
            switch shape {
            case .legacyAction where ["apCoordinate", "mlCoordinate", "dvCoordinate"].contains(key):
                key += "s"
                if rng.below(100) < 30 {
                    value = .array([value])
                    if tracksPaths { path = path.appending(key).appending(index: 0) }
                } else {
                    if tracksPaths { path = path.appending(key) }
                }
            case .earlier where key == "depth" && rng.below(2) == 0:
                key = "surfaceDepth"
                if tracksPaths { path = path.appending(key) }
            default:
                if tracksPaths { path = path.appending(key) }
            }
            if tracksPaths, case .valueObjects = encoding { path = path.appending("value") }
            details.append(key: key, value: value)
            if tracksPaths { numberPaths[field.key] = path }
        }

        let subject = generator.pooledID(stream: 3, size: 500, rng: &rng)
        let date = Self.timestamp(rng: &rng)
        var members: [JSONObject.Member] = [
            .init(key: "id", value: .string(id)),
            .init(key: "type", value: .string(type)),
        ]
        func add(_ key: String, _ value: JSONValue) { members.append(.init(key: key, value: value)) }
        switch shape {
        case .current:
            add("notes", .string(notes))
            add("subject", .string(subject))
            add("date_time", .string(date))
            add("consumablestock", rng.below(3) == 0 ? .null : .string(generator.pooledID(stream: 4, size: 200, rng: &rng)))
            add("equipment", .array((0..<rng.below(3)).map { _ in .string(generator.pooledID(stream: 5, size: 50, rng: &rng)) }))
            add("licenses", .array([.string(generator.pooledID(stream: 6, size: 5, rng: &rng))]))
            add("details", Self.details(type: type, rng: &rng))
            add("type_schema_version", "0.0.0")
            add("brain_region", .string(regionID))
            add("coordinates_system", .string(system.rawValue))
            add("coordinates_details", .object(details))
            if case .valueObjects = encoding { add("coordinates_schema_version", "1.1.0") } else { add("coordinates_schema_version", "0.0.0") }
            add("created_at", .string(date))
            add("updated_at", .string(date))
        case .earlier:
            add("description", .string(notes))
            add("subject", .string(subject))
            add("date_time", .string(String(date.prefix(10))))
            add("consumable", rng.below(2) == 0 ? .null : .string(generator.pooledID(stream: 4, size: 200, rng: &rng)))
            add("hardwaredevice", .null)
            add("details", Self.details(type: type, rng: &rng))
            add("brain_region", .string(regionID))
            add("coordinates_system", .string(system.rawValue))
            add("coordinates_details", .object(details))
        case .legacyAction:
            add("description", .string(notes))
            add("subject", .string(subject))
            add("date_time", .null)
            add("consumable", rng.below(2) == 0 ? .null : .string(generator.pooledID(stream: 4, size: 200, rng: &rng)))
            add("hardware_device", .null)
            add("type_json", Self.details(type: type, rng: &rng))
            add("brain_region", .string(regionID))
            add("coordinates", .string(system.rawValue))
            add("coordinates_json", .object(details))
        }
        return .object(JSONObject(members))
    }

    private static func details(type: String, rng: inout SplitMix64) -> JSONValue {
        switch type {
        case "SiliconProbeImplant":
            return ["probeId": .string(["SP-64A", "NP1.0", "NP2.0-4S", "A1x32"][rng.below(4)]), "sterilizationMethod": "Ethylene Oxide"]
        case "OpticFiberImplant":
            return ["fiberTipShape": "flat", "fiberId": .string("OF-\(100 + rng.below(900))")]
        case "VirusInjection":
            return ["virus": .string(["AAV5-hSyn-hChR2(H134R)-EYFP", "AAV1-CAG-FLEX-tdTomato", "AAVrg-hSyn-Cre"][rng.below(3)]),
                    "volume": .number(JSONNumber(100 + 50 * rng.below(7))), "injectionRate": 50]
        case "TetrodeWireElectrode":
            return ["tetrodeCount": .number(JSONNumber(4 * (1 + rng.below(4)))), "nWiresTetrode": 4, "wireDiameter": 12.7, "wireMaterial": "nichrome"]
        default:
            return ["wireDiameter": 50, "wireMaterial": "tungsten"]
        }
    }

    private static func timestamp(rng: inout SplitMix64) -> String {
        let daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var day = rng.below(365)
        var month = 0
        while day >= daysInMonth[month] {
            day -= daysInMonth[month]
            month += 1
        }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "2024-\(two(month + 1))-\(two(day + 1))T\(two(8 + rng.below(10))):\(two(rng.below(60))):00Z"
    }

    // MARK: Faults

    /// Applies the fault and serializes.
    mutating func finish(format: ExportFormat, previousID: () -> String, rng: inout SplitMix64) -> GeneratedRecord {
        guard let fault else { return generated(record.serializedBytes(), fault: nil) }
        let systemPath = RecordPath(keys: shape.key(for: .coordinatesSystem) ?? "coordinates_system")
        let mlKey: String
        let depthKey: String
        let angleKey: String
        switch system {
        case .stereotaxicBregmaAbsolute, .stereotaxicLambdaAbsolute: (mlKey, depthKey, angleKey) = ("mlCoordinate", "dvCoordinate", "mlAngle")
        case .stereotaxicBregmaBrainSurface, .stereotaxicLambdaBrainSurface: (mlKey, depthKey, angleKey) = ("mlCoordinate", "depth", "mlAngle")
        case .stereotaxicXYSurface: (mlKey, depthKey, angleKey) = ("x", "depth", "yAngle")
        case .stereotaxicXYZAbsolute, .externalXYZAbsolute, .ccfXYZAbsolute: (mlKey, depthKey, angleKey) = ("x", "z", "yAngle")
        }
        let mlPath = numberPaths[mlKey] ?? .root
        let depthPath = numberPaths[depthKey] ?? .root
        var path: RecordPath = .root

        func number(at path: RecordPath) -> Double { record.value(at: path)?.doubleValue ?? 0 }
        func set(_ path: RecordPath, _ value: JSONValue) {
            if let updated = try? record.replacing(path, with: value) { record = updated }
        }

        switch fault {
        case .numericString:
            path = mlPath
            if case .number(let literal)? = record.value(at: path) { set(path, .string(literal.literal)) }
        case .malformedRecord:
            switch format {
            case .ndjson:
                let bytes = record.serializedBytes()
                let cut = bytes.count * (40 + rng.below(40)) / 100
                return generated(Array(bytes[..<cut]), fault: InjectedFault(recordIndex: index, recordID: nil, kind: fault, path: .root))
            case .json:
                path = depthPath
                set(path, "__NOT_A_NUMBER__")
                let text = record.serialized().replacingOccurrences(of: "\"__NOT_A_NUMBER__\"", with: "NaN")
                return generated(Array(text.utf8), fault: InjectedFault(recordIndex: index, recordID: nil, kind: fault, path: path))
            }
        case .missingRequired:
            let key = [shape.key(for: .subject), shape.key(for: .type), shape.key(for: .coordinatesSystem)][rng.below(3)] ?? "subject"
            path = RecordPath(keys: key)
            if let updated = try? record.removing(path) { record = updated }
        case .unknownSystem:
            path = systemPath
            let names = ["Stereotaxic_Bregma", system.rawValue.lowercased(), "Bregma_Absolute", "Stereotaxic_BregmaAbsolut", "CCF_XYZ"]
            set(path, .string(names[rng.below(names.count)]))
        case .unitSlip:
            path = depthKey == "z" ? (numberPaths["x"] ?? depthPath) : depthPath
            set(path, .number(JSONNumber(number(at: path) * 1000) ?? JSONNumber(0)))
        case .dvSignFlip:
            path = depthPath
            set(path, .number(JSONNumber(-number(at: path)) ?? JSONNumber(0)))
        case .angleOutOfRange:
            path = numberPaths[angleKey] ?? .root
            set(path, .number(JSONNumber([190, 270, -200, 365][rng.below(4)])))
        case .longNotes:
            path = RecordPath(keys: shape.key(for: .notes) ?? "notes")
            let sentence = "Craniotomy 1 mm, dura removed, probe lowered at 5 um/s, left 10 min before recording. "
            let length = 501 + rng.below(400)
            var text = ""
            while text.unicodeScalars.count < length { text += sentence }
            set(path, .string(String(text.unicodeScalars.prefix(length).map(Character.init))))
        case .badUUID:
            path = RecordPath(keys: "id")
            let variants = [String(id.dropLast(4)), "g" + id.dropFirst(), id.replacingOccurrences(of: "-", with: ""), "procedure-\(index)"]
            id = variants[rng.below(variants.count)]
            set(path, .string(id))
        case .duplicateID:
            path = RecordPath(keys: "id")
            id = previousID()
            set(path, .string(id))
        case .fieldNotInSystem:
            let detailsPath = RecordPath(keys: shape.key(for: .coordinatesDetails) ?? "coordinates_details")
            let foreign: String
            switch system {
            case .stereotaxicBregmaAbsolute, .stereotaxicLambdaAbsolute: foreign = "depth"
            case .stereotaxicBregmaBrainSurface, .stereotaxicLambdaBrainSurface: foreign = "dvCoordinate"
            case .stereotaxicXYSurface: foreign = "z"
            case .stereotaxicXYZAbsolute, .externalXYZAbsolute, .ccfXYZAbsolute: foreign = "apCoordinate"
            }
            path = detailsPath.appending(foreign)
            switch encoding {
            case .bare: set(path, 1.0)
            case .valueObjects: set(path, ["value": 1.0, "unit": "mm"])
            }
        case .wrongType:
            path = mlPath
            set(path, true)
        case .contralateral:
            path = mlPath
            set(path, .number(JSONNumber(-number(at: path)) ?? JSONNumber(0)))
        }
        return generated(record.serializedBytes(), fault: InjectedFault(recordIndex: index, recordID: recordID, kind: fault, path: path))
    }

    /// The id the record ends up with, if it has a string one.
    private var recordID: String? { record["id"]?.stringValue }

    private func generated(_ bytes: [UInt8], fault: InjectedFault?) -> GeneratedRecord {
        GeneratedRecord(index: index, bytes: bytes, id: fault?.kind == .malformedRecord ? nil : recordID, fault: fault)
    }
}
