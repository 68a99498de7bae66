// swift-tools-version: 6.1
// Corridor benchmarks: a nested package, so `swift build` at the repository root never compiles it.
// SPDX-License-Identifier: GPL-3.0-or-later
//
//   swift package --package-path Benchmarks --scratch-path .build-bench benchmark   # the suite
//   Benchmarks/run-figures.sh                                                       # the figures

import PackageDescription

/// The main package is `..`; SwiftPM names a path dependency after its folder (lower-cased), which
/// is `main` here but whatever a clone is called elsewhere.
let corridor = String(
    Context.packageDirectory.split(separator: "/").dropLast().last ?? "main"
).lowercased()

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "CorridorBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        // Only the MallocInterposer trait: the default trait set also enables
        // "RuntimeInterposer", whose package (ordo-one/swift-runtime-interposer) is not available
        // on these machines.
        .package(
            url: "https://github.com/ordo-one/benchmark.git", exact: "1.38.1",
            traits: ["MallocInterposer"]),
    ],
    targets: [
        // The models every benchmark builds, shared by the suite and the figures program.
        .target(
            name: "CorridorBenchModels",
            dependencies: ["CBenchSupport", .product(name: "CorridorLP", package: corridor)],
            swiftSettings: swiftSettings
        ),
        // glibc's mallinfo2 (not exported by Swift's Glibc module), for the leak check.
        .target(name: "CBenchSupport"),
        // package-benchmark suite: `swift package benchmark` finds it under Benchmarks/.
        .executableTarget(
            name: "ModelBuilding",
            dependencies: [
                "CorridorBenchModels",
                .product(name: "CorridorLP", package: corridor),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ModelBuilding",
            swiftSettings: swiftSettings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The figures of the closing note: build+load seconds, peak memory, ratios to C and PuLP.
        .executableTarget(
            name: "corridor-figures",
            dependencies: [
                "CorridorBenchModels",
                .product(name: "CorridorLP", package: corridor),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
