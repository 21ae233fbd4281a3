import Testing
import StereotaxGeometry
import StereotaxJSON
import StereotaxCoordinates

/// The field tables of `reference/coordinates.md` §2, checked against the types.
@Suite struct SystemCatalogueTests {
    /// Reference §2: field names per system, in BrainSTEM's order.
    static let referenceFields: [CoordinateSystemName: [String]] = [
        .stereotaxicBregmaAbsolute: ["apCoordinate", "mlCoordinate", "dvCoordinate", "apAngle", "mlAngle", "dvAngle"],
        .stereotaxicLambdaAbsolute: ["apCoordinate", "mlCoordinate", "dvCoordinate", "apAngle", "mlAngle", "dvAngle"],
        .stereotaxicBregmaBrainSurface: ["apCoordinate", "mlCoordinate", "depth", "rotation", "apAngle", "mlAngle"],
        .stereotaxicLambdaBrainSurface: ["apCoordinate", "mlCoordinate", "depth", "rotation", "apAngle", "mlAngle"],
        .stereotaxicXYZAbsolute: ["x", "y", "z", "xAngle", "yAngle", "zAngle"],
        .stereotaxicXYSurface: ["x", "y", "depth", "xAngle", "yAngle", "rotation"],
        .externalXYZAbsolute: ["x", "y", "z", "xAngle", "yAngle", "zAngle"],
        .ccfXYZAbsolute: ["x", "y", "z", "xAngle", "yAngle", "zAngle"],
    ]

    /// The length fields; every other field is an angle.
    static let lengthKeys: Set<String> = ["apCoordinate", "mlCoordinate", "dvCoordinate", "depth", "x", "y", "z"]

    @Test(arguments: CoordinateSystemName.allCases)
    func fieldsMatchTheReference(_ name: CoordinateSystemName) {
        check(systemType(name), name)
    }

    /// `amount(ofFieldAt:)` reads the field the table lists at that position, in its unit,
    /// and `nil` for an absent field or a position beyond the table.
    @Test(arguments: CoordinateSystemName.allCases)
    func amountsByPositionMatchTheFieldTable(_ name: CoordinateSystemName) {
        checkAmounts(systemType(name))
    }

    private func checkAmounts<S: CoordinateSystem>(_: S.Type) {
        var value = S()
        for (index, field) in S.fields.enumerated() {
            #expect(value.amount(ofFieldAt: index) == nil, "\(S.systemName).\(field.key) absent")
            let amount = Double(index + 1) * (index % 2 == 0 ? -1.25 : 2.5)
            switch field.storage {
            case .length(let keyPath): value[keyPath: keyPath] = Length(millimetres: amount)
            case .angle(let keyPath): value[keyPath: keyPath] = Angle(degrees: amount)
            }
            #expect(value.amount(ofFieldAt: index) == amount, "\(S.systemName).\(field.key)")
        }
        // Every field now holds its own amount: none was written through another's position.
        for index in S.fields.indices {
            #expect(value.amount(ofFieldAt: index) == Double(index + 1) * (index % 2 == 0 ? -1.25 : 2.5))
        }
        #expect(value.amount(ofFieldAt: S.fields.count) == nil)
        #expect(value.amount(ofFieldAt: -1) == nil)
    }

    /// A system's current and legacy names are all distinct, so a member name stands for at
    /// most one field, whichever order the names are tried in.
    @Test(arguments: CoordinateSystemName.allCases)
    func memberNamesOfASystemAreDistinct(_ name: CoordinateSystemName) {
        func names<S: CoordinateSystem>(_: S.Type) -> [String] { S.fields.flatMap { [$0.key] + $0.legacyKeys.map(\.key) } }
        let all = names(systemType(name))
        #expect(Set(all).count == all.count, "\(all)")
    }

    /// A value of each case names its own system, as its typed value does.
    @Test(arguments: CoordinateSystemName.allCases)
    func coordinatesNameTheirSystem(_ name: CoordinateSystemName) throws {
        let value = try #require(Coordinates.decode(system: name, details: .object(JSONObject()), schemaVersion: nil).value)
        #expect(value.systemName == name)
        #expect(type(of: value.system).systemName == name)
    }

    /// `setAmount(_:ofFieldAt:)` writes the field the table lists at that position (as its key
    /// path reads it), in its unit, and nothing for a position beyond the table.
    @Test(arguments: CoordinateSystemName.allCases)
    func amountsAreSetByPositionAsTheFieldTableSays(_ name: CoordinateSystemName) {
        checkSettingAmounts(systemType(name))
    }

    private func checkSettingAmounts<S: CoordinateSystem>(_: S.Type) {
        var value = S()
        for (index, field) in S.fields.enumerated() {
            let amount = Double(index + 1) * (index % 2 == 0 ? 3.75 : -0.5)
            value.setAmount(amount, ofFieldAt: index)
            switch field.storage {
            case .length(let keyPath): #expect(value[keyPath: keyPath] == Length(millimetres: amount), "\(S.systemName).\(field.key)")
            case .angle(let keyPath): #expect(value[keyPath: keyPath] == Angle(degrees: amount), "\(S.systemName).\(field.key)")
            }
        }
        // Every field holds its own amount: none was written through another's position.
        for index in S.fields.indices {
            #expect(value.amount(ofFieldAt: index) == Double(index + 1) * (index % 2 == 0 ? 3.75 : -0.5))
        }
        let before = value
        value.setAmount(99, ofFieldAt: S.fields.count)
        value.setAmount(99, ofFieldAt: -1)
        #expect(value == before)
    }

    private func check<S: CoordinateSystem>(_: S.Type, _ name: CoordinateSystemName) {
        #expect(S.systemName == name)
        #expect(S.fields.map(\.key) == Self.referenceFields[name])
        for field in S.fields {
            let isLength = Self.lengthKeys.contains(field.key)
            #expect(field.quantity == (isLength ? .length : .angle), "\(name).\(field.key)")
            // The position fields are required to locate the point; angles never are.
            #expect(field.isRequired == isLength, "\(name).\(field.key)")
            #expect(!field.meaning.isEmpty)
        }
        #expect(S().presentFieldKeys.isEmpty)
        #expect(S().missingRequiredFieldKeys == S.fields.filter { Self.lengthKeys.contains($0.key) }.map(\.key))
    }

    @Test func legacyNamesMatchTheReference() {
        let expected: [CoordinateSystemName: [String: [LegacyFieldKey]]] = [
            .stereotaxicBregmaAbsolute: ["apCoordinate": [.plural("apCoordinates")], "mlCoordinate": [.plural("mlCoordinates")], "dvCoordinate": [.plural("dvCoordinates")]],
            .stereotaxicLambdaAbsolute: ["apCoordinate": [.plural("apCoordinates")], "mlCoordinate": [.plural("mlCoordinates")], "dvCoordinate": [.plural("dvCoordinates")]],
            .stereotaxicBregmaBrainSurface: ["apCoordinate": [.plural("apCoordinates")], "mlCoordinate": [.plural("mlCoordinates")], "depth": [.renamed("surfaceDepth")]],
            .stereotaxicLambdaBrainSurface: ["apCoordinate": [.plural("apCoordinates")], "mlCoordinate": [.plural("mlCoordinates")], "depth": [.renamed("surfaceDepth")]],
            .stereotaxicXYZAbsolute: [:],
            .stereotaxicXYSurface: ["depth": [.renamed("surfaceDepth")]],
            .externalXYZAbsolute: [:],
            .ccfXYZAbsolute: [:],
        ]
        for type in allSystemTypes {
            #expect(legacyKeys(type) == expected[type.systemName], "\(type.systemName)")
        }
    }

    private func legacyKeys<S: CoordinateSystem>(_: S.Type) -> [String: [LegacyFieldKey]] {
        var keys: [String: [LegacyFieldKey]] = [:]
        for field in S.fields where !field.legacyKeys.isEmpty { keys[field.key] = field.legacyKeys }
        return keys
    }

    @Test func bareNumbersAreMetresOnlyForTheExternalSystem() {
        for type in allSystemTypes {
            #expect(type.bareNumberLengthUnit == (type.systemName == .externalXYZAbsolute ? .metre : .millimetre), "\(type.systemName)")
        }
    }

    @Test func everySystemNameHasExactlyOneType() {
        #expect(CoordinateSystemName.allCases.count == 8)
        #expect(allSystemTypes.map { $0.systemName } == CoordinateSystemName.allCases)
        #expect(Set(CoordinateSystemName.allCases.map(\.rawValue)).count == 8)
    }

    @Test(arguments: CoordinateSystemName.allCases)
    func decodingByNameGivesThatSystem(_ name: CoordinateSystemName) throws {
        let result = Coordinates.decode(systemName: name.rawValue, details: try json("{}"), schemaVersion: "1.1.0")
        #expect(result.value?.systemName == name)
        #expect(result.value?.system.presentFieldKeys == [])
        let byCase = Coordinates.decode(system: name, details: try json("{}"), schemaVersion: nil)
        #expect(byCase == result)
    }

    @Test func anUnknownSystemNameIsAnErrorWithAHintWhenOnlyTheCaseDiffers() throws {
        let hinted = Coordinates.decode(systemName: "stereotaxic_bregmaabsolute", details: try json("{}"), schemaVersion: nil)
        #expect(hinted.value == nil)
        #expect(hinted.reported == [.error(.unknownSystem, "coordinates_system")])
        #expect(hinted.issues.first?.message.contains("did you mean \"Stereotaxic_BregmaAbsolute\"?") == true)

        let unhinted = Coordinates.decode(systemName: "Paxinos", details: try json("{}"), schemaVersion: nil,
                                          systemPath: "procedures[2].coordinates_system")
        #expect(unhinted.reported == [.error(.unknownSystem, "procedures[2].coordinates_system")])
        #expect(unhinted.issues.first?.message.contains("did you mean") == false)
        #expect(unhinted.issues.first?.expected.contains("CCF_XYZ_Absolute") == true)
    }
}
