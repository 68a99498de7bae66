// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorLP
import Logging

/// The solver options shared by every command that solves.
struct SolverOptions: ParsableArguments {
    @Option(name: .long, help: "Wall-clock limit in seconds; the best solution found is kept.")
    var timeLimit: Double?

    @Option(name: .long, help: "LP method: auto, primal, dual or interior.")
    var method: SolveOptions.Method = .automatic

    @Flag(name: .long, help: "Use GLPK's presolver (LP and MIP).")
    var presolve = false

    @Option(name: .long, help: "Relative MIP gap at which branch-and-cut may stop, e.g. 0.01.")
    var gap: Double = 0

    @Flag(name: .long, help: "Show GLPK's log on standard error.")
    var verbose = false

    func validate() throws {
        if let timeLimit, !(timeLimit.isFinite && timeLimit >= 0) {
            throw ValidationError("--time-limit must be a number of seconds ≥ 0, not \(timeLimit)")
        }
        if !(gap.isFinite && gap >= 0) {
            throw ValidationError("--gap must be a number ≥ 0 (0.01 means 1 %), not \(gap)")
        }
    }

    var solveOptions: SolveOptions {
        if verbose { Self.showGLPKLog() }
        return SolveOptions(
            method: method, presolve: presolve,
            timeLimit: timeLimit.flatMap(Duration.timeLimit(seconds:)),
            relativeGap: gap, verbose: verbose)
    }

    /// GLPK's terminal output is logged at `debug` under `corridor.glpk`; show it on stderr.
    private static func showGLPKLog() {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .debug
            return handler
        }
    }
}

