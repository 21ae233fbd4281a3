/// Why a region look-up cannot answer.
public enum RegionLookupError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A coordinate is NaN or infinite; `index` is its position in a batch.
    case notFinite(index: Int?, millimetres: [Double])
    /// A neighbourhood radius must be positive and finite (mm).
    case badRadius(millimetres: Double)
    /// The volume's axes are not the CCF axes (AP posterior+, DV ventral+, ML right+).
    case notCCFAxes(orientation: String)
    /// A batch buffer's length is not a multiple of 3.
    case bufferLength(count: Int)
    /// The midline index is outside the ML axis or not finite.
    case badMidline(index: Double)

    public var description: String {
        switch self {
        case let .notFinite(index, mm):
            "CCF point \(index.map { "#\($0) " } ?? "")has a non-finite coordinate \(mm) mm"
        case let .badRadius(r): "neighbourhood radius must be positive and finite, got \(r) mm"
        case let .notCCFAxes(o): "region look-up in CCF needs a volume with PIR axes, got \(o)"
        case let .bufferLength(n): "a point buffer holds (AP, DV, ML) triples; \(n) values is not a multiple of 3"
        case let .badMidline(m): "midline ML index \(m) is not inside the volume"
        }
    }
}
