/// The element type of a volume file's voxels.
public enum VoxelScalarType: String, Hashable, Sendable, CaseIterable {
    case uint8, int8, uint16, int16, uint32, int32, uint64, int64, float32, float64

    /// Bytes per voxel.
    public var byteWidth: Int {
        switch self {
        case .uint8, .int8: 1
        case .uint16, .int16: 2
        case .uint32, .int32, .float32: 4
        case .uint64, .int64, .float64: 8
        }
    }

    /// The integer label in one voxel, from its `byteWidth` bytes loaded as an
    /// unsigned integer in the file's byte order (`raw`, zero-extended); `nil`
    /// when the value is not an integer that fits `Int` (NaN, fractional, too large).
    func label(ofRaw raw: UInt64, bigEndian: Bool) -> Int? {
        switch self {
        case .uint64: let v = Self.order(raw, bigEndian); return v <= UInt64(Int.max) ? Int(v) : nil
        case .int64: return Int(Int64(bitPattern: Self.order(raw, bigEndian)))
        case .float32, .float64:
            let v = value(ofRaw: raw, bigEndian: bigEndian)
            guard v.isFinite, v == v.rounded(), abs(v) < 0x1p62 else { return nil }
            return Int(v)
        default: return Int(value(ofRaw: raw, bigEndian: bigEndian))
        }
    }

    /// The numeric value of one voxel (as ``label(ofRaw:bigEndian:)`` loads it).
    func value(ofRaw raw: UInt64, bigEndian: Bool) -> Double {
        switch self {
        case .uint8: Double(UInt8(truncatingIfNeeded: raw))
        case .int8: Double(Int8(bitPattern: UInt8(truncatingIfNeeded: raw)))
        case .uint16: Double(Self.order(UInt16(truncatingIfNeeded: raw), bigEndian))
        case .int16: Double(Int16(bitPattern: Self.order(UInt16(truncatingIfNeeded: raw), bigEndian)))
        case .uint32: Double(Self.order(UInt32(truncatingIfNeeded: raw), bigEndian))
        case .int32: Double(Int32(bitPattern: Self.order(UInt32(truncatingIfNeeded: raw), bigEndian)))
        case .uint64: Double(Self.order(raw, bigEndian))
        case .int64: Double(Int64(bitPattern: Self.order(raw, bigEndian)))
        case .float32: Double(Float(bitPattern: Self.order(UInt32(truncatingIfNeeded: raw), bigEndian)))
        case .float64: Double(bitPattern: Self.order(raw, bigEndian))
        }
    }

    static func order<T: FixedWidthInteger>(_ v: T, _ bigEndian: Bool) -> T {
        bigEndian ? T(bigEndian: v) : T(littleEndian: v)
    }
}
