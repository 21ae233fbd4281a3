import Testing
import StereotaxLinearAlgebra

@Suite struct DecompositionTests {
    @Test func singularValuesOfKnownMatrices() throws {
        // [[3, 2, 2], [2, 3, -2]] has σ = (5, 3).
        let a = Matrix([[3, 2, 2], [2, 3, -2]])
        let svd = try a.singularValueDecomposition()
        #expect(abs(svd.singularValues[0] - 5) < 1e-14 && abs(svd.singularValues[1] - 3) < 1e-14)
        #expect(svd.u.rows == 2 && svd.u.columns == 2 && svd.vt.rows == 2 && svd.vt.columns == 3)
        #expect(try svd.u.hasOrthonormalColumns())
        #expect(try svd.vt.transposed.hasOrthonormalColumns())
        let rebuilt = try svd.u.multiplied(by: .diagonal(svd.singularValues)).multiplied(by: svd.vt)
        #expect(rebuilt.maxAbsDifference(a) < 1e-14)
        // Descending order and absolute values of a signed diagonal.
        #expect(try Matrix.diagonal([-2, 3]).singularValueDecomposition().singularValues == [3, 2])
    }

    @Test func tallMatrixThinDecomposition() throws {
        let a = Matrix([[1, 0], [0, 1], [1, 1]])
        let svd = try a.singularValueDecomposition()
        #expect(svd.u.rows == 3 && svd.u.columns == 2)
        // AᵀA = [[2, 1], [1, 2]]: eigenvalues 3 and 1.
        #expect(abs(svd.singularValues[0] - 3.0.squareRoot()) < 1e-14 && abs(svd.singularValues[1] - 1) < 1e-14)
    }

    @Test func conditionNumberInTheTwoNorm() throws {
        #expect(try Matrix.diagonal([1, 1e-3]).conditionNumber() == 1000)
        #expect(abs(try Matrix([[3, 2, 2], [2, 3, -2]]).conditionNumber() - 5.0 / 3) < 1e-14)
        #expect(try Matrix([[1, 2], [2, 4]]).conditionNumber() > 1e15)
        #expect(try Matrix([[1, 0], [0, 0]]).conditionNumber() == .infinity)
    }

    @Test func symmetricEigenOfAKnownMatrix() throws {
        let a = Matrix([[2, 1], [1, 2]])
        let e = try a.symmetricEigen()
        #expect(abs(e.values[0] - 1) < 1e-14 && abs(e.values[1] - 3) < 1e-14)
        #expect(try e.vectors.hasOrthonormalColumns())
        // A v = λ v for each column; the λ = 3 vector is ±(1, 1)/√2.
        for k in 0..<2 {
            let v = e.vectors.column(k)
            let av = try a.multiplied(by: v)
            #expect(zip(av, v).allSatisfy { abs($0 - e.values[k] * $1) < 1e-14 })
        }
        #expect(abs(abs(e.vectors[0, 1]) - 0.5.squareRoot()) < 1e-14 && e.vectors[0, 1] * e.vectors[1, 1] > 0)
    }

    @Test func symmetricEigenUsesBothTrianglesAndRefusesAsymmetry() throws {
        let e = try Matrix([[4, 0, 0], [0, -1, 0], [0, 0, 2]]).symmetricEigen()
        #expect(e.values == [-1, 2, 4])
        expectLinearAlgebraError({ try Matrix([[1, 2], [0, 1]]).symmetricEigen() }) {
            if case .notSymmetric(let d) = $0 { return d == 2 }
            return false
        }
        // Rounding-level asymmetry is accepted.
        let nearly = Matrix([[1, 0.1], [0.1 + 1e-17, 1]])
        #expect(try nearly.symmetricEigen().values.count == 2)
    }

    @Test func badInputIsRefused() {
        for bad in poisoned(Matrix.identity(3), at: 0, 2) {
            expectLinearAlgebraError({ try bad.singularValueDecomposition() }, matches: isNonFinite)
            expectLinearAlgebraError({ try bad.conditionNumber() }, matches: isNonFinite)
            expectLinearAlgebraError({ try bad.symmetricEigen() }, matches: isNonFinite)
        }
        expectLinearAlgebraError({ try Matrix(rows: 2, columns: 3).symmetricEigen() }, matches: isDimensionMismatch)
    }
}
