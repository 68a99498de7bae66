// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorLP
import Foundation
import Logging

/// The solver options shared by every command that solves.
struct SolverOptions: ParsableArguments {
    @Option(name: .long, help: "Wall-clock limit in seconds; the best solution found is kept.")
    var timeLimit: Double?

    @Option(name: .long, help: "LP method (the dual simplex falls back to the primal where it fails).")
    var method: SolveOptions.Method = .automatic

    @Flag(name: .long, help: "Use GLPK's presolver (LP and MIP).")
    var presolve = false

    @Option(name: .long, help: "Relative MIP gap at which branch-and-cut may stop, e.g. 0.01.")
    var gap: Double = 0

    @Option(name: .long, help: "MIP cuts: all, none, or a list of gomory, mir, cover, clique.")
    var cuts: String = "all"

    @Flag(
        name: .customLong("feasibility-pump"), inversion: .prefixedNo,
        help: "Run GLPK's feasibility pump heuristic (MIP).")
    var feasibilityPump = true

    @Flag(name: .long, help: "Run GLPK's proximity search heuristic (MIP).")
    var proximitySearch = false

    @Option(name: .long, help: "MIP branching rule.")
    var branching: GLPKOptions.Branching = .hybridPseudocost

    @Flag(name: .long, help: "Show GLPK's log on standard error.")
    var verbose = false

    func validate() throws {
        if let timeLimit, !(timeLimit.isFinite && timeLimit >= 0) {
            throw ValidationError("--time-limit must be a number of seconds ≥ 0, not \(timeLimit)")
        }
        if !(gap.isFinite && gap >= 0) {
            throw ValidationError("--gap must be a number ≥ 0 (0.01 means 1 %), not \(gap)")
        }
        _ = try parsedCuts()
    }

    /// `--cuts` as GLPK's cut classes.
    func parsedCuts() throws -> GLPKOptions.Cuts {
        switch cuts {
        case "all": return .all
        case "none": return []
        default:
            var selected: GLPKOptions.Cuts = []
            for name in cuts.split(separator: ",") {
                switch name.trimmingCharacters(in: .whitespaces) {
                case "gomory": selected.insert(.gomory)
                case "mir": selected.insert(.mixedIntegerRounding)
                case "cover": selected.insert(.cover)
                case "clique": selected.insert(.clique)
                default:
                    throw ValidationError(
                        "--cuts: no cut class \"\(name)\" — use all, none, or gomory, mir, cover, clique")
                }
            }
            return selected
        }
    }

    var solveOptions: SolveOptions {
        if verbose { Self.showGLPKLog() }
        return SolveOptions(
            method: method, presolve: presolve,
            timeLimit: timeLimit.flatMap(Duration.timeLimit(seconds:)),
            relativeGap: gap, verbose: verbose,
            glpk: GLPKOptions(
                cuts: (try? parsedCuts()) ?? .all, feasibilityPump: feasibilityPump,
                proximitySearch: proximitySearch, branching: branching))
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

