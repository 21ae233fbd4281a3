// Batch affine transform of 10 million points (interleaved x, y, z Doubles),
// in place and into a preallocated output buffer.
//
// One measured iteration maps all 10 M points once, so the throughput metric
// counts 10 M-point passes per second; docs/benchmarks.md converts the
// wall-clock and user-CPU medians to M points/s.

import Benchmark
import StereotaxKit

let pointCount = 10_000_000

/// A fixed, non-trivial map: a rotation by 17° scaled by 1.0001, with a shear
/// and a translation (mm). The tiny scale keeps repeated in-place passes bounded.
let transform: AffineTransform3 = {
    var a = Matrix3.rotation(about: SIMD3(1, 2, 3), by: .degrees(17)) * 1.0001
    a[0, 1] += 0.01
    return AffineTransform3(linear: a, translation: SIMD3(0.0054, -0.0057, 0.0003))
}()

/// The buffers, made once per benchmark and mutated across iterations.
final class Workload: @unchecked Sendable {
    var points: PointBuffer<Frame.Bregma>
    var output: PointBuffer<Frame.Bregma>

    /// 10 M points spread over a mouse-brain-sized box (±6 mm), deterministic.
    init() {
        var state: UInt64 = 0x5EED
        var buffer = PointBuffer<Frame.Bregma>()
        buffer.reserveCapacity(pointCount)
        for _ in 0..<pointCount {
            var c = SIMD3<Double>()
            for k in 0..<3 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                c[k] = Double(state >> 11) / Double(1 << 53) * 12 - 6
            }
            buffer.append(Point3(millimetres: c))
        }
        points = buffer
        output = PointBuffer(repeating: .origin, count: pointCount)
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .cpuUser, .mallocCountTotal],
        timeUnits: .microseconds,
        maxDuration: .seconds(10),
        maxIterations: 25
    )

    Benchmark("BatchAffine in place (10 M points)") { benchmark, workload in
        transform.apply(to: &workload.points)
        blackHole(workload.points[pointCount / 2])
    } setup: {
        Workload()
    }

    Benchmark("BatchAffine into output (10 M points)") { benchmark, workload in
        transform.apply(workload.points, into: &workload.output)
        blackHole(workload.output[pointCount / 2])
    } setup: {
        Workload()
    }
}
