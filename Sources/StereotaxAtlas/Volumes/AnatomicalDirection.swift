/// An anatomical direction: which way a volume axis's index grows.
public enum AnatomicalDirection: String, Hashable, Sendable, CaseIterable {
    case anterior, posterior, left, right, dorsal, ventral

    public var opposite: AnatomicalDirection {
        switch self {
        case .anterior: .posterior
        case .posterior: .anterior
        case .left: .right
        case .right: .left
        case .dorsal: .ventral
        case .ventral: .dorsal
        }
    }
}

/// The anatomical meaning of a volume's three storage axes: for each axis,
/// the direction in which its voxel index grows.
public struct VolumeOrientation: Hashable, Sendable, CustomStringConvertible {
    public private(set) var axes: [AnatomicalDirection]

    /// `nil` unless the three axes are one each of AP, ML and DV.
    public init?(_ a0: AnatomicalDirection, _ a1: AnatomicalDirection, _ a2: AnatomicalDirection) {
        let groups = Set([a0, a1, a2].map { [$0, $0.opposite].map(\.rawValue).sorted().joined() })
        guard groups.count == 3 else { return nil }
        axes = [a0, a1, a2]
    }

    /// Allen CCF volumes (Allen calls it PIR): axis 0 toward posterior,
    /// axis 1 toward ventral (inferior), axis 2 toward the animal's right.
    public static let allenPIR = VolumeOrientation(.posterior, .ventral, .right)!
    /// NIfTI RAS+: axis 0 toward right, axis 1 toward anterior, axis 2 toward dorsal (superior).
    public static let ras = VolumeOrientation(.right, .anterior, .dorsal)!

    /// The storage axis running along `direction` or its opposite, and whether
    /// the index grows toward `direction`.
    public func axis(along direction: AnatomicalDirection) -> (axis: Int, growsToward: Bool) {
        for (i, a) in axes.enumerated() {
            if a == direction { return (i, true) }
            if a == direction.opposite { return (i, false) }
        }
        preconditionFailure("a VolumeOrientation always covers all three anatomical axes")
    }

    /// E.g. `"PIR"`.
    public var code: String {
        String(axes.map { a -> Character in
            switch a {
            case .anterior: "A"
            case .posterior: "P"
            case .left: "L"
            case .right: "R"
            case .dorsal: "S"
            case .ventral: "I"
            }
        })
    }

    public var description: String { "\(code) (index grows toward \(axes.map(\.rawValue).joined(separator: ", ")))" }
}
