import Foundation
import StereotaxGeometry
import StereotaxJSON

extension CoordinateSystem {
    /// Decodes `coordinates_details` of this system.
    ///
    /// - Parameters:
    ///   - details: the `coordinates_details` (or legacy `coordinates_json`) value.
    ///   - schemaVersion: the record's `coordinates_schema_version` (`nil` if absent).
    ///   - path: the JSON path of `details`, used in issue paths.
    /// - Returns: the typed value with warnings, or every issue found if any is an error.
    ///
    /// Rules (see `docs/coordinate-systems.md`, "Value encodings"): bare numbers are read in
    /// ``bareNumberLengthUnit`` and degrees unless the schema is 1.1.0; `{value, unit}` objects
    /// are read with their unit; numeric strings, booleans, nulls, wrong units, missing values
    /// duplicate fields and lengths that overflow on conversion are errors; unknown members are
    /// kept and reported as warnings; legacy names are read as the current field with a
    /// warning; an absent required field stays `nil` and is reported as a warning.
    public static func decode(
        _ details: JSONValue, schemaVersion: String?, path: String = "coordinates_details"
    ) -> CoordinateDecodingResult<Self> {
        decode(reading: details, schemaVersion: schemaVersion, path: path)
    }

    /// ``decode(_:schemaVersion:path:)`` reading `details` where it is kept (a tree or a
    /// tape); the same outcome for the same JSON.
    public static func decode<Details: JSONView>(
        reading details: Details, schemaVersion: String?, path: String = "coordinates_details"
    ) -> CoordinateDecodingResult<Self> {
        var decoder = FieldDecoder(version: CoordinateSchemaVersion(recordValue: schemaVersion),
                                   bareLengthUnit: bareNumberLengthUnit)
        if case .unrecognised(let text) = decoder.version {
            decoder.warn(.unknownSchemaVersion, at: path,
                         "coordinates_schema_version \"\(text)\" is not one this library knows; fields are read by their shape",
                         expected: "absent, \"0.0.0\" or \"1.1.0\"")
        }
        guard details.kind == .object else {
            decoder.fail(.detailsNotObject, at: path, "found a JSON \(details.typeName)",
                         expected: "a JSON object of \(systemName.rawValue) fields")
            return .failed(decoder.issues)
        }
        let members = details.members
        for key in details.duplicateKeys {
            decoder.fail(.duplicateField, at: jsonPath(path, key), "the member \"\(key)\" occurs more than once",
                         expected: "each member once")
        }

        var value = Self()
        var unknown = JSONObject()
        // Fields are read in place, through their array's buffer; which member gave each field
        // (its index among the members, `nil` for none) is kept on the stack.
        Self.fields.withUnsafeBufferPointer { fields in
            withUnsafeTemporaryAllocation(of: Details.Members.Index?.self, capacity: fields.count) { sourceOfField in
                sourceOfField.initialize(repeating: nil)
                var position = members.startIndex
                while position != members.endIndex {
                    decodeMember(at: position, of: members, fields: fields, path: path,
                                 sourceOfField: sourceOfField, into: &value, unknown: &unknown, decoder: &decoder)
                    position = members.index(after: position)
                }
                for index in fields.indices where fields[index].isRequired && sourceOfField[index] == nil {
                    let key = fields[index].key
                    decoder.warn(.missingField, at: jsonPath(path, key),
                                 "\(key) is absent, so the point cannot be located; it stays absent, not zero",
                                 expected: "\(key): \(fields[index].meaning)")
                }
                sourceOfField.deinitialize()
            }
        }
        value.unknownFields = unknown
        return decoder.hasErrors ? .failed(decoder.issues) : .decoded(value, issues: decoder.issues)
    }

    /// Reads the member `members[position]` into the field it names (recording in
    /// `sourceOfField` which member gave the field), or keeps it in `unknown`; issues go to
    /// `decoder`.
    private static func decodeMember<Members: Collection>(
        at position: Members.Index, of members: Members,
        fields: UnsafeBufferPointer<CoordinateField<Self>>, path: String, sourceOfField: UnsafeMutableBufferPointer<Members.Index?>,
        into value: inout Self, unknown: inout JSONObject, decoder: inout FieldDecoder
    ) where Members.Element: JSONMemberView {
        let member = members[position]
        // Names, paths and messages are built only for an issue: most members have none.
        func key() -> String { member.key }
        func memberPath() -> String { jsonPath(path, key()) }
        guard let (fieldIndex, legacy) = fieldIndex(of: member, in: fields) else {
            let key = key()
            unknown.append(key: key, value: member.value.jsonValue)
            let hint = suggestedField(forUnknownKey: key).map { " (did you mean \"\($0.key)\"?)" } ?? ""
            decoder.warn(.unknownField, at: jsonPath(path, key),
                         "\"\(key)\" is not a field of \(systemName.rawValue)\(hint); kept unchanged",
                         expected: "one of " + fields.map(\.key).joined(separator: ", "))
            return
        }
        if let legacy {
            let fieldKey = fields[fieldIndex].key
            decoder.warn(.legacyKey, at: memberPath(), "legacy member name \"\(legacy.key)\" read as \"\(fieldKey)\"",
                         expected: "\"\(fieldKey)\"")
        }
        if let earlier = sourceOfField[fieldIndex], !members[earlier].hasSameKey(as: member) {
            let fieldKey = fields[fieldIndex].key
            decoder.fail(.duplicateField, at: memberPath(),
                         "\"\(key())\" and \"\(members[earlier].key)\" both give \(fieldKey)",
                         expected: "\(fieldKey) given once")
            return
        }
        sourceOfField[fieldIndex] = position

        let quantity = fields[fieldIndex].quantity
        let amount: Double?
        let memberValue = member.value
        if legacy?.isPlural == true, memberValue.kind == .array {
            let elements = memberValue.elements
            guard elements.count == 1, let only = elements.first else {
                decoder.fail(.pluralArrayLength, at: memberPath(),
                             "the plural member \"\(key())\" holds \(elements.count) values",
                             expected: "a single number, or an array of exactly one")
                return
            }
            amount = decoder.decodeAmount(only, quantity: quantity, path: { memberPath() + "[0]" })
        } else {
            amount = decoder.decodeAmount(memberValue, quantity: quantity, path: memberPath)
        }
        if let amount { value.setAmount(amount, ofFieldAt: fieldIndex) }
    }

    /// The field whose current or legacy name equals `key` ignoring ASCII case, for hints.
    static func suggestedField(forUnknownKey key: String) -> CoordinateField<Self>? {
        let lowered = key.lowercased()
        return fields.first { field in
            field.key.lowercased() == lowered || field.legacyKeys.contains { $0.key.lowercased() == lowered }
        }
    }

    /// The field a member name stands for, and the legacy name used if it is not the current one.
    static func field(forKey key: String) -> (CoordinateField<Self>, LegacyFieldKey?)? {
        fieldIndex(forKey: key).map { (fields[$0.index], $0.legacy) }
    }

    /// The position in ``CoordinateSystem/fields`` of the field a member name stands for, and
    /// the legacy name used if it is not the current one.
    static func fieldIndex(forKey key: String) -> (index: Int, legacy: LegacyFieldKey?)? {
        for (index, field) in fields.enumerated() {
            if field.key == key { return (index, nil) }
            for legacy in field.legacyKeys where legacy.key == key { return (index, legacy) }
        }
        return nil
    }

    /// ``fieldIndex(forKey:)`` for a member's name, matched by the names' fingerprints (see
    /// `JSONKey`): most names are told apart without comparing strings. `fields` is ``fields``.
    /// The current names are tried before any legacy one (the names of a system are all
    /// distinct, so the order finds the same field), as most records use them.
    private static func fieldIndex(
        of member: some JSONMemberView, in fields: UnsafeBufferPointer<CoordinateField<Self>>
    ) -> (index: Int, legacy: LegacyFieldKey?)? {
        for index in fields.indices where member.hasKey(fields[index].jsonKey) { return (index, nil) }
        for index in fields.indices {
            for legacy in fields[index].legacyKeys where member.hasKey(legacy.jsonKey) { return (index, legacy) }
        }
        return nil
    }
}

/// `base.key` for identifier-like keys, `base["key"]` otherwise.
func jsonPath(_ base: String, _ key: String) -> String {
    func isIdentifier(_ utf8: some Sequence<UInt8>) -> Bool {
        utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
        }
    }
    // The key's UTF-8 read in place where it can be; the path made with one allocation.
    if !key.isEmpty, key.utf8.withContiguousStorageIfAvailable(isIdentifier) ?? isIdentifier(key.utf8) {
        var path = base
        path.reserveCapacity(base.utf8.count + 1 + key.utf8.count)
        path += "."
        path += key
        return path
    }
    let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    return base + "[\"" + escaped + "\"]"
}

/// Reads single field values, collecting issues.
struct FieldDecoder {
    let version: CoordinateSchemaVersion
    let bareLengthUnit: LengthUnit
    private(set) var issues: [CoordinateIssue] = []
    private(set) var hasErrors = false

    init(version: CoordinateSchemaVersion, bareLengthUnit: LengthUnit) {
        self.version = version
        self.bareLengthUnit = bareLengthUnit
    }

    mutating func fail(_ code: CoordinateIssue.Code, at path: String, _ message: String, expected: String) {
        issues.append(CoordinateIssue(code: code, severity: .error, path: path, message: message, expected: expected))
        hasErrors = true
    }

    mutating func warn(_ code: CoordinateIssue.Code, at path: String, _ message: String, expected: String) {
        issues.append(CoordinateIssue(code: code, severity: .warning, path: path, message: message, expected: expected))
    }

    private func unitWords(_ quantity: CoordinateQuantity) -> String {
        switch quantity {
        case .length: return "a length unit (nm, µm, mm or m)"
        case .angle: return "an angle unit (\(AngleUnit.acceptedSymbols))"
        }
    }

    private func bareWords(_ quantity: CoordinateQuantity) -> String {
        switch quantity {
        case .length: return "a JSON number in \(bareLengthUnit == .metre ? "metres" : "millimetres")"
        case .angle: return "a JSON number in degrees"
        }
    }

    private var expectation: String { "{\"value\": number, \"unit\": string}" }

    /// The field's amount in millimetres (lengths) or degrees (angles), or `nil` after
    /// recording an error; `path` is the field's JSON path, built only for an issue.
    mutating func decodeAmount<Value: JSONView>(_ value: Value, quantity: CoordinateQuantity, path: () -> String) -> Double? {
        switch value.kind {
        case .number:
            if version.requiresValueObjects {
                fail(.expectedValueObject, at: path(),
                     "bare number \(value.numberValue!.literal) under schema 1.1.0, whose unit is unknown",
                     expected: "\(expectation) with \(unitWords(quantity))")
                return nil
            }
            switch quantity {
            case .length: return millimetres(value, in: bareLengthUnit, path: path)
            case .angle: return value.doubleValue
            }
        case .object:
            if version == .v0_0_0 {
                warn(.encodingMismatch, at: path(), "a {value, unit} object under schema 0.0.0; read with its unit",
                     expected: bareWords(quantity))
            }
            return decodeValueObject(value, quantity: quantity, path: path)
        default:
            let expected = version.requiresValueObjects
                ? "\(expectation) with \(unitWords(quantity))" : "\(bareWords(quantity)) or \(expectation)"
            rejectNonNumber(value, at: path(), expected: expected)
            return nil
        }
    }

    private mutating func decodeValueObject<Value: JSONView>(_ object: Value, quantity: CoordinateQuantity, path: () -> String) -> Double? {
        var ok = true
        for key in object.duplicateKeys {
            fail(.duplicateField, at: jsonPath(path(), key), "the member \"\(key)\" occurs more than once", expected: "each member once")
            ok = false
        }
        // One pass over the members, read in place: the (last) `value` and `unit`, and an
        // issue for any other member.
        var valueMember: Value?
        var unitMember: Value?
        for member in object.members {
            if member.hasKey(.value) {
                valueMember = member.value
            } else if member.hasKey(.unit) {
                unitMember = member.value
            } else {
                let key = member.key
                fail(.unknownValueKey, at: jsonPath(path(), key),
                     "\"\(key)\" is not part of a {value, unit} object", expected: "only \"value\" and \"unit\"")
                ok = false
            }
        }
        var amount: Value?  // a number
        func valuePath() -> String { path() + ".value" }
        func unitPath() -> String { path() + ".unit" }
        if let valueMember {
            if valueMember.kind == .number {
                amount = valueMember
            } else {
                rejectNonNumber(valueMember, at: valuePath(), expected: "a JSON number")
                ok = false
            }
        } else {
            fail(.missingValue, at: path(), "the {value, unit} object has no \"value\"", expected: "a \"value\" number")
            ok = false
        }
        var unit: LengthUnit?
        var isAngle = false
        if let unitMember {
            if let symbol = unitMember.stringValue {
                // The field's own kind of unit is tried first; the other only to word an error.
                switch quantity {
                case .length:
                    if let lengthUnit = LengthUnit(symbol: symbol) {
                        unit = lengthUnit
                    } else if AngleUnit(symbol: symbol) != nil {
                        fail(.unitKindMismatch, at: unitPath(), "angle unit \"\(symbol)\" on a length field", expected: unitWords(.length))
                    } else {
                        fail(.unknownUnit, at: unitPath(), "unknown unit \"\(symbol)\"", expected: unitWords(.length))
                    }
                case .angle:
                    if AngleUnit(symbol: symbol) != nil {
                        isAngle = true
                    } else if LengthUnit(symbol: symbol) != nil {
                        fail(.unitKindMismatch, at: unitPath(), "length unit \"\(symbol)\" on an angle field", expected: unitWords(.angle))
                    } else {
                        fail(.unknownUnit, at: unitPath(), "unknown unit \"\(symbol)\"", expected: unitWords(.angle))
                    }
                }
            } else {
                fail(.unitNotString, at: unitPath(), "the unit is a JSON \(unitMember.typeName)", expected: "a unit string: \(unitWords(quantity))")
                ok = false
            }
        } else {
            fail(.missingUnit, at: path(), "the {value, unit} object has no \"unit\"", expected: unitWords(quantity))
            ok = false
        }
        guard ok, let amount else { return nil }
        if isAngle { return amount.doubleValue }
        guard let unit else { return nil }
        return millimetres(amount, in: unit, path: valuePath)
    }

    /// The number `value` (in `unit`) in millimetres, converted exactly on its decimal text
    /// (see ``DecimalNumber``), or `nil` after recording `coordinates.out-of-range` if it
    /// overflows. Millimetres are taken as they are, without making the number's literal.
    private mutating func millimetres<Value: JSONView>(_ value: Value, in unit: LengthUnit, path: () -> String) -> Double? {
        if unit == .millimetre, let millimetres = value.doubleValue { return millimetres }  // finite: JSON has no other numbers
        return millimetres(value.numberValue!, in: unit, path: path)
    }

    /// `number` (in `unit`) in millimetres (see ``millimetres(_:in:path:)``, above).
    private mutating func millimetres(_ number: JSONNumber, in unit: LengthUnit, path: () -> String) -> Double? {
        let millimetres: Double
        if unit == .millimetre {
            millimetres = number.value
        } else if let exact = number.exactValue(timesPowerOfTen: unit.millimetreExponent) {
            millimetres = exact  // one correctly rounded operation: the value the decimal route gives
        } else if let decimal = DecimalNumber(literal: number.literal) {
            millimetres = unit.millimetres(from: decimal)
        } else {
            millimetres = unit.exactMillimetres(fromValue: number.value)
        }
        guard millimetres.isFinite else {
            fail(.outOfRange, at: path(), "\(number.literal) \(unit.symbol) exceeds the largest representable length in millimetres",
                 expected: "a length below about 1.8e308 mm")
            return nil
        }
        return millimetres
    }

    /// Records why a non-number was rejected where a number belongs.
    private mutating func rejectNonNumber<Value: JSONView>(_ value: Value, at path: String, expected: String) {
        switch value.kind {
        case .null:
            fail(.nullValue, at: path, "null instead of a number (leave the field out if it has no value)", expected: expected)
        case .boolean:
            fail(.booleanValue, at: path, "the boolean \(value.boolValue!) instead of a number", expected: expected)
        case .string:
            let text = value.stringValue!
            if let parsed = Double(text.trimmingWhitespace()) {
                if parsed.isFinite {
                    fail(.numericString, at: path, "the number is written as the string \"\(text)\"", expected: expected)
                } else {
                    fail(.nonFinite, at: path, "the string \"\(text)\" spells a non-finite number", expected: "a finite \(expected)")
                }
            } else {
                fail(.wrongType, at: path, "the string \"\(text)\" instead of a number", expected: expected)
            }
        case .array, .object, .number:
            fail(.wrongType, at: path, "a JSON \(value.typeName) instead of a number", expected: expected)
        }
    }
}

extension JSONKey {
    /// The members of a `{value, unit}` object, fingerprinted once for the look-ups of every field.
    static let value = JSONKey("value")
    static let unit = JSONKey("unit")
}
