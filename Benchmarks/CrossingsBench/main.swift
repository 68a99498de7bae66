// SPDX-License-Identifier: GPL-3.0-or-later
//
// crossings-bench: times the crossings model's paths on week-scale scenarios, each including
// the model build, and writes the MIP as MPS for HiGHS.
//
//   swift build -c release --product crossings-bench
//   .build/release/crossings-bench FILE.yaml [--path network|mip|both] [--gap G] [--time-limit S] [--mps OUT.mps]
//   Benchmarks/crossings-figures.sh     # all figures of the report, HiGHS included

import CorridorCrossings
import CorridorLP
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
}
let pathChoice = option("--path") ?? "both"
let gap = option("--gap").flatMap(Double.init) ?? 0
let timeLimit = option("--time-limit").flatMap(Double.init)
let mps = option("--mps")
guard let file = arguments.first else {
    print("usage: crossings-bench FILE.yaml [--path network|mip|both] [--gap G] [--time-limit S] [--mps OUT.mps]")
    exit(2)
}

let clock = ContinuousClock()
let readStart = clock.now
let (name, problem) = try ScenarioReader.read(file)
print("\(name): read in \(String(format: "%.3f", (clock.now - readStart).seconds)) s,",
      "\(problem.checkpoints.count) checkpoints, \(problem.requests.count) requests,",
      "\(problem.requests.reduce(0) { $0 + $1.trucks }) trucks")

if let mps {
    let started = clock.now
    let path: CrossingsPath = (try? problem.model(for: .network)) != nil && pathChoice != "mip" ? .network : .mip
    var model = try problem.model(for: path)
    // MPS readers disagree on the sign of an objective constant: write none, print it instead.
    let constant = model.objectiveConstant
    try model.setObjectiveConstant(0)
    try model.write(to: mps, format: .freeMPS)
    print("wrote \(path.rawValue) model (\(model.rowCount) rows, \(model.columnCount) columns,",
          "\(model.integerColumnCount) integer) to \(mps) in \(String(format: "%.3f", (clock.now - started).seconds)) s;",
          "objective constant \(constant)")
    print("constant \(constant)")
    exit(0)
}

if arguments.contains("--phases") {
    for path in [CrossingsPath.network, .mip] {
        let started = clock.now
        guard let model = try? problem.model(for: path) else { continue }
        let built = clock.now
        print(String(format: "%@ model: build %.3f s, %d rows %d columns %d nonzeros", path.rawValue,
                     (built - started).seconds, model.rowCount, model.columnCount, model.nonzeroCount))
        guard !model.isMixedInteger else { continue }
        for method in [SolveOptions.Method.primalSimplex, .dualSimplex] {
            var options = SolveOptions(method: method)
            options.presolve = false
            let solved = clock.now
            let solution = try GLPKSolver().solve(model, options: options)
            print(String(format: "  %@ simplex without presolve: %.3f s, %@ %.6f", method.rawValue,
                         (clock.now - solved).seconds, solution.status.rawValue, solution.objective ?? .nan))
        }
    }
}

let runs: [(CrossingsOptions.Method, String, CrossingsOptions.NetworkAlgorithm, SolveOptions.Method)] =
    switch pathChoice {
    case "network": [(.network, "network (out-of-kilter)", .outOfKilter, .primalSimplex),
                     (.network, "network (primal simplex)", .simplex, .primalSimplex),
                     (.network, "network (dual simplex)", .simplex, .dualSimplex)]
    case "mip": [(.mip, "mip", .outOfKilter, .primalSimplex)]
    case "none": []
    default: [(.network, "network (out-of-kilter)", .outOfKilter, .primalSimplex), (.mip, "mip", .outOfKilter, .primalSimplex)]
    }
for (method, label, algorithm, lpMethod) in runs {
    let started = clock.now
    do {
        let plan = try problem.solve(
            CrossingsOptions(method: method, timeLimit: timeLimit.map { Duration.timeLimit(seconds: $0) ?? .seconds(1e9) }, relativeGap: gap,
                             lpMethod: lpMethod, networkAlgorithm: algorithm))
        let seconds = (clock.now - started).seconds
        print(String(
            format: "%@ path: %@ objective %.6f bound %.6f gap %.2e unserved %d — %.3f s (model %d rows, %d columns, %d integer)",
            label, plan.status.rawValue, plan.objective ?? .nan, plan.bound ?? .nan,
            plan.gap ?? .nan, plan.unservedTrucks, seconds, plan.model.rows, plan.model.columns,
            plan.model.integerColumns))
    } catch {
        print("\(label) path: \(error)")
    }
}
