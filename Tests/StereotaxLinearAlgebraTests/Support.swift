import Testing
import StereotaxLinearAlgebra

/// Runs `body`, expecting a `LinearAlgebraError` that `matches` accepts.
func expectLinearAlgebraError(
    _ body: () throws -> Any, sourceLocation: SourceLocation = #_sourceLocation,
    matches: (LinearAlgebraError) -> Bool
) {
    do {
        let value = try body()
        Issue.record("expected a LinearAlgebraError, got \(value)", sourceLocation: sourceLocation)
    } catch let error as LinearAlgebraError {
        #expect(matches(error), "unexpected error: \(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected a LinearAlgebraError, got \(error)", sourceLocation: sourceLocation)
    }
}

func isNonFinite(_ e: LinearAlgebraError) -> Bool { if case .nonFiniteInput = e { return true }; return false }
func isDimensionMismatch(_ e: LinearAlgebraError) -> Bool { if case .dimensionMismatch = e { return true }; return false }
func isIllConditioned(_ e: LinearAlgebraError) -> Bool { if case .illConditioned = e { return true }; return false }

/// The n × n Hilbert matrix 1/(i + j + 1): famously ill-conditioned (κ ≈ 10¹⁸ at n = 13).
func hilbert(_ n: Int) -> Matrix {
    Matrix((0..<n).map { i in (0..<n).map { j in 1 / Double(i + j + 1) } })
}

/// Matrices carrying a NaN, +∞ or −∞ in the given position of an otherwise good matrix.
func poisoned(_ m: Matrix, at i: Int, _ j: Int) -> [Matrix] {
    [Double.nan, .infinity, -.infinity].map { bad in
        var p = m
        p[i, j] = bad
        return p
    }
}

extension Matrix {
    /// Whether the columns are orthonormal to within `tolerance`.
    func hasOrthonormalColumns(tolerance: Double = 1e-12) throws -> Bool {
        try transposed.multiplied(by: self).maxAbsDifference(.identity(columns)) <= tolerance
    }
}
