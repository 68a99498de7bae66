// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP
public import CorridorScenario

/// `kind: crossings`: which checkpoint and which slot for each booked group of trucks (see
/// `docs/crossings.md`). Decodes a scenario into a ``CrossingsProblem`` with every problem
/// located, solves it by the network path or the MIP, and writes the plan, KPIs, CSV tables and a
/// chart per checkpoint.
public enum CrossingsKind: ScenarioKind {
    public static let name = "crossings"
    public static let needsHorizon = true

    /// The problem, the horizon (to write times as ISO-8601) and the path `solver.method` asks for.
    public struct Input: Sendable {
        public var problem: CrossingsProblem
        public var horizon: Horizon
        public var method: CrossingsOptions.Method

        public init(problem: CrossingsProblem, horizon: Horizon, method: CrossingsOptions.Method = .automatic) {
            self.problem = problem
            self.horizon = horizon
            self.method = method
        }
    }

    public static func solve(
        _ input: Input, settings: SolverSettings, using solver: some LinearSolver
    ) throws(SolverError) -> KindResult<Plan> {
        let options = CrossingsOptions(
            method: input.method, timeLimit: settings.timeLimit, relativeGap: settings.mipGap)
        let plan: CrossingsPlan
        do {
            plan = try input.problem.solve(options, using: solver)
        } catch {
            switch error {
            case .solver(let failure): throw failure
            case .input, .networkNotApplicable: throw .solverFailure(error.description)
            }
        }
        let status = ResultStatus(plan.status)
        return KindResult(
            status: status, objective: plan.objective, bound: plan.bound, gap: plan.gap,
            seconds: plan.seconds,
            model: ModelStats(
                rows: plan.model.rows, columns: plan.model.columns, nonzeros: plan.model.nonzeros,
                integerColumns: plan.model.integerColumns),
            plan: plan.status.hasSolution ? Plan(plan: plan, problem: input.problem, horizon: input.horizon) : nil,
            message: ResultStatus.message(for: plan.status, solverMessage: plan.message))
    }

    public static func mathProgData(_ input: Input) -> String? {
        try? input.problem.mathProgData()
    }
}
