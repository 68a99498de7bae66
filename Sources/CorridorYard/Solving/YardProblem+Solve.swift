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
        if !plan.overflow.isEmpty {
            let reasons = try overflowReasons(
                formulation, solution, plan: plan, options: options, solver: solver)
            for index in plan.overflow.indices {
                plan.overflow[index].reason = reasons[plan.overflow[index].flow] ?? .capacity
            }
        }
        plan.seconds = (clock.now - started).seconds
        return plan
    }

    /// The reason of each overflowing flow, by flow id. For a MIP the duals come from the LP
    /// with its binaries fixed at the plan's values.
    private func overflowReasons(
        _ formulation: YardFormulation, _ solution: Solution, plan: YardPlan,
        options: SolveOptions, solver: some LinearSolver
    ) throws -> [String: YardOverflowReason] {
        var explaining = formulation
        var duals = solution.duals
        if formulation.model.isMixedInteger {
            let used: [[Bool]?] = formulation.use.map { row in row.map { y in y.map { solution[$0] > 0.5 } ?? false } }
            explaining = try YardFormulation(self, purpose: .plan, fixedUse: used)
            var lpOptions = SolveOptions(method: options.method == .interiorPoint ? .automatic : options.method)
            lpOptions.timeLimit = options.timeLimit
            let fixed = try solver.solve(explaining.model, options: lpOptions)
            duals = fixed.status == .optimal ? fixed.duals : nil
        }
        let reasons = OverflowReasons(explaining, duals: duals, plan: plan)
        var byFlow: [String: YardOverflowReason] = [:]
        for (f, flow) in flows.enumerated() where plan.overflow.contains(where: { $0.flow == flow.id }) {
            byFlow[flow.id] = reasons.reason(forFlow: f)
        }
        return byFlow
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
