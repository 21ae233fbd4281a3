import Testing
import StereotaxLinearAlgebra

/// The 0 × 0 matrix is the identity of ℝ⁰; problems with a zero dimension
/// have rank 0 and zero solutions. None of this may reach LAPACK or crash.
@Suite struct EmptyMatrixTests {
    let empty = Matrix(rows: 0, columns: 0)

    @Test func squareRoutines() throws {
        #expect(try empty.determinant() == 1)
        #expect(try empty.inverse() == empty)
        #expect(try empty.reciprocalConditionNumber() == 1)
        #expect(try empty.conditionNumber() == 1)
        #expect(try empty.solve([]) == [])
        #expect(try empty.solve(Matrix(rows: 0, columns: 3)) == Matrix(rows: 0, columns: 3))
        let e = try empty.symmetricEigen()
        #expect(e.values.isEmpty && e.vectors == empty)
    }

    @Test func decompositionsWithAZeroDimension() throws {
        for (m, n) in [(0, 0), (3, 0), (0, 3)] {
            let svd = try Matrix(rows: m, columns: n).singularValueDecomposition()
            #expect(svd.singularValues.isEmpty)
            #expect(svd.u.rows == m && svd.u.columns == 0 && svd.vt.rows == 0 && svd.vt.columns == n)
        }
    }

    @Test func leastSquaresWithAZeroDimension() throws {
        let none = try Matrix(rows: 0, columns: 2).leastSquares(Matrix(rows: 0, columns: 1))
        #expect(none.rank == 0 && none.solution == Matrix(rows: 2, columns: 1) && none.singularValues.isEmpty)
        let noUnknowns = try Matrix(rows: 3, columns: 0).leastSquares(Matrix([[1], [2], [3]]))
        #expect(noUnknowns.rank == 0 && noUnknowns.solution == Matrix(rows: 0, columns: 1))
        #expect(try empty.fullRankLeastSquares(Matrix(rows: 0, columns: 1)).solution == Matrix(rows: 0, columns: 1))
        // No right-hand side: an empty solution, but the rank of the matrix.
        let noRightHandSide = try Matrix([[1, 0], [0, 2], [0, 0]]).leastSquares(Matrix(rows: 3, columns: 0))
        #expect(noRightHandSide.solution == Matrix(rows: 2, columns: 0) && noRightHandSide.rank == 2)
        #expect(noRightHandSide.singularValues == [2, 1])
    }

    @Test func productsWithAZeroDimension() throws {
        // An inner dimension of zero gives the zero matrix of the outer shape.
        #expect(try Matrix(rows: 2, columns: 0).multiplied(by: Matrix(rows: 0, columns: 3)) == Matrix(rows: 2, columns: 3))
        #expect(try Matrix(rows: 0, columns: 2).multiplied(by: Matrix(rows: 2, columns: 3)) == Matrix(rows: 0, columns: 3))
        #expect(try Matrix(rows: 2, columns: 0).multiplied(by: []) == [0, 0])
        #expect(try empty.multiplied(by: empty) == empty)
    }

    @Test func emptyMismatchesAreStillRefused() {
        expectLinearAlgebraError({ try empty.solve([1]) }, matches: isDimensionMismatch)
        expectLinearAlgebraError({ try Matrix(rows: 0, columns: 2).leastSquares(Matrix(rows: 1, columns: 1)) }, matches: isDimensionMismatch)
    }
}
