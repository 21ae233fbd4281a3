// Minimal writer of NumPy's .npy format (version 1.0), enough for the shared
// benchmark files: little-endian float64 or int64 arrays in C order.

import Foundation

enum NPYFile {
    /// Writes `values` as an array of `shape` (C order) to `url`, atomically.
    static func write(_ values: [Double], shape: [Int], to url: URL) throws {
        try write(descriptor: "<f8", shape: shape, count: values.count, to: url) { data in
            values.withUnsafeBytes { data.append(contentsOf: $0) }
        }
    }

    /// Writes `values` as an int64 array of `shape` (C order) to `url`, atomically.
    static func write(_ values: [Int64], shape: [Int], to url: URL) throws {
        try write(descriptor: "<i8", shape: shape, count: values.count, to: url) { data in
            values.withUnsafeBytes { data.append(contentsOf: $0) }
        }
    }

    private static func write(descriptor: String, shape: [Int], count: Int, to url: URL,
                              body: (inout Data) -> Void) throws {
        precondition(shape.reduce(1, *) == count, "shape \(shape) does not hold \(count) values")
        precondition(UInt16(littleEndian: 1) == 1, "the .npy writer assumes a little-endian machine")
        let shapeText = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var header = "{'descr': '\(descriptor)', 'fortran_order': False, 'shape': \(shapeText), }"
        // Magic (6) + version (2) + header length (2) + header, padded with spaces
        // and ended by a newline so the data starts on a 64-byte boundary.
        let unpadded = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        var data = Data([0x93] + Array("NUMPY".utf8) + [1, 0])
        let length = UInt16(header.utf8.count)
        data.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8)])
        data.append(contentsOf: Array(header.utf8))
        body(&data)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
    }
}
