import Testing
import StereotaxLinearAlgebra

@Suite struct SolveInverseDeterminantTests {
    let a = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])

    @Test func solvesASquareSystem() throws {
        // b = A · (1, 2, 3)
        let x = try a.solve([7, 13, 1])
        #expect(zip(x, [1.0, 2, 3]).allSatisfy { abs($0 - $1) < 1e-14 })
    }

    @Test func solvesSeveralRightHandSidesAtOnce() throws {
        let b = Matrix([[7, 2], [13, 0], [1, 1]])
        let x = try a.solve(b)
        #expect(x.rows == 3 && x.columns == 2)
        #expect(x.maxAbsDifference(Matrix([[1, 1], [2, -1], [3, 1]])) < 1e-14)
    }

    @Test func inverseOfAKnownMatrix() throws {
        let inv = try Matrix([[4, 7], [2, 6]]).inverse()
        #expect(inv.maxAbsDifference(Matrix([[0.6, -0.7], [-0.2, 0.4]])) < 1e-15)
        #expect(try a.multiplied(by: a.inverse()).maxAbsDifference(.identity(3)) < 1e-14)
    }

    @Test func determinantsIncludingPivotSign() throws {
        #expect(try Matrix([[1, 2], [3, 4]]).determinant() == -2)
        // A row interchange must flip the sign.
        #expect(try Matrix([[0, 1], [1, 0]]).determinant() == -1)
        #expect(try Matrix([[0, 1, 0], [0, 0, 1], [1, 0, 0]]).determinant() == 1)
        #expect(try Matrix.diagonal([2, 3, 4]).determinant() == 24)
        #expect(abs(try Matrix([[6, 1, 1], [4, -2, 5], [2, 8, 7]]).determinant() - -306) < 1e-12)
        #expect(try Matrix([[1, 2], [2, 4]]).determinant() == 0)
    }

    @Test func reciprocalConditionNumberInTheOneNorm() throws {
        #expect(try Matrix.identity(4).reciprocalConditionNumber() == 1)
        // ‖A‖₁ = 2, ‖A⁻¹‖₁ = 2.
        #expect(abs(try Matrix.diagonal([2, 0.5]).reciprocalConditionNumber() - 0.25) < 1e-15)
        #expect(try Matrix([[1, 2], [2, 4]]).reciprocalConditionNumber() == 0)
        #expect(try hilbert(13).reciprocalConditionNumber() < Double.ulpOfOne)
    }

    @Test func singularMatricesAreRefusedWithThePivot() {
        let s = Matrix([[1, 2], [2, 4]])
        #expect(throws: LinearAlgebraError.singular(pivot: 2)) { try s.solve([1, 2]) }
        #expect(throws: LinearAlgebraError.singular(pivot: 2)) { try s.inverse() }
        #expect(throws: LinearAlgebraError.singular(pivot: 1)) { try Matrix(rows: 3, columns: 3).inverse() }
    }

    @Test func illConditionedMatricesAreRefused() {
        let h = hilbert(13)
        expectLinearAlgebraError({ try h.inverse() }, matches: isIllConditioned)
        expectLinearAlgebraError({ try h.solve([Double](repeating: 1, count: 13)) }, matches: isIllConditioned)
    }

    @Test func nonFiniteInputIsRefusedEverywhere() {
        for bad in poisoned(a, at: 1, 2) {
            expectLinearAlgebraError({ try bad.solve([1, 1, 1]) }, matches: isNonFinite)
            expectLinearAlgebraError({ try bad.inverse() }, matches: isNonFinite)
            expectLinearAlgebraError({ try bad.determinant() }, matches: isNonFinite)
            expectLinearAlgebraError({ try bad.reciprocalConditionNumber() }, matches: isNonFinite)
        }
        for bad in [Double.nan, .infinity, -.infinity] {
            expectLinearAlgebraError({ try a.solve([1, bad, 1]) }, matches: isNonFinite)
        }
    }

    @Test func mismatchedShapesAreRefused() {
        let wide = Matrix(rows: 2, columns: 3, repeating: 1)
        expectLinearAlgebraError({ try wide.solve([1, 1]) }, matches: isDimensionMismatch)
        expectLinearAlgebraError({ try wide.inverse() }, matches: isDimensionMismatch)
        expectLinearAlgebraError({ try wide.determinant() }, matches: isDimensionMismatch)
        expectLinearAlgebraError({ try wide.reciprocalConditionNumber() }, matches: isDimensionMismatch)
        expectLinearAlgebraError({ try a.solve([1, 2]) }, matches: isDimensionMismatch)
        expectLinearAlgebraError({ try a.solve(Matrix(rows: 4, columns: 1)) }, matches: isDimensionMismatch)
    }

    @Test func errorsDescribeThemselves() {
        #expect(LinearAlgebraError.singular(pivot: 2).description == "matrix is singular (zero pivot at 2)")
        #expect(LinearAlgebraError.rankDeficient(rank: 1, required: 2).description == "matrix has rank 1, need 2")
        #expect(LinearAlgebraError.nonFiniteInput("dgesv right-hand side").description == "non-finite input: dgesv right-hand side")
    }
}
