import Testing
import StereotaxLinearAlgebra

@Suite struct AffineBatchKernelTests {
    // A = [[0, 1, 0], [1, 0, 0], [0, 0, 2]] (swap x and y, double z), t = (1, 2, 3).
    let kernel = AffineBatchKernel(columns: SIMD3(0, 1, 0), SIMD3(1, 0, 0), SIMD3(0, 0, 2), translation: SIMD3(1, 2, 3))
    let points: [Double] = [1, 2, 3, -4, 5, 0.5, 0, 0, 0]
    let expected: [Double] = [3, 3, 9, 6, -2, 4, 1, 2, 3]

    @Test func mapsIntoAnotherBuffer() {
        for n in 0...3 {
            let source = Array(points.prefix(3 * n))
            var out = [Double](repeating: .nan, count: 3 * n)
            source.withUnsafeBufferPointer { s in out.withUnsafeMutableBufferPointer { kernel.apply(s, into: $0) } }
            #expect(out == Array(expected.prefix(3 * n)))
        }
    }

    @Test func mapsInPlace() {
        for n in 0...3 {
            var buffer = Array(points.prefix(3 * n))
            buffer.withUnsafeMutableBufferPointer { kernel.applyInPlace($0) }
            #expect(buffer == Array(expected.prefix(3 * n)))
        }
    }

    @Test func nonFiniteTransformGivesThePerPointResult() {
        // A NaN in A's (0, 0) entry poisons x' of every point, and nothing else.
        let poisoned = AffineBatchKernel(columns: SIMD3(.nan, 1, 0), SIMD3(1, 0, 0), SIMD3(0, 0, 2), translation: SIMD3(1, 2, 3))
        var buffer = points
        buffer.withUnsafeMutableBufferPointer { poisoned.applyInPlace($0) }
        for k in 0..<3 {
            #expect(buffer[3 * k].isNaN)
            #expect(buffer[3 * k + 1] == expected[3 * k + 1] && buffer[3 * k + 2] == expected[3 * k + 2])
        }
    }
}
