import StereotaxTestSupport
import Testing
import StereotaxGeometry
import StereotaxJSON
import StereotaxCoordinates

/// Unit conversion by shifting the decimal point of the number's text: exact up to the one
/// final rounding to `Double`.
@Suite struct ExactConversionTests {
    @Test func decimalTextIsReadExactly() throws {
        let d = try #require(DecimalNumber(literal: "-0.00120"))
        #expect(d.isNegative)
        #expect(String(decoding: d.digits, as: UTF8.self) == "12")
        #expect(d.exponent == -4)
        // One decimal, many spellings.
        let spellings = ["2.5", "2.50", "25e-1", "0.25E1", "0.25e+1", "250E-2"].map { DecimalNumber(literal: $0) }
        #expect(Set(spellings).count == 1)
        #expect(spellings.first??.literal == "2.5")
        #expect(DecimalNumber(literal: "0")?.isZero == true)
        #expect(DecimalNumber(literal: "-0.000")?.literal == "-0.0")
        #expect(DecimalNumber(literal: "1200")?.literal == "1200.0")
    }

    @Test func textThatIsNoJSONNumberIsRefused() {
        for text in ["", "-", "+1", ".5", "1.", "01", "-01", "1e", "1e+", "1.e3", "NaN", "Infinity", " 1", "1 ", "0x10", "1_0", "1,5", "١"] {
            #expect(DecimalNumber(literal: text) == nil, "\(text)")
        }
    }

    @Test func theLiteralOfADoubleIsItsDescription() throws {
        let fixed: [Double] = [0.1, 0.3, 1e-05, 0.0001, 0.00015, 1e16, 1e15, 123456789012345.6, 5e-324,
                               .greatestFiniteMagnitude, -0.0, 0, 100, 2.5, -1100.1, 1e-320, 4.35e-7]
        var generator = SplitMix64(seed: 42)
        let random = (0..<2000).compactMap { _ -> Double? in
            let value = Double(bitPattern: generator.next())
            return value.isFinite ? value : nil
        }
        for value in fixed + random {
            let decimal = try #require(DecimalNumber(value))
            #expect(decimal.literal == value.description, "\(value)")
            #expect(decimal.doubleValue.bitPattern == value.bitPattern, "\(value)")
        }
        #expect(DecimalNumber(Double.nan) == nil)
        #expect(DecimalNumber(-Double.infinity) == nil)
    }

    @Test func shiftingMovesTheDecimalPoint() throws {
        let cases: [(String, Int, String)] = [
            ("2.5", -3, "0.0025"), ("2.5", 3, "2500.0"), ("250", -3, "0.25"), ("-0.12", -3, "-0.00012"),
            ("1.1001", 3, "1100.1"), ("123.456", -6, "0.000123456"), ("1.5", -6, "1.5e-06"),
            ("7", 20, "7e+20"), ("0", 6, "0.0"), ("9.99e-300", -6, "9.99e-306"),
        ]
        for (text, power, expected) in cases {
            #expect(DecimalNumber(literal: text)?.shifted(byPowerOfTen: power).literal == expected, "\(text) × 10^\(power)")
        }
    }

    /// The point of it: the decimal the record wrote, not a product of two roundings.
    @Test func conversionIsExactWhereMultiplyingIsNot() throws {
        // Guards that these cases discriminate: the naive arithmetic is off by an ulp here.
        #expect(0.12 / 1e3 != 0.00012)
        #expect(1.1001 * 1e3 != 1100.1)
        #expect(0.13 * 1e-3 != 0.00013)

        #expect(LengthUnit.micrometre.millimetres(from: try #require(DecimalNumber(literal: "0.12"))) == 0.00012)
        #expect(LengthUnit.micrometre.millimetres(from: try #require(DecimalNumber(literal: "2.5"))) == 0.0025)
        #expect(LengthUnit.metre.millimetres(from: try #require(DecimalNumber(literal: "1.1001"))) == 1100.1)
        #expect(LengthUnit.nanometre.millimetres(from: try #require(DecimalNumber(literal: "130"))) == 0.00013)
        #expect(LengthUnit.millimetre.millimetres(from: try #require(DecimalNumber(literal: "-2.8"))) == -2.8)
        #expect(LengthUnit.micrometre.exactMillimetres(fromValue: 0.12) == 0.00012)
        #expect(LengthUnit.metre.exactValue(fromMillimetres: 1100.1) == 1.1001)
        #expect(LengthUnit.allCases.map(\.millimetreExponent) == [-6, -3, 0, 3])
    }

    /// Decoding takes the one-operation route (`JSONNumber.exactValue(timesPowerOfTen:)`)
    /// where it applies: it must give the very `Double` of the decimal route, for every unit,
    /// over literals inside and at the edges of that route (and those beyond it fall back).
    @Test func theFastRouteGivesTheDecimalRoutesValue() throws {
        var generator = SplitMix64(seed: 11)
        var literals = ["0", "-0", "0.0", "-0.0", "0.12", "2.5", "130", "1.1001", "-3.46", "1e-05", "9007199254740992",
                        "9007199254740993", "1e22", "1e-22", "1e23", "123456789012345678901", "0.30000000000000004"]
        for _ in 0..<3000 {
            var text = Int.random(in: 0...1, using: &generator) == 0 ? "" : "-"
            text += String(Int.random(in: 1...9, using: &generator))
            for _ in 0..<Int.random(in: 0...17, using: &generator) { text += String(Int.random(in: 0...9, using: &generator)) }
            if Int.random(in: 0...1, using: &generator) == 0 {
                text += "."
                for _ in 0..<Int.random(in: 1...8, using: &generator) { text += String(Int.random(in: 0...9, using: &generator)) }
            }
            if Int.random(in: 0...2, using: &generator) == 0 { text += "e\(Int.random(in: -26...26, using: &generator))" }
            literals.append(text)
        }
        for literal in literals {
            guard case .number(let number) = try json(literal) else { Issue.record("\(literal) is no number"); continue }
            let decimal = try #require(DecimalNumber(literal: literal))
            for unit in LengthUnit.allCases {
                let expected = unit.millimetres(from: decimal)
                if let fast = number.exactValue(timesPowerOfTen: unit.millimetreExponent) {
                    #expect(fast.bitPattern == expected.bitPattern, "\(literal) \(unit.symbol): \(fast) ≠ \(expected)")
                }
                // The decoder's answer, whichever route it took.
                let details = try json(#"{"x": {"value": \#(literal), "unit": "\#(unit.symbol)"}}"#)
                if let decoded = CCFXYZAbsoluteCoordinates.decode(details, schemaVersion: "1.1.0").value?.x, expected.isFinite {
                    #expect(decoded.millimetres.bitPattern == expected.bitPattern, "\(literal) \(unit.symbol) decoded")
                }
            }
        }
    }

    @Test func decodingUsesTheNumberText() throws {
        let ccf = try json(#"{"x": {"value": 0.12, "unit": "µm"}, "y": {"value": 2.5, "unit": "um"}, "z": {"value": 130, "unit": "nm"}}"#)
        let value = try #require(CCFXYZAbsoluteCoordinates.decode(ccf, schemaVersion: "1.1.0").value)
        #expect(value.x == .mm(0.00012))
        #expect(value.y == .mm(0.0025))
        #expect(value.z == .mm(0.00013))
        let external = try #require(ExternalXYZAbsoluteCoordinates.decode(try json(#"{"x": 1.1001, "y": 0.3, "z": 1.0E-3}"#), schemaVersion: "0.0.0").value)
        #expect(external.x == .mm(1100.1))
        #expect(external.y == .mm(300))
        #expect(external.z == .mm(1))
    }

    @Test func encodingWritesTheShiftedDecimal() throws {
        let ccf = CCFXYZAbsoluteCoordinates(x: .mm(0.25), y: .mm(0.00012), z: .mm(5.7))
        #expect(try ccf.encoded(as: .valueObjects(lengthUnit: .micrometre)).serialized()
                == #"{"x":{"value":250.0,"unit":"µm"},"y":{"value":0.12,"unit":"µm"},"z":{"value":5700.0,"unit":"µm"}}"#)
        #expect(try ccf.encoded(as: .valueObjects(lengthUnit: .nanometre)).serialized()
                == #"{"x":{"value":250000.0,"unit":"nm"},"y":{"value":120.0,"unit":"nm"},"z":{"value":5700000.0,"unit":"nm"}}"#)
        #expect(try ccf.encoded(as: .valueObjects(lengthUnit: .metre)).serialized()
                == #"{"x":{"value":0.00025,"unit":"m"},"y":{"value":1.2e-07,"unit":"m"},"z":{"value":0.0057,"unit":"m"}}"#)
        let external = ExternalXYZAbsoluteCoordinates(x: .mm(1100.1), y: .mm(-0.5))
        #expect(try external.encoded(as: .schema0_0_0).serialized() == #"{"x":1.1001,"y":-0.0005}"#)
    }

    @Test func aLengthTooLargeForTheUnitCannotBeWritten() throws {
        let value = StereotaxicXYZAbsoluteCoordinates(x: .mm(1e303), y: .mm(1))
        #expect {
            _ = try value.encoded(as: .valueObjects(lengthUnit: .nanometre))
        } throws: { error in
            (error as? CoordinateEncodingError)?.issues.map { Reported(code: $0.code, severity: $0.severity, path: $0.path) }
                == [.error(.outOfRange, "coordinates_details.x")]
        }
        #expect(try value.encoded(as: .valueObjects(lengthUnit: .metre)).objectValue?["x"]?["value"]?.doubleValue == 1e300)
    }

    @Test func everyDoubleRoundTripsThroughEveryUnitExactly() throws {
        var generator = SplitMix64(seed: 7)
        for index in 0..<3000 {
            // Half arbitrary bit patterns, half values that look like typed decimals.
            let value: Double
            if index.isMultiple(of: 2) {
                value = Double(bitPattern: generator.next())
                guard value.isFinite, value.magnitude < 1e300 else { continue }
            } else {
                value = Double("\(Int.random(in: -99_999...99_999, using: &generator))e\(Int.random(in: -9...4, using: &generator))")!
            }
            for unit in LengthUnit.allCases {
                let decimal = try #require(unit.decimal(fromMillimetres: value))
                #expect(unit.millimetres(from: decimal).bitPattern == value.bitPattern, "\(value) mm via \(unit)")
                // And through the JSON number text the encoder writes.
                let number = try #require(JSONNumber(literal: decimal.literal))
                let reread = try #require(DecimalNumber(literal: number.literal))
                #expect(unit.millimetres(from: reread).bitPattern == value.bitPattern)
            }
        }
    }

    @Test(arguments: CoordinateSystemName.allCases)
    func randomValuesOfEverySystemRoundTripExactlyInEveryEncoding(_ name: CoordinateSystemName) throws {
        try check(systemType(name))
    }

    private func check<S: CoordinateSystem>(_: S.Type) throws {
        var generator = SplitMix64(seed: UInt64(S.fields.count) &* 977 &+ UInt64(S.systemName.rawValue.utf8.count))
        for _ in 0..<150 {
            var value = S()
            for field in S.fields where Bool.random(using: &generator) {
                let magnitude = Int(generator.uniform(-9...6))
                field.set(generator.uniform(-1...1) * Double("1e\(magnitude)")!, in: &value)
            }
            for (encoding, version) in EncodingTests.encodings {
                let decoded = S.decode(try value.encoded(as: encoding), schemaVersion: version)
                #expect(decoded.value == value, "\(S.systemName) \(encoding)")
                #expect(decoded.reportedExceptMissing == [])
            }
        }
    }
}
