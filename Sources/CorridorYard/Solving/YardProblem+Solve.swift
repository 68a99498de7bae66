// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

extension YardProblem {
    /// The cheapest storage plan: builds the model, solves it, reads the plan and explains each
    /// overflow with the rule that stops more of the flow from being placed.
    ///
    /// An outcome (an optimal plan, a plan stopped by a time limit, no plan yet) is a
    /// ``YardPlan``; with `max_blocks` or `min_teu_per_block` the model is a MIP and `options`'
    /// time limit and relative gap apply.
    ///
    /// - Throws: ``YardError`` for a bad value of the problem (before any solving),
    ///   `ModelError` or `SolverError` when the solver call itself fails.
    public func solve(
        options: SolveOptions = SolveOptions(), using solver: some LinearSolver = GLPKSolver()
    ) throws -> YardPlan {
        let clock = ContinuousClock()
        let started = clock.now
        try validate()
        let formulation = try YardFormulation(self, purpose: .plan)
        var options = options
        if formulation.model.isMixedInteger, options.startingSolution == nil {
            options.startingSolution = try MIPStart(problem: self, formulation: formulation)
                .values(options: options, solver: solver)
            // The time limit is for the whole solve: the start's time counts.
            options.timeLimit = options.timeLimit.map { max(.zero, $0 - (clock.now - started)) }
        }
        let solution = try Self.solve(formulation.model, options: options, solver: solver)
        var plan = formulation.plan(from: solution)
        var explaining = (formulation: formulation, duals: solution.duals)
        if formulation.model.isMixedInteger, solution.status.hasSolution {
            // The plan is the LP with the binaries fixed at the MIP's values: the same blocks,
            // without the round-off that lets a block "not used" (a binary at 1e-6) hold a few
            // kilograms; its duals explain the overflow.
            let used: [[Bool]?] = formulation.use.map { row in row.map { y in y.map { solution[$0] > 0.5 } ?? false } }
            let fixed = try YardFormulation(self, purpose: .plan, fixedUse: used)
            var lpOptions = SolveOptions(method: options.method == .interiorPoint ? .automatic : options.method)
            lpOptions.timeLimit = options.timeLimit.map { max(.seconds(10), $0 - (clock.now - started)) }
            let fixedSolution = try solver.solve(fixed.model, options: lpOptions)
            if fixedSolution.status == .optimal, let objective = fixedSolution.objective {
                var exact = fixed.plan(from: fixedSolution)
                exact.status = plan.status
                exact.bound = plan.bound.map { min($0, objective) }
                exact.objective = objective
                exact.gap = plan.status == .optimal ? 0 : exact.bound.map { abs(objective - $0) / max(abs(objective), 1e-9) }
                exact.model = plan.model
                exact.message = plan.message
                plan = exact
                explaining = (fixed, fixedSolution.duals)
            } else {
                explaining.duals = nil
            }
        }
        if !plan.overflow.isEmpty {
            let reasons = OverflowReasons(explaining.formulation, duals: explaining.duals, plan: plan)
            for (f, flow) in flows.enumerated() {
                for index in plan.overflow.indices where plan.overflow[index].flow == flow.id {
                    plan.overflow[index].reason = reasons.reason(forFlow: f)
                }
            }
        }
        plan.seconds = (clock.now - started).seconds
        return plan
    }

    /// Solves `model`; a starting solution that misses a row by round-off is dropped, and
    /// branch-and-cut finds its own.
    private static func solve(
        _ model: Model, options: SolveOptions, solver: some LinearSolver
    ) throws(SolverError) -> Solution {
        do {
            return try solver.solve(model, options: options)
        } catch {
            guard case .infeasibleStart = error else { throw error }
            var options = options
            options.startingSolution = nil
            return try solver.solve(model, options: options)
        }
    }
}
