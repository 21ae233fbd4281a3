// swift-tools-version: 6.1
// Benchmarks for StereotaxKit, kept out of the root package so that building
// or testing the library never resolves the benchmark toolchain.
//
//     swift package --package-path Benchmarks benchmark --target BatchAffine
//     STEREOTAX_ATLAS_PATH=/path/to/atlases Benchmarks/run-atlas-benchmarks.sh
//     STEREOTAX_ATLAS_PATH=/path/to/atlases swift package --package-path Benchmarks benchmark --target RecordValidation
import PackageDescription

let package = Package(
    name: "StereotaxKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(name: "StereotaxKit", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "BatchAffine",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "StereotaxKit", package: "StereotaxKit"),
            ],
            path: "Benchmarks/BatchAffine",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "TrajectoryPlanning",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "StereotaxKit", package: "StereotaxKit"),
            ],
            path: "Benchmarks/TrajectoryPlanning",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "AtlasLookup",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "StereotaxKit", package: "StereotaxKit"),
            ],
            path: "Benchmarks/AtlasLookup",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "AtlasOpen",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "StereotaxKit", package: "StereotaxKit"),
            ],
            path: "Benchmarks/AtlasOpen",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "RecordValidation",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "StereotaxKit", package: "StereotaxKit"),
            ],
            path: "Benchmarks/RecordValidation",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
