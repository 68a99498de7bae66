// SPDX-License-Identifier: GPL-3.0-or-later
//
// package-benchmark suite: building models with Corridor's fast path, loading them into GLPK, and
// solving a transportation LP. Run from the repository root:
//
//     swift package --package-path Benchmarks --scratch-path .build-bench benchmark
//
// (`--target ModelBuilding`, `--filter 'Build\+load.*'`, `benchmark list` work as usual.)
//
// The figures of the closing note (ratios to C and PuLP) come from `Benchmarks/run-figures.sh`.

import Benchmark
import CorridorBenchModels
import CorridorLP

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal, .throughput],
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 100
    )

    for nonzeros in [10_000, 100_000, 1_000_000] {
        let data = TransportationData.sized(nonzeros: nonzeros)
        let size = nonzeros >= 1_000_000 ? "\(nonzeros / 1_000_000)M" : "\(nonzeros / 1000)k"
        let label = "\(size) nonzeros (\(data.supplies)x\(data.markets))"
        let iterations = nonzeros >= 1_000_000 ? 10 : 100

        // The Swift side alone: variables, objective, rows into the model's compact arrays.
        Benchmark(
            "Build \(label)",
            configuration: .init(maxIterations: iterations)
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try data.buildModel())
            }
        }

        // Build, then load into a fresh glp_prob (and free it): what every solve pays first.
        Benchmark(
            "Build+load \(label)",
            configuration: .init(maxIterations: iterations)
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                let model = try data.buildModel()
                try GLPKSolver().load(model)
                blackHole(model)
            }
        }

        // Loading alone, from a model built once outside the measurement.
        Benchmark(
            "Load \(label)",
            configuration: .init(maxIterations: iterations)
        ) { benchmark in
            let model = try data.buildModel()
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                try GLPKSolver().load(model)
            }
            benchmark.stopMeasurement()
            blackHole(model)
        }
    }

    // A whole solve: transportation LP 200 supplies x 50 markets (10k arcs), dual simplex.
    let transport = TransportationData(supplies: 200, markets: 50)
    Benchmark(
        "Solve transportation LP 200x50",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
            maxDuration: .seconds(10), maxIterations: 20)
    ) { benchmark in
        let model = try transport.buildModel()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let solution = try GLPKSolver().solve(model, options: SolveOptions(method: .dualSimplex))
            precondition(solution.status == .optimal, "transportation LP: \(solution.status)")
            blackHole(solution)
        }
        benchmark.stopMeasurement()
    }
}
