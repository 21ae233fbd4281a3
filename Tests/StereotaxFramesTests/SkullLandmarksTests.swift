import Foundation
import Testing
import StereotaxGeometry
@testable import StereotaxFrames

@Suite struct SkullLandmarksTests {
    @Test func speciesDefaults() {
        #expect(SkullLandmarks.defaults(for: .mouse).bregmaLambdaDistance == .mm(4.2))
        #expect(SkullLandmarks.defaults(for: .rat).bregmaLambdaDistance == .mm(9.0))
        #expect(SkullLandmarks.defaults(for: .mouse).isFlat())
        #expect(SkullLandmarks.defaults(for: .mouse).pitch == .zero)
    }

    @Test func pitchSignAndFlatCheck() {
        // lambda 0.1 mm below bregma over 4 mm: pitch = atan(0.1 / 4), positive.
        let l = SkullLandmarks(lambda: .measured(Point3(ap: .mm(-4), ml: .zero, dv: .mm(0.1))))
        #expect(abs(l.pitch.radians - atan2(0.1, 4)) < 1e-15)
        #expect(!l.isFlat())
        #expect(l.isFlat(tolerance: .mm(0.1)))
        let up = SkullLandmarks(lambda: .measured(Point3(ap: .mm(-4), ml: .zero, dv: .mm(-0.1))))
        #expect(up.pitch.degrees < 0)
    }

    @Test func bregmaToLambdaIsATranslationNamingItsChoice() {
        let l = SkullLandmarks(lambda: .distance(.mm(4.0)))
        let t = l.bregmaToLambda
        #expect(t.apply(Point3<Frame.Bregma>(mm: -4, 0, 0)) == .origin)
        #expect(t.apply(Point3<Frame.Bregma>(mm: -2, 1, 3)) == Point3(mm: 2, 1, 3))
        #expect(t.choices == ["lambda 4.0 mm posterior of bregma on a flat skull (given distance)"])
    }
}
