// swift-tools-version: 6.0
// Corridor — planning the bottlenecks of the China–Kazakhstan–Europe corridor with GLPK.
// SPDX-License-Identifier: GPL-3.0-or-later

import PackageDescription

/// One set of Swift settings for every target: Swift 6 language mode (strict concurrency is its
/// default) plus the upcoming features that make the code base read the same everywhere.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

// Who may import whom is the architecture: GLPK only through CorridorLP's GLPK/ folder, models
// on the modeling layer and the scenario seam only, the batch runner beside them, never below.
let package = Package(
    name: "Corridor",
    products: [
        .library(name: "CorridorLP", targets: ["CorridorLP"]),
        .library(name: "CorridorScenario", targets: ["CorridorScenario"]),
        .library(name: "CorridorBatch", targets: ["CorridorBatch"]),
        .library(name: "CorridorBerth", targets: ["CorridorBerth"]),
        .library(name: "CorridorYard", targets: ["CorridorYard"]),
        .library(name: "CorridorCrossings", targets: ["CorridorCrossings"]),
        .library(name: "CorridorKit", targets: ["CorridorKit"]),
        .executable(name: "corridor", targets: ["corridor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
        // `make docs`: the API documentation (DocC), with the programs in Snippets/.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // GLPK 5.0 as Debian ships it (no pkg-config file): headers and library on default paths.
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // The setjmp guard around GLPK calls: C only, so no Swift frame sits between a setjmp and
        // the GLPK call that may longjmp back to it.
        .target(
            name: "CGLPKShim",
            dependencies: ["CGLPK"]
        ),
        // Small helpers every layer shares (atomic files, standard error, CSV and number text),
        // visible to this package's modules only (`package` access).
        .target(
            name: "CorridorSupport",
            swiftSettings: swiftSettings
        ),
        // The linear modeling layer and the GLPK backend: the only code that calls GLPK (from
        // its GLPK/ folder).
        .target(
            name: "CorridorLP",
            dependencies: [
                "CGLPK",
                "CGLPKShim",
                "CorridorSupport",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Scenario files: reading, diagnostics, the kind protocol and its registry, results,
        // charts, and the `lp` kind.
        .target(
            name: "CorridorScenario",
            dependencies: [
                "CorridorLP",
                "CorridorSupport",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            swiftSettings: swiftSettings
        ),
        // Many scenarios: the batch runner and its workers, summaries, sweeps and shards.
        .target(
            name: "CorridorBatch",
            dependencies: [
                "CorridorLP",
                "CorridorScenario",
                "CorridorSupport",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        // Berth allocation: which berth, and when, for each vessel call (kind `berth`).
        .target(
            name: "CorridorBerth",
            dependencies: ["CorridorLP", "CorridorScenario"],
            swiftSettings: swiftSettings
        ),
        // Container-yard allocation: which blocks store each container flow (kind `yard`).
        .target(
            name: "CorridorYard",
            dependencies: ["CorridorLP", "CorridorScenario"],
            swiftSettings: swiftSettings
        ),
        // The truck-crossings model: checkpoints, slots, daily caps, lanes.
        .target(
            name: "CorridorCrossings",
            dependencies: ["CorridorLP", "CorridorScenario"],
            swiftSettings: swiftSettings
        ),
        // The umbrella a program imports: every module a planner's program needs, and the
        // registry of the kinds `corridor` knows.
        .target(
            name: "CorridorKit",
            dependencies: [
                "CorridorLP",
                "CorridorScenario",
                "CorridorBerth",
                "CorridorYard",
                "CorridorCrossings",
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "corridor",
            dependencies: [
                "CorridorKit",
                "CorridorLP",
                "CorridorScenario",
                "CorridorBatch",
                "CorridorSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Times the crossings model on week-scale scenarios (Benchmarks/crossings-figures.sh).
        .executableTarget(
            name: "crossings-bench",
            dependencies: ["CorridorCrossings", "CorridorLP", "CorridorScenario"],
            path: "Benchmarks/CrossingsBench",
            swiftSettings: swiftSettings
        ),
        // What the test targets share: temporary folders, a seeded generator, running processes.
        .target(
            name: "CorridorTestSupport",
            path: "Tests/CorridorTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorLPTests",
            dependencies: ["CorridorLP", "CorridorTestSupport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorCrossingsTests",
            dependencies: ["CorridorCrossings", "CorridorLP", "CorridorScenario", "CorridorTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorScenarioTests",
            dependencies: ["CorridorScenario", "CorridorLP", "CorridorSupport", "CorridorTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorBatchTests",
            dependencies: ["CorridorBatch", "CorridorScenario", "CorridorLP", "CorridorSupport", "CorridorTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorBerthTests",
            dependencies: ["CorridorBerth", "CorridorLP", "CorridorScenario", "CorridorKit", "CorridorTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorYardTests",
            dependencies: ["CorridorYard", "CorridorLP", "CorridorScenario", "CorridorTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorCLITests",
            dependencies: ["corridor", "CorridorTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
    ]
)
