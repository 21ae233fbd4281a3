import Dispatch
import Foundation
import StereotaxAtlas
import StereotaxFrames
import StereotaxGeometry

/// Plans straight insertions on an atlas: forward (entry, angles, depth →
/// tip and the regions crossed), inverse (target, angles → entries, depth,
/// frame readings) and the angles that join an entry to a target.
///
/// Distances along the shaft are in the bregma frame (mm from the
/// brain-surface entry); with a scaling preset they differ from CCF distances.
public struct TrajectoryPlanner: Sendable {
    public let atlas: PlanningAtlas
    /// The order in which BrainSTEM's two tilts combine.
    public var angleOrder: BrainstemAngleOrder
    /// Spacing of the samples along the shaft (default 5 µm).
    public var samplingStep: Length

    public static let defaultSamplingStep = Length.µm(5)

    public init(atlas: PlanningAtlas, angleOrder: BrainstemAngleOrder = .projectDefault,
                samplingStep: Length = TrajectoryPlanner.defaultSamplingStep) {
        self.atlas = atlas
        self.angleOrder = angleOrder
        self.samplingStep = samplingStep
    }

    // MARK: Forward

    /// Entry (AP, ML from bregma, on the brain surface), angles and depth along the
    /// shaft → the plan. The entry is the brain surface straight below (AP, ML).
    public func forward(entryAP: Length, entryML: Length, angles: BrainstemAngles, depth: Length,
                        probe: ProbeGeometry? = nil) throws -> ForwardPlan {
        let placed = try insertion(TrajectoryPlanner.SurfaceEntry(ap: entryAP, ml: entryML, angles: angles, depth: depth))
        return try plan(placed, angles: angles, probe: probe)
    }

    /// A surface entry point (as ``InversePlan/brainEntry`` gives it), angles and
    /// depth → the plan. The point is used as given: no surface search.
    public func forward(entry: Point3<Frame.Bregma>, angles: BrainstemAngles, depth: Length,
                        probe: ProbeGeometry? = nil) throws -> ForwardPlan {
        try PlanningError.check(entry, "entry")
        try PlanningError.check(depth.millimetres, "depth")
        guard depth.millimetres >= 0 else { throw PlanningError.invalidInput(field: "depth", expected: "≥ 0 mm below the brain surface", found: depth.millimetres) }
        let direction = angles.direction(order: angleOrder)
        return try plan(entry: entry, tip: entry + direction * depth, direction: direction, depth: depth,
                        surfaceName: "entry point given on \(atlas.surface.surfaceName)", angles: angles, probe: probe)
    }

    /// The plan for an insertion already placed (its entry, tip and depth).
    public func plan(_ insertion: Insertion, angles: BrainstemAngles, probe: ProbeGeometry? = nil) throws -> ForwardPlan {
        try plan(entry: insertion.entry, tip: insertion.tip, direction: insertion.direction, depth: insertion.depth,
                 surfaceName: insertion.surfaceName, angles: angles, probe: probe)
    }

    func plan(entry: Point3<Frame.Bregma>, tip: Point3<Frame.Bregma>, direction: Vector3<Frame.Bregma>, depth: Length,
              surfaceName: String, angles: BrainstemAngles, probe: ProbeGeometry?) throws -> ForwardPlan {
        let step = samplingStep.millimetres
        try PlanningError.check(step, "sampling step", positive: true)
        let segments = self.segments(entry: entry, direction: direction, length: depth)
        var sites: [SiteRegion] = []
        if let probe {
            let positions = probe.sitePositions(tip: tip, orientation: angles.orientation(order: angleOrder))
            let results = try atlas.lookup.lookup(positions.map { atlas.bregmaToCCF.apply($0) })
            sites = zip(zip(probe.sites, positions), results).map { pair, result in
                SiteRegion(site: pair.0, position: pair.1, region: CrossedRegion(result, ontology: atlas.ontology))
            }
        }
        var choices = ["atlas: \(atlas.atlasName)", "atlas preset: \(atlas.presetName)"] + atlas.bregmaToCCF.choices
        choices += ["brain surface: \(surfaceName)", "angle order: \(angleOrder)",
                    "sampling: every \(samplingStep.micrometres) µm along the shaft, nearest voxel, boundaries on the voxel face crossed"]
        if let probe { choices.append("probe: \(probe.name), reference point at the tip") }
        return ForwardPlan(entry: entry, tip: tip, angles: angles, angleOrder: angleOrder, depth: depth,
                           tipCCF: atlas.bregmaToCCF.apply(tip), segments: segments, samplingStep: samplingStep,
                           sites: sites, probeName: probe?.name, presetName: atlas.presetName, choices: choices)
    }

    /// The ordered regions along `entry + t·direction`, t in 0…length (bregma mm).
    public func segments(entry: Point3<Frame.Bregma>, direction: Vector3<Frame.Bregma>, length: Length) -> [ShaftSegment] {
        let sampler = ShaftSampler(lookup: atlas.lookup)
        let origin = atlas.bregmaToCCF.apply(entry).millimetres
        let d = atlas.bregmaToCCF.apply(direction).millimetres
        var runs: [ShaftSampler.Run] = [], scratch: [Int] = []
        return atlas.volume.withUnsafeLabelIndices { labels in
            guard let labels = labels.baseAddress else { return [ShaftSegment(region: .outsideAtlas, start: .zero, end: length)] }
            sampler.runs(origin: origin, direction: d, length: length.millimetres, step: samplingStep.millimetres,
                         labels: labels, into: &runs, scratch: &scratch)
            return runs.map { ShaftSegment(region: sampler.region($0.key, ontology: atlas.ontology), start: .mm($0.start), end: .mm($0.end)) }
        }
    }

    /// The ordered regions of many insertions, split across the available cores: the segments
    /// of each shaft of ``regionTable(of:)``, in input order.
    public func segments(of insertions: [Insertion]) -> [[ShaftSegment]] {
        let table = regionTable(of: insertions), count = table.shaftCount
        let pieces = count < 64 ? 1 : min(4 * max(1, ProcessInfo.processInfo.activeProcessorCount), count / 16)
        return [[ShaftSegment]](unsafeUninitializedCapacity: count) { buffer, initialised in
            let base = SendableBox(buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: pieces) { piece in
                for i in count * piece / pieces..<count * (piece + 1) / pieces {
                    (base.value! + i).initialize(to: table.segments(ofShaft: i))
                }
            }
            initialised = count
        }
    }

    /// The order in which ``regionTable(of:)`` walks the shafts: by the Z-order (Morton)
    /// code of each entry's (AP, ML) voxel in the atlas, so that shafts walked one
    /// after another start close together and read the same cached parts of the
    /// volume instead of fetching each voxel from memory. Results stay in input order.
    func localityOrder(of insertions: [Insertion]) -> [Int] {
        let perMillimetre = atlas.volume.voxelsPerMillimetre
        let codes = insertions.map { insertion -> UInt64 in
            let voxel = atlas.bregmaToCCF.apply(insertion.entry).millimetres * perMillimetre
            @inline(__always) func coordinate(_ u: Double) -> UInt64 {
                u.isFinite ? UInt64(min(max(u, 0), 65_535)) : 0
            }
            return Self.interleavingBits(coordinate(voxel.x), coordinate(voxel.z))
        }
        // Codes have 32 bits: each with its position in the low half, sorted as plain integers.
        guard codes.count <= Int(UInt32.max) else { return codes.indices.sorted { codes[$0] < codes[$1] } }
        return codes.enumerated().map { $1 << 32 | UInt64($0) }.sorted().map { Int($0 & 0xFFFF_FFFF) }
    }

    /// The bits of two 16-bit numbers interleaved: bit k of `a` at 2k, of `b` at 2k + 1.
    private static func interleavingBits(_ a: UInt64, _ b: UInt64) -> UInt64 {
        @inline(__always) func spread(_ v: UInt64) -> UInt64 {
            var x = v & 0xFFFF
            x = (x | x << 8) & 0x00FF_00FF
            x = (x | x << 4) & 0x0F0F_0F0F
            x = (x | x << 2) & 0x3333_3333
            x = (x | x << 1) & 0x5555_5555
            return x
        }
        return spread(a) | spread(b) << 1
    }
}

/// Hands pointers written in disjoint parts to worker threads.
struct SendableBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
