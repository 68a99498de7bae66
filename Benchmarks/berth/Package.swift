// swift-tools-version: 6.0
// The berth benchmark: solves folders of DBAP text instances with Corridor's berth model (and,
// optionally, HiGHS on the plain time-indexed MIP) and prints a table and a CSV.
// A nested package of its own, depending on the main package by path, so neither the root build
// nor the package-benchmark suite next door compiles it.
// SPDX-License-Identifier: GPL-3.0-or-later
//
//   swift build -c release --package-path Benchmarks/berth --scratch-path .build-berth-bench
//   .build-berth-bench/release/berth-benchmark --help

import PackageDescription

/// SwiftPM names a path dependency after its folder (lower-cased).
let corridor = String(
    Context.packageDirectory.split(separator: "/").dropLast(2).last ?? "main"
).lowercased()

let package = Package(
    name: "CorridorBerthBenchmark",
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "berth-benchmark",
            dependencies: [
                .product(name: "CorridorBerth", package: corridor),
                .product(name: "CorridorLP", package: corridor),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)
