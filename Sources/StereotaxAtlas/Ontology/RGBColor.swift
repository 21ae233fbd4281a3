/// A display colour, 8 bits per channel.
public struct RGBColor: Hashable, Sendable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red; self.green = green; self.blue = blue
    }

    /// From six hexadecimal digits `RRGGBB` (Allen's `color_hex_triplet`), with
    /// or without a leading `#`; `nil` for anything else.
    public init?(hexTriplet: String) {
        var s = Substring(hexTriplet)
        if s.hasPrefix("#") { s = s.dropFirst() }
        guard s.count == 6, s.allSatisfy(\.isHexDigit), let v = UInt32(s, radix: 16) else { return nil }
        self.init(red: UInt8(v >> 16), green: UInt8((v >> 8) & 0xFF), blue: UInt8(v & 0xFF))
    }

    /// `RRGGBB`, uppercase.
    public var hexTriplet: String {
        [red, green, blue].map { b in
            let h = String(b, radix: 16, uppercase: true)
            return h.count == 1 ? "0" + h : h
        }.joined()
    }

    public var description: String { "#" + hexTriplet }
}
