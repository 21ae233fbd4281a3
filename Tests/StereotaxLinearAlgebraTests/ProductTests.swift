import Testing
import StereotaxLinearAlgebra

@Suite struct ProductTests {
    @Test func matrixProducts() throws {
        let ab = try Matrix([[1, 2], [3, 4]]).multiplied(by: Matrix([[5, 6], [7, 8]]))
        #expect(ab == Matrix([[19, 22], [43, 50]]))
        // Non-square: (2×3)·(3×1), and the order matters.
        let c = try Matrix([[1, 0, 2], [0, 3, 0]]).multiplied(by: Matrix([[1], [2], [3]]))
        #expect(c == Matrix([[7], [6]]))
        let ba = try Matrix([[5, 6], [7, 8]]).multiplied(by: Matrix([[1, 2], [3, 4]]))
        #expect(ba == Matrix([[23, 34], [31, 46]]))
    }

    @Test func matrixVectorProduct() throws {
        #expect(try Matrix([[1, 2, 3], [4, 5, 6]]).multiplied(by: [1, 0, -1]) == [-2, -2])
    }

    @Test func badInputIsRefused() {
        let a = Matrix([[1, 2], [3, 4]])
        expectLinearAlgebraError({ try a.multiplied(by: Matrix(rows: 3, columns: 1)) }, matches: isDimensionMismatch)
        expectLinearAlgebraError({ try a.multiplied(by: [1, 2, 3]) }, matches: isDimensionMismatch)
        for bad in poisoned(a, at: 1, 0) {
            expectLinearAlgebraError({ try bad.multiplied(by: a) }, matches: isNonFinite)
            expectLinearAlgebraError({ try a.multiplied(by: bad) }, matches: isNonFinite)
            expectLinearAlgebraError({ try bad.multiplied(by: [1, 1]) }, matches: isNonFinite)
        }
        expectLinearAlgebraError({ try a.multiplied(by: [1, .nan]) }, matches: isNonFinite)
    }
}
