/// A dense matrix of `Double` in column-major order, the layout LAPACK and
/// BLAS expect. Element (i, j) lives at `storage[i + j * rows]`.
public struct Matrix: Hashable, Sendable, CustomStringConvertible {
    public let rows: Int
    public let columns: Int
    /// Column-major elements, `rows * columns` of them.
    public var storage: [Double]

    /// A matrix of `rows` × `columns` filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        self.storage = Array(repeating: value, count: rows * columns)
    }

    /// A matrix from column-major storage.
    public init(rows: Int, columns: Int, columnMajor: [Double]) {
        precondition(columnMajor.count == rows * columns, "storage has \(columnMajor.count) elements, expected \(rows * columns)")
        self.rows = rows
        self.columns = columns
        self.storage = columnMajor
    }

    /// A matrix from rows written as nested arrays, as one writes it on paper.
    public init(_ rowArrays: [[Double]]) {
        let r = rowArrays.count
        let c = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == c }, "all rows must have the same length")
        var s = [Double](repeating: 0, count: r * c)
        for i in 0..<r { for j in 0..<c { s[i + j * r] = rowArrays[i][j] } }
        self.init(rows: r, columns: c, columnMajor: s)
    }

    /// The n × n identity.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m[i, i] = 1 }
        return m
    }

    /// A diagonal matrix.
    public static func diagonal(_ d: [Double]) -> Matrix {
        var m = Matrix(rows: d.count, columns: d.count)
        for i in d.indices { m[i, i] = d[i] }
        return m
    }

    @inlinable public subscript(i: Int, j: Int) -> Double {
        get { storage[i + j * rows] }
        set { storage[i + j * rows] = newValue }
    }

    public var isSquare: Bool { rows == columns }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] { Array(storage[(j * rows)..<((j + 1) * rows)]) }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] { (0..<columns).map { self[i, $0] } }

    /// Rows as nested arrays.
    public var rowArrays: [[Double]] { (0..<rows).map(row) }

    /// The transpose.
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for j in 0..<columns { for i in 0..<rows { t[j, i] = self[i, j] } }
        return t
    }

    /// Whether every element is finite.
    public var isFinite: Bool { storage.allSatisfy { $0.isFinite } }

    /// The largest absolute difference to `other` (same shape).
    public func maxAbsDifference(_ other: Matrix) -> Double {
        precondition(rows == other.rows && columns == other.columns)
        return zip(storage, other.storage).reduce(0) { max($0, abs($1.0 - $1.1)) }
    }

    public var description: String {
        rowArrays.map { $0.map { String($0) }.joined(separator: "  ") }.joined(separator: "\n")
    }
}
