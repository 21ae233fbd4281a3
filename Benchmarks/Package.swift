// swift-tools-version: 6.1
// Benchmarks for StereotaxKit, kept out of the root package so that building
// or testing the library never resolves the benchmark toolchain.
//
//     swift package --package-path Benchmarks benchmark --target BatchAffine
//     STEREOTAX_ATLAS_PATH=/path/to/atlases Benchmarks/run-atlas-benchmarks.sh
//     STEREOTAX_ATLAS_PATH=/path/to/atlases swift package --package-path Benchmarks benchmark --target RecordValidation
import PackageDescription

/// One benchmark executable: `Benchmarks/<name>`, the harness and the library.
func benchmark(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            .product(name: "Benchmark", package: "benchmark"),
            .product(name: "StereotaxKit", package: "StereotaxKit"),
        ],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "StereotaxKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(name: "StereotaxKit", path: ".."),
    ],
    targets: ["BatchAffine", "TrajectoryPlanning", "AtlasLookup", "AtlasOpen", "RecordValidation"].map(benchmark)
)
