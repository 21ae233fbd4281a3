// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "StereotaxKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "StereotaxKit", targets: ["StereotaxKit"]),
        .executable(name: "stereotax", targets: ["stereotax"]),
        .executable(name: "brainstem-export-generator", targets: ["brainstem-export-generator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System libraries: LAPACKE + CBLAS over OpenBLAS, zlib, and the compiler's prefetch hint.
        .systemLibrary(
            name: "CLAPACK",
            pkgConfig: "lapacke",
            providers: [.apt(["liblapacke-dev", "libopenblas-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(name: "CPrefetch"),  // header only: no library to install

        // Layers, bottom to top. Only StereotaxLinearAlgebra touches CLAPACK.
        .target(name: "StereotaxLinearAlgebra", dependencies: ["CLAPACK"]),
        .target(name: "StereotaxGeometry", dependencies: ["StereotaxLinearAlgebra"]),
        .target(name: "StereotaxJSON"),
        .target(name: "StereotaxCoordinates", dependencies: ["StereotaxGeometry", "StereotaxJSON"]),
        .target(name: "StereotaxFrames", dependencies: ["StereotaxGeometry", "StereotaxCoordinates"]),
        .target(
            name: "StereotaxAtlas",
            dependencies: [
                "StereotaxGeometry", "StereotaxFrames", "CZlib",
            ]
        ),
        .target(name: "StereotaxRecords", dependencies: ["StereotaxJSON", "StereotaxCoordinates", "StereotaxFrames"]),
        .target(
            name: "StereotaxPlanning",
            dependencies: ["StereotaxGeometry", "StereotaxCoordinates", "StereotaxFrames", "StereotaxAtlas", "StereotaxRecords", "CPrefetch"]
        ),
        .target(
            name: "StereotaxValidation",
            dependencies: ["StereotaxCoordinates", "StereotaxFrames", "StereotaxAtlas", "StereotaxRecords", "StereotaxPlanning"]
        ),
        .target(
            name: "StereotaxKit",
            dependencies: [
                "StereotaxLinearAlgebra", "StereotaxGeometry", "StereotaxJSON",
                "StereotaxCoordinates", "StereotaxFrames", "StereotaxAtlas", "StereotaxRecords",
                "StereotaxPlanning", "StereotaxValidation",
            ]
        ),
        .executableTarget(
            name: "stereotax",
            dependencies: [
                "StereotaxKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .executableTarget(
            name: "brainstem-export-generator",
            dependencies: [
                "StereotaxRecords",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets (not part of any product).
        .target(name: "StereotaxTestSupport", dependencies: ["StereotaxGeometry"], path: "Tests/StereotaxTestSupport"),
        .testTarget(name: "StereotaxFramesTests", dependencies: ["StereotaxFrames", "StereotaxCoordinates", "StereotaxJSON", "StereotaxTestSupport"]),
        .testTarget(name: "StereotaxJSONTests", dependencies: ["StereotaxJSON", "StereotaxTestSupport"]),
        .testTarget(name: "StereotaxValidationTests", dependencies: ["stereotax", "StereotaxTestSupport", "StereotaxValidation", "StereotaxRecords", "StereotaxAtlas", "StereotaxFrames", "StereotaxCoordinates", "StereotaxJSON", "StereotaxGeometry"]),
        .testTarget(name: "StereotaxPlanningTests", dependencies: ["StereotaxPlanning", "StereotaxAtlas", "StereotaxFrames", "StereotaxRecords", "StereotaxGeometry", "StereotaxCoordinates", "StereotaxTestSupport"]),
        .testTarget(name: "StereotaxGeometryTests", dependencies: ["StereotaxGeometry", "StereotaxTestSupport"]),
        .testTarget(name: "StereotaxAtlasTests", dependencies: ["StereotaxAtlas", "CZlib", "StereotaxTestSupport"]),
        .testTarget(name: "StereotaxLinearAlgebraTests", dependencies: ["StereotaxLinearAlgebra"]),
        .testTarget(name: "StereotaxCoordinatesTests", dependencies: ["StereotaxCoordinates", "StereotaxJSON", "StereotaxGeometry", "StereotaxTestSupport"]),
        .testTarget(name: "StereotaxCLITests", dependencies: ["stereotax", "StereotaxJSON", "StereotaxTestSupport"]),
        .testTarget(name: "StereotaxRecordsTests", dependencies: ["StereotaxRecords", "StereotaxFrames", "StereotaxTestSupport"]),
    ]
)
