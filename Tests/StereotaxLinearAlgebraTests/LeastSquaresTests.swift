import Testing
import StereotaxLinearAlgebra

@Suite struct LeastSquaresTests {
    /// Design matrix [1, x] for a straight-line fit.
    func line(_ xs: [Double]) -> Matrix { Matrix(xs.map { [1, $0] }) }

    @Test func exactOverdeterminedSystem() throws {
        let r = try line([0, 1, 2, 3]).leastSquares(Matrix([[1], [3], [5], [7]]))
        #expect(r.rank == 2)
        #expect(r.solution.maxAbsDifference(Matrix([[1], [2]])) < 1e-14)
    }

    @Test func inconsistentSystemGivesTheNormalEquationsSolution() throws {
        // AᵀA = [[3, 3], [3, 5]], Aᵀy = (7, 10) ⇒ (5/6, 3/2).
        let r = try line([0, 1, 2]).leastSquares(Matrix([[1], [2], [4]]))
        #expect(r.solution.maxAbsDifference(Matrix([[5.0 / 6], [1.5]])) < 1e-14)
        #expect(r.singularValues.count == 2 && r.singularValues[0] > r.singularValues[1])
    }

    @Test func rankDeficientGivesTheMinimumNormSolutionAndRank() throws {
        let r = try Matrix([[1, 1], [1, 1], [1, 1]]).leastSquares(Matrix([[2], [2], [2]]))
        #expect(r.rank == 1)
        #expect(r.solution.maxAbsDifference(Matrix([[1], [1]])) < 1e-14)
        #expect(abs(r.singularValues[1]) < 1e-15)
    }

    @Test func underdeterminedGivesTheMinimumNormSolution() throws {
        let r = try Matrix([[1, 1]]).leastSquares(Matrix([[2]]))
        #expect(r.rank == 1)
        #expect(r.solution.maxAbsDifference(Matrix([[1], [1]])) < 1e-14)
    }

    @Test func rcondSetsTheEffectiveRank() throws {
        let a = Matrix([[1, 0], [0, 1e-8], [0, 0]])
        #expect(try a.leastSquares(Matrix([[1], [1], [0]])).rank == 2)
        let cut = try a.leastSquares(Matrix([[1], [1], [0]]), rcond: 1e-6)
        #expect(cut.rank == 1)
        #expect(cut.solution.maxAbsDifference(Matrix([[1], [0]])) < 1e-15)
    }

    @Test func fullRankVariantRefusesRankDeficiency() throws {
        #expect(throws: LinearAlgebraError.rankDeficient(rank: 1, required: 2)) {
            try Matrix([[1, 1], [1, 1], [1, 1]]).fullRankLeastSquares(Matrix([[2], [2], [2]]))
        }
        let ok = try line([0, 1, 2, 3]).fullRankLeastSquares(Matrix([[1], [3], [5], [7]]))
        #expect(ok.solution.maxAbsDifference(Matrix([[1], [2]])) < 1e-14)
    }

    @Test func badInputIsRefused() {
        let a = line([0, 1, 2])
        expectLinearAlgebraError({ try a.leastSquares(Matrix(rows: 2, columns: 1)) }, matches: isDimensionMismatch)
        for bad in poisoned(a, at: 2, 1) {
            expectLinearAlgebraError({ try bad.leastSquares(Matrix(rows: 3, columns: 1)) }, matches: isNonFinite)
        }
        for bad in poisoned(Matrix(rows: 3, columns: 1), at: 0, 0) {
            expectLinearAlgebraError({ try a.leastSquares(bad) }, matches: isNonFinite)
        }
    }
}
