// SPDX-License-Identifier: GPL-3.0-or-later

/// Solves models with GLPK 5.0.
///
/// Each call makes its own GLPK problem object, solves it and frees it before returning, all on
/// the calling thread: GLPK objects belong to the thread that made them. Different threads may
/// solve at the same time (GLPK keeps its state per thread).
public struct GLPKSolver: LinearSolver {
    public init() {}

    public func solve(_ model: Model, options: SolveOptions) throws(SolverError) -> Solution {
        try options.check(for: model)
        let deadline = Deadline(options.timeLimit)
        let started = deadline.clock.now
        var solution =
            if model.columnCount == 0 {
                model.solveWithoutColumns()
            } else {
                try GLPKTerminal.capturing { terminal throws(SolverError) in
                    let problem = GLPKProblem()
                    try problem.load(model)
                    return try problem.solve(
                        options, start: options.startingSolution, deadline: deadline,
                        terminal: terminal)
                }
            }
        solution.seconds = (deadline.clock.now - started).seconds
        return solution
    }
}

extension GLPKSolver {
    /// Loads `model` into a GLPK problem object and frees it again, without solving: checks
    /// that GLPK takes the model, and measures what loading costs (the benchmarks use it).
    public func load(_ model: Model) throws(SolverError) {
        try GLPKTerminal.capturing { _ throws(SolverError) in
            let problem = GLPKProblem()
            try problem.load(model)
        }
    }
}

extension Model {
    /// A model without columns needs no solver (and GLPK refuses one): every row's activity is 0.
    func solveWithoutColumns() -> Solution {
        for (index, bounds) in rowBounds.enumerated() where !(bounds.lower...bounds.upper).contains(0) {
            return Solution(
                status: .infeasible,
                message: "\(name(of: Constraint(index: index))) has no variables and 0 is not \(bounds)")
        }
        return Solution(
            status: .optimal, objective: objectiveConstant, bound: objectiveConstant,
            rowActivities: Array(repeating: 0, count: rowCount),
            duals: Array(repeating: 0, count: rowCount), reducedCosts: [])
    }
}

extension SolveOptions {
    /// Checks every option against the model before any of it reaches GLPK.
    func check(for model: Model) throws(SolverError) {
        if !(relativeGap.isFinite && relativeGap >= 0) {
            throw .invalidOption(
                name: "relative gap", value: "\(relativeGap)",
                reason: "must be a finite number ≥ 0 — use 0 to prove optimality, 0.01 for 1 %")
        }
        if let seconds = timeLimitSeconds, seconds < 0 {
            throw .invalidOption(
                name: "time limit", value: "\(seconds) s",
                reason: "must not be negative — give seconds ≥ 0, or no limit")
        }
        if timeLimit != nil, method == .interiorPoint, !model.isMixedInteger {
            throw .invalidOption(
                name: "method", value: "interior",
                reason: "GLPK's interior point method cannot be stopped by a time limit"
                    + " — use the simplex method, or drop the time limit")
        }
        if let start = startingSolution {
            guard start.count == model.columnCount else {
                throw .invalidModel(
                    .wrongLength(
                        what: "starting solution", count: start.count, expected: model.columnCount))
            }
            if let violation = model.violation(of: start) {
                throw .infeasibleStart(reason: violation)
            }
        }
    }
}
