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

let package = Package(
    name: "Corridor",
    products: [
        .library(name: "CorridorLP", targets: ["CorridorLP"]),
        .library(name: "CorridorScenario", targets: ["CorridorScenario"]),
        .executable(name: "corridor", targets: ["corridor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
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
        // The linear modeling layer and the GLPK backend: the only code that calls GLPK.
        .target(
            name: "CorridorLP",
            dependencies: [
                "CGLPK",
                "CGLPKShim",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Scenario files, validation, the registry of kinds, results and batch solving.
        .target(
            name: "CorridorScenario",
            dependencies: [
                "CorridorLP",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "corridor",
            dependencies: [
                "CorridorLP",
                "CorridorScenario",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorLPTests",
            dependencies: ["CorridorLP", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorScenarioTests",
            dependencies: ["CorridorScenario", "CorridorLP"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorridorCLITests",
            dependencies: ["corridor"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
    ]
)

package.products.append(.library(name: "CorridorBerth", targets: ["CorridorBerth"]))
package.targets.append(contentsOf: [
    // Berth allocation: which berth, and when, for each vessel call (issue 8).
    .target(name: "CorridorBerth", dependencies: ["CorridorLP"], swiftSettings: swiftSettings),
    .testTarget(
        name: "CorridorBerthTests", dependencies: ["CorridorBerth", "CorridorLP"],
        swiftSettings: swiftSettings),
])
