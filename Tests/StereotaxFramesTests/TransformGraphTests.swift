import StereotaxTestSupport
import Testing
import StereotaxGeometry
@testable import StereotaxFrames

@Suite struct TransformGraphTests {
    let a: FrameID = "a", b: FrameID = "b", c: FrameID = "c", d: FrameID = "d"

    func shift(_ x: Double, _ y: Double, _ z: Double) -> AffineTransform3 { .translation(SIMD3(x, y, z)) }

    @Test func identityForSameFrame() throws {
        var g = TransformGraph()
        g.register(from: a, to: b, shift(1, 0, 0))
        let r = try g.resolve(from: a, to: a)
        #expect(r.path == [a])
        #expect(r.transform == .identity)
    }

    @Test func composesAlongTheShortestPathBothWays() throws {
        var g = TransformGraph()
        g.register(from: a, to: b, shift(1, 0, 0), choices: ["ab"])
        g.register(from: c, to: b, .scaling(SIMD3(2, 2, 2)), choices: ["cb"])
        g.register(from: c, to: d, shift(0, 0, 5), choices: ["cd"])
        let r = try g.resolve(from: a, to: d)
        #expect(r.path == [a, b, c, d])
        #expect(r.pathDescription == "a → b → c → d")
        #expect(r.choices == ["ab", "cb", "cd"])
        // a → b: +1 x; b → c: halve; c → d: +5 z.
        let p = r.transform.apply(SIMD3(1, 2, 3))
        #expect(p == SIMD3(1, 1, 6.5))
        let back = try g.resolve(from: d, to: a).transform.apply(p)
        #expect((back - SIMD3(1, 2, 3)).maxMagnitude < 1e-12)
    }

    @Test func reregistrationReplacesEitherDirection() throws {
        var g = TransformGraph()
        g.register(from: a, to: b, shift(1, 0, 0))
        g.register(from: b, to: a, shift(3, 0, 0))
        #expect(g.registeredEdges.count == 1)
        #expect(try g.resolve(from: a, to: b).transform.apply(.zero) == SIMD3(-3, 0, 0))
    }

    @Test func unknownFrameAndMissingPathAreErrors() {
        var g = TransformGraph()
        g.register(from: a, to: b, shift(1, 0, 0))
        g.register(from: c, to: d, shift(1, 0, 0))
        #expect(throws: TransformGraphError.unknownFrame("z", known: [a, b, c, d])) { try g.resolve(from: "z", to: a) }
        #expect(throws: TransformGraphError.noPath(from: a, to: d, known: [a, b, c, d])) { try g.resolve(from: a, to: d) }
    }

    @Test func singularEdgeWalkedBackwardsIsAnError() throws {
        var g = TransformGraph()
        g.register(from: a, to: b, .scaling(SIMD3(1, 0, 1)))
        _ = try g.resolve(from: a, to: b)
        #expect(throws: TransformGraphError.self) { try g.resolve(from: b, to: a) }
    }

    @Test func typedQueryNamesThePath() throws {
        var g = TransformGraph()
        g.register(SkullLandmarks.defaults(for: .mouse).bregmaToLambda)
        let t = try g.transform(from: Frame.Lambda.self, to: Frame.Bregma.self)
        #expect(t.choices.first == "path: lambda → bregma")
        let bregmaInLambda = t.apply(Point3<Frame.Lambda>(mm: 4.2, 0, 0))
        #expect(bregmaInLambda.distance(to: .origin).millimetres < 1e-12)
    }

    @Test func randomChainsRoundTrip() throws {
        var rng = SplitMix64(seed: 7)
        let ids: [FrameID] = (0..<6).map { FrameID("f\($0)") }
        var g = TransformGraph()
        for (x, y) in zip(ids, ids.dropFirst()) {
            let r = Matrix3.rotation(about: SIMD3(rng.uniform(-1...1), rng.uniform(-1...1), rng.uniform(0.1...1)),
                                     by: .degrees(rng.uniform(-180...180)))
            g.register(from: x, to: y, AffineTransform3(linear: r * rng.uniform(0.5...2),
                                                        translation: SIMD3(rng.uniform(-9...9), rng.uniform(-9...9), rng.uniform(-9...9))))
        }
        for _ in 0..<50 {
            let i = Int.random(in: 0..<6, using: &rng), j = Int.random(in: 0..<6, using: &rng)
            let p = SIMD3(rng.uniform(-5...5), rng.uniform(-5...5), rng.uniform(-5...5))
            let there = try g.resolve(from: ids[i], to: ids[j])
            #expect(there.path.count == abs(i - j) + 1)
            let back = try g.resolve(from: ids[j], to: ids[i])
            #expect((back.transform.apply(there.transform.apply(p)) - p).maxMagnitude < 1e-9)
        }
    }
}
