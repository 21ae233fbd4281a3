import StereotaxCoordinates
import StereotaxGeometry

/// Converts coordinates between any two of the eight BrainSTEM systems
/// through the bregma frame.
///
/// Absolute systems give the target (tip) and the approach angles; the
/// brain-surface systems give the entry's AP/ML (or frame x/y) and the depth
/// along the shaft from the brain surface, so both directions need the
/// ``ConversionContext/surface``. Absent tilt angles mean a vertical approach
/// in the skull frame and stay absent in the output. Every result lists the
/// choices it depended on.
public struct CoordinateConverter: Sendable {
    public let context: ConversionContext
    private let graph: TransformGraph
    /// Every frame's transform to and from bregma, resolved once (the graph's path
    /// search and LAPACK inverses are not redone per point), with its choices written out.
    private let resolved: [Pair: ResolvedTransform]
    /// The choice lines every point of a kind shares, written once.
    private let angleOrderChoice: String
    private let angleOrderChoices: [String]
    private let surfaceChoice: String?
    /// The systems with `x`/`y`/`z` fields: their axes and how their angles are read, made once.
    private let xyzSystems: XYZSystems

    /// A system with `x`/`y`/`z` fields: its axes and the choice line saying how its
    /// `xAngle`/`yAngle`/`zAngle` are read.
    private struct XYZSystem: Sendable {
        let axes: SystemAxes
        let angleReading: String

        init(_ system: CoordinateSystemName, axes: SystemAxes) {
            self.axes = axes
            self.angleReading = CoordinateConverter.angleReading(system, axes)
        }
    }

    private struct XYZSystems: Sendable {
        let stereotaxicXYZ: XYZSystem
        let stereotaxicXYSurface: XYZSystem
        let external: XYZSystem
        let ccf: XYZSystem
    }

    private struct ResolvedTransform: Sendable {
        let affine: AffineTransform3
        /// `path: a → b → c`, then the choices of the transforms along the path.
        let choices: [String]
    }

    private struct Pair: Hashable, Sendable {
        let from: FrameID
        let to: FrameID
    }

    public init(context: ConversionContext) {
        self.context = context
        let graph = context.transformGraph
        self.graph = graph
        var resolved: [Pair: ResolvedTransform] = [:]
        let bregma = Frame.Bregma.frameID
        for frame in graph.frames where frame != bregma {
            for pair in [Pair(from: frame, to: bregma), Pair(from: bregma, to: frame)] {
                if let r = try? graph.resolve(from: pair.from, to: pair.to) {
                    resolved[pair] = ResolvedTransform(affine: r.transform, choices: ["path: \(r.pathDescription)"] + r.choices)
                }
            }
        }
        self.resolved = resolved
        angleOrderChoice = "angle order: \(context.angleOrder)"
        angleOrderChoices = [angleOrderChoice]
        surfaceChoice = context.surface.map { "brain surface: \($0.surfaceName)" }
        let manipulator = SystemAxes(context.manipulatorAxes)
        xyzSystems = XYZSystems(
            stereotaxicXYZ: XYZSystem(.stereotaxicXYZAbsolute, axes: manipulator),
            stereotaxicXYSurface: XYZSystem(.stereotaxicXYSurface, axes: manipulator),
            external: XYZSystem(.externalXYZAbsolute, axes: SystemAxes(context.externalAxes)),
            ccf: XYZSystem(.ccfXYZAbsolute, axes: .ccf))
    }

    /// A conversion's result: the coordinates in the requested system, the
    /// bregma-frame resolution they came from, and the choices involved.
    public struct Result: Sendable {
        public var coordinates: Coordinates
        public var resolved: ResolvedCoordinates
        public var choices: [String]
    }

    /// `coordinates` expressed in `system`.
    public func convert(_ coordinates: Coordinates, to system: CoordinateSystemName) throws(ConversionError) -> Result {
        let resolved = try resolve(coordinates)
        return try express(resolved, in: system)
    }

    // MARK: - Resolution to bregma

    /// The target, approach and (for brain-surface systems) entry in the bregma frame.
    public func resolve(_ coordinates: Coordinates) throws(ConversionError) -> ResolvedCoordinates {
        let system = coordinates.systemName
        switch coordinates {
        case .stereotaxicBregmaAbsolute(let c):
            let tip = Point3<Frame.Bregma>(
                ap: try required(c.apCoordinate, "apCoordinate", system),
                ml: try required(c.mlCoordinate, "mlCoordinate", system),
                dv: try required(c.dvCoordinate, "dvCoordinate", system))
            let approach = try skullApproach(ap: c.apAngle, ml: c.mlAngle, system: system)
            return ResolvedCoordinates(source: system, target: tip, direction: approach.direction, rotation: c.dvAngle,
                                       anglesGiven: approach.given, entry: nil, depth: nil, choices: approach.choices)

        case .stereotaxicLambdaAbsolute(let c):
            let toBregma = try typedTransform(Frame.Lambda.self, Frame.Bregma.self)
            let tipLambda = Point3<Frame.Lambda>(
                ap: try required(c.apCoordinate, "apCoordinate", system),
                ml: try required(c.mlCoordinate, "mlCoordinate", system),
                dv: try required(c.dvCoordinate, "dvCoordinate", system))
            let approach = try skullApproach(ap: c.apAngle, ml: c.mlAngle, system: system)
            return ResolvedCoordinates(source: system, target: toBregma.apply(tipLambda), direction: approach.direction,
                                       rotation: c.dvAngle, anglesGiven: approach.given, entry: nil, depth: nil,
                                       choices: toBregma.choices + approach.choices)

        case .stereotaxicBregmaBrainSurface(let c):
            let column = Point3<Frame.Bregma>(
                ap: try required(c.apCoordinate, "apCoordinate", system),
                ml: try required(c.mlCoordinate, "mlCoordinate", system), dv: .zero)
            let depth = try requiredDepth(c.depth, system)
            let approach = try skullApproach(ap: c.apAngle, ml: c.mlAngle, system: system)
            return try fromSurface(column: column, columnDirection: Vector3(mm: 0, 0, 1), depth: depth, approach: approach,
                                   rotation: c.rotation, system: system, choices: [])

        case .stereotaxicLambdaBrainSurface(let c):
            let toBregma = try typedTransform(Frame.Lambda.self, Frame.Bregma.self)
            let columnLambda = Point3<Frame.Lambda>(
                ap: try required(c.apCoordinate, "apCoordinate", system),
                ml: try required(c.mlCoordinate, "mlCoordinate", system), dv: .zero)
            let depth = try requiredDepth(c.depth, system)
            let approach = try skullApproach(ap: c.apAngle, ml: c.mlAngle, system: system)
            return try fromSurface(column: toBregma.apply(columnLambda), columnDirection: toBregma.apply(Vector3(mm: 0, 0, 1)),
                                   depth: depth, approach: approach, rotation: c.rotation, system: system,
                                   choices: toBregma.choices)

        case .stereotaxicXYZAbsolute(let c):
            let toBregma = try calibrationTransform(system)
            let reading = Point3<Frame.Manipulator>(
                try required(c.x, "x", system), try required(c.y, "y", system), try required(c.z, "z", system))
            let approach = try systemApproach([c.xAngle, c.yAngle, c.zAngle], xyz: xyzSystems.stereotaxicXYZ,
                                              linear: toBregma.affine.linear, system: system)
            return ResolvedCoordinates(source: system, target: toBregma.apply(reading), direction: approach.direction,
                                       rotation: approach.rotation, anglesGiven: approach.given, entry: nil, depth: nil,
                                       choices: toBregma.choices + approach.choices)

        case .stereotaxicXYSurface(let c):
            let toBregma = try calibrationTransform(system)
            let columnReading = Point3<Frame.Manipulator>(try required(c.x, "x", system), try required(c.y, "y", system), .zero)
            let depth = try requiredDepth(c.depth, system)
            var approach = try systemApproach([c.xAngle, c.yAngle, nil], xyz: xyzSystems.stereotaxicXYSurface,
                                              linear: toBregma.affine.linear, system: system)
            approach.rotation = c.rotation
            return try fromSurface(column: toBregma.apply(columnReading), columnDirection: drive(toBregma),
                                   depth: depth, approach: approach, rotation: c.rotation, system: system,
                                   choices: toBregma.choices)

        case .externalXYZAbsolute(let c):
            guard context.externalRegistration != nil else {
                throw .missingContext(system: system, needs: "an external registration (external rig → bregma)")
            }
            let toBregma = try typedTransform(Frame.External.self, Frame.Bregma.self)
            let p = Point3<Frame.External>(try required(c.x, "x", system), try required(c.y, "y", system), try required(c.z, "z", system))
            let approach = try systemApproach([c.xAngle, c.yAngle, c.zAngle], xyz: xyzSystems.external,
                                              linear: toBregma.affine.linear, system: system)
            return ResolvedCoordinates(source: system, target: toBregma.apply(p), direction: approach.direction,
                                       rotation: approach.rotation, anglesGiven: approach.given, entry: nil, depth: nil,
                                       choices: toBregma.choices + approach.choices)

        case .ccfXYZAbsolute(let c):
            guard context.atlasTransform != nil else {
                throw .missingContext(system: system, needs: "an atlas transform (a bregma → CCF preset)")
            }
            let toBregma = try typedTransform(Frame.CCF.self, Frame.Bregma.self)
            let p = Point3<Frame.CCF>(try required(c.x, "x", system), try required(c.y, "y", system), try required(c.z, "z", system))
            let approach = try systemApproach([c.xAngle, c.yAngle, c.zAngle], xyz: xyzSystems.ccf, linear: toBregma.affine.linear,
                                              system: system)
            return ResolvedCoordinates(source: system, target: toBregma.apply(p), direction: approach.direction,
                                       rotation: approach.rotation, anglesGiven: approach.given, entry: nil, depth: nil,
                                       choices: toBregma.choices + approach.choices)
        }
    }

    // MARK: - Expression in a system

    /// The resolved coordinates written in `system`.
    public func express(_ r: ResolvedCoordinates, in system: CoordinateSystemName) throws(ConversionError) -> Result {
        var choices = r.choices
        func note(_ more: [String]) { for c in more where !choices.contains(c) { choices.append(c) } }
        let skull = r.anglesGiven ? try skullAngles(r.direction, system: system) : nil
        if r.anglesGiven { note([angleOrderChoice]) }

        let coordinates: Coordinates
        switch system {
        case .stereotaxicBregmaAbsolute:
            coordinates = .stereotaxicBregmaAbsolute(BregmaAbsoluteCoordinates(
                apCoordinate: r.target.ap, mlCoordinate: r.target.ml, dvCoordinate: r.target.dv,
                apAngle: skull?.ap, mlAngle: skull?.ml, dvAngle: r.rotation))

        case .stereotaxicLambdaAbsolute:
            let toLambda = try typedTransform(Frame.Bregma.self, Frame.Lambda.self)
            note(toLambda.choices)
            let tip = toLambda.apply(r.target)
            coordinates = .stereotaxicLambdaAbsolute(LambdaAbsoluteCoordinates(
                apCoordinate: tip.ap, mlCoordinate: tip.ml, dvCoordinate: tip.dv,
                apAngle: skull?.ap, mlAngle: skull?.ml, dvAngle: r.rotation))

        case .stereotaxicBregmaBrainSurface:
            let insertion = try insertion(toward: r, system: system)
            note(["brain surface: \(insertion.surfaceName)"])
            coordinates = .stereotaxicBregmaBrainSurface(BregmaBrainSurfaceCoordinates(
                apCoordinate: insertion.entry.ap, mlCoordinate: insertion.entry.ml, depth: insertion.depth,
                rotation: r.rotation, apAngle: skull?.ap, mlAngle: skull?.ml))

        case .stereotaxicLambdaBrainSurface:
            let insertion = try insertion(toward: r, system: system)
            let toLambda = try typedTransform(Frame.Bregma.self, Frame.Lambda.self)
            note(toLambda.choices + ["brain surface: \(insertion.surfaceName)"])
            let entry = toLambda.apply(insertion.entry)
            coordinates = .stereotaxicLambdaBrainSurface(LambdaBrainSurfaceCoordinates(
                apCoordinate: entry.ap, mlCoordinate: entry.ml, depth: insertion.depth,
                rotation: r.rotation, apAngle: skull?.ap, mlAngle: skull?.ml))

        case .stereotaxicXYZAbsolute:
            _ = try calibrationTransform(system)
            let f = try xyzFields(r, in: Frame.Manipulator.self, xyz: xyzSystems.stereotaxicXYZ, system: system)
            note(f.choices)
            coordinates = .stereotaxicXYZAbsolute(StereotaxicXYZAbsoluteCoordinates(
                x: f.x, y: f.y, z: f.z, xAngle: f.angles[0], yAngle: f.angles[1], zAngle: f.angles[2]))

        case .stereotaxicXYSurface:
            let insertion = try insertion(toward: r, system: system)
            _ = try calibrationTransform(system)
            let toFrame = try typedTransform(Frame.Bregma.self, Frame.Manipulator.self)
            let angles = try systemAngles(r, xyz: xyzSystems.stereotaxicXYSurface, linear: toFrame.affine.linear, system: system)
            note(toFrame.choices + angles.choices + ["brain surface: \(insertion.surfaceName)"])
            let entry = toFrame.apply(insertion.entry)
            coordinates = .stereotaxicXYSurface(StereotaxicXYSurfaceCoordinates(
                x: .mm(entry.millimetres.x), y: .mm(entry.millimetres.y), depth: insertion.depth,
                xAngle: angles.fields?[0], yAngle: angles.fields?[1], rotation: r.rotation))

        case .externalXYZAbsolute:
            guard context.externalRegistration != nil else {
                throw .missingContext(system: system, needs: "an external registration (external rig → bregma)")
            }
            let f = try xyzFields(r, in: Frame.External.self, xyz: xyzSystems.external, system: system)
            note(f.choices)
            coordinates = .externalXYZAbsolute(ExternalXYZAbsoluteCoordinates(
                x: f.x, y: f.y, z: f.z, xAngle: f.angles[0], yAngle: f.angles[1], zAngle: f.angles[2]))

        case .ccfXYZAbsolute:
            guard context.atlasTransform != nil else {
                throw .missingContext(system: system, needs: "an atlas transform (a bregma → CCF preset)")
            }
            let f = try xyzFields(r, in: Frame.CCF.self, xyz: xyzSystems.ccf, system: system)
            note(f.choices)
            coordinates = .ccfXYZAbsolute(CCFXYZAbsoluteCoordinates(
                x: f.x, y: f.y, z: f.z, xAngle: f.angles[0], yAngle: f.angles[1], zAngle: f.angles[2]))
        }
        return Result(coordinates: coordinates, resolved: r, choices: choices)
    }

    // MARK: - Pieces

    /// A direction down the shaft in the bregma frame, whether it came from
    /// given angles, and what it depended on.
    struct Approach {
        var direction: Vector3<Frame.Bregma>
        var given: Bool
        var rotation: Angle?
        var choices: [String]
    }

    private static let vertical = Vector3<Frame.Bregma>(mm: 0, 0, 1)
    private static let verticalChoice = "no tilt angles given: vertical approach in the skull frame"
    private static let verticalChoices = [verticalChoice]

    /// BrainSTEM skull angles → direction (the skull systems).
    private func skullApproach(ap: Angle?, ml: Angle?, system: CoordinateSystemName) throws(ConversionError) -> Approach {
        guard ap != nil || ml != nil else {
            return Approach(direction: Self.vertical, given: false, rotation: nil, choices: Self.verticalChoices)
        }
        let d = try anatomicalDirection(ap: ap ?? .zero, ml: ml ?? .zero, system: system,
                                        apField: "apAngle", mlField: "mlAngle")
        return Approach(direction: Vector3(millimetres: d), given: true, rotation: nil, choices: angleOrderChoices)
    }

    /// A system's `xAngle`/`yAngle`/`zAngle` → direction in bregma, reading
    /// them about the anatomical axes the system's axes stand for.
    private func systemApproach(_ fields: [Angle?], xyz: XYZSystem, linear: Matrix3,
                                system: CoordinateSystemName) throws(ConversionError) -> Approach {
        let axes = xyz.axes
        let along = axes.systemAxisAlong
        let names = Self.angleFieldNames
        let rotation = fields[along.dv]
        guard fields[along.ml] != nil || fields[along.ap] != nil else {
            return Approach(direction: Self.vertical, given: false, rotation: rotation, choices: Self.verticalChoices)
        }
        let anatomical = try anatomicalDirection(ap: fields[along.ml] ?? .zero, ml: fields[along.ap] ?? .zero, system: system,
                                                 apField: names[along.ml], mlField: names[along.ap])
        let inSystem = axes.anatomy.transposed * anatomical
        guard let d = Vector3<Frame.Bregma>(millimetres: linear * inSystem).normalized else {
            throw .transform(reason: "the \(system) axes map the approach to a zero vector")
        }
        return Approach(direction: d, given: true, rotation: rotation,
                        choices: [angleOrderChoice, xyz.angleReading])
    }

    /// An XYZ system's position and `xAngle`/`yAngle`/`zAngle` for a resolved target, and
    /// the choices they depended on (the frame path and the angle reading).
    private func xyzFields<F: CoordinateFrame>(_ r: ResolvedCoordinates, in frame: F.Type, xyz: XYZSystem,
                                               system: CoordinateSystemName) throws(ConversionError)
        -> (x: Length, y: Length, z: Length, angles: [Angle?], choices: [String]) {
        let toFrame = try typedTransform(Frame.Bregma.self, F.self)
        let p = toFrame.apply(r.target).millimetres
        let angles = try systemAngles(r, xyz: xyz, linear: toFrame.affine.linear, system: system)
        return (.mm(p.x), .mm(p.y), .mm(p.z), angles.fields ?? [nil, nil, nil], toFrame.choices + angles.choices)
    }

    /// The angle fields of a system for a resolved approach.
    private func systemAngles(_ r: ResolvedCoordinates, xyz: XYZSystem, linear: Matrix3,
                              system: CoordinateSystemName) throws(ConversionError) -> (fields: [Angle?]?, choices: [String]) {
        let axes = xyz.axes
        let along = axes.systemAxisAlong
        var fields: [Angle?] = [nil, nil, nil]
        fields[along.dv] = r.rotation
        guard r.anglesGiven else { return (fields, []) }
        let inSystem = linear * r.direction.millimetres
        let anatomical = axes.anatomy * inSystem
        let angles = try skullAngles(Vector3(millimetres: anatomical), system: system)
        fields[along.ml] = angles.ap
        fields[along.ap] = angles.ml
        return (fields, [xyz.angleReading])
    }

    /// The names of the angle fields of the systems with `x`/`y`/`z` fields, by axis.
    private static let angleFieldNames = ["xAngle", "yAngle", "zAngle"]

    /// How `system` reads its angle fields about `axes`, as a choice line.
    private static func angleReading(_ system: CoordinateSystemName, _ axes: SystemAxes) -> String {
        let along = axes.systemAxisAlong
        let names = angleFieldNames
        return "\(system) angles read as BrainSTEM skull angles: \(names[along.ml]) = AP angle, \(names[along.ap]) = ML angle, \(names[along.dv]) = rotation"
    }

    private func anatomicalDirection(ap: Angle, ml: Angle, system: CoordinateSystemName,
                                     apField: String, mlField: String) throws(ConversionError) -> SIMD3<Double> {
        do {
            return try BrainstemAngles(apAngle: ap, mlAngle: ml, rotation: .zero).direction(order: context.angleOrder).millimetres
        } catch {
            throw .invalidField(system: system, field: "\(apField)/\(mlField)", reason: "\(error)")
        }
    }

    private func skullAngles(_ direction: Vector3<Frame.Bregma>, system: CoordinateSystemName) throws(ConversionError) -> (ap: Angle, ml: Angle) {
        guard let d = direction.normalized else { throw .transform(reason: "the approach direction is zero or not finite") }
        do {
            let a = try BrainstemAngles(direction: d, order: context.angleOrder)
            return (a.apAngle, a.mlAngle)
        } catch {
            throw .insertion(system: system, reason: "the approach cannot be written as BrainSTEM angles: \(error)")
        }
    }

    private func fromSurface(column: Point3<Frame.Bregma>, columnDirection: Vector3<Frame.Bregma>, depth: Length,
                             approach: Approach, rotation: Angle?, system: CoordinateSystemName,
                             choices: [String]) throws(ConversionError) -> ResolvedCoordinates {
        guard let surface = context.surface, let surfaceChoice else {
            throw .missingContext(system: system, needs: "a brain surface (an atlas surface or a measured one)")
        }
        let insertion: Insertion
        do {
            insertion = try Insertion.fromSurfaceEntry(column: column, columnDirection: columnDirection, depth: depth,
                                                       direction: approach.direction, surface: surface)
        } catch {
            throw .insertion(system: system, reason: "\(error)")
        }
        return ResolvedCoordinates(source: system, target: insertion.tip, direction: insertion.direction, rotation: rotation,
                                   anglesGiven: approach.given, entry: insertion.entry, depth: insertion.depth,
                                   choices: choices + approach.choices + [surfaceChoice])
    }

    private func insertion(toward r: ResolvedCoordinates, system: CoordinateSystemName) throws(ConversionError) -> Insertion {
        guard let surface = context.surface else {
            throw .missingContext(system: system, needs: "a brain surface (an atlas surface or a measured one)")
        }
        do {
            return try Insertion.fromTip(r.target, direction: r.direction, surface: surface)
        } catch {
            throw .insertion(system: system, reason: "\(error)")
        }
    }

    /// The stereotaxic frame's z drive, pointing ventral, in the bregma frame.
    private func drive(_ toBregma: FrameTransform<Frame.Manipulator, Frame.Bregma>) -> Vector3<Frame.Bregma> {
        var z = toBregma.apply(Vector3<Frame.Manipulator>(mm: 0, 0, 1))
        if z.millimetres.z < 0 { z = -z }
        return z
    }

    private func calibrationTransform(_ system: CoordinateSystemName) throws(ConversionError) -> FrameTransform<Frame.Manipulator, Frame.Bregma> {
        guard context.calibration != nil else {
            throw .missingContext(system: system, needs: "a stereotaxic frame calibration (frame readings → bregma)")
        }
        return try typedTransform(Frame.Manipulator.self, Frame.Bregma.self)
    }

    private func typedTransform<A, B>(_ a: A.Type, _ b: B.Type) throws(ConversionError) -> FrameTransform<A, B> {
        if let r = resolved[Pair(from: A.frameID, to: B.frameID)] {
            return FrameTransform(r.affine, choices: r.choices)
        }
        do { return try graph.transform(from: a, to: b) } catch { throw .transform(reason: "\(error)") }
    }

    private func required(_ value: Length?, _ field: String, _ system: CoordinateSystemName) throws(ConversionError) -> Length {
        guard let value else { throw .missingField(system: system, field: field) }
        return value
    }

    private func requiredDepth(_ value: Length?, _ system: CoordinateSystemName) throws(ConversionError) -> Length {
        let depth = try required(value, "depth", system)
        guard depth.millimetres >= 0 else {
            throw .invalidField(system: system, field: "depth", reason: "is \(depth.millimetres) mm; a depth below the brain surface is ≥ 0 (DV sign?)")
        }
        return depth
    }
}
