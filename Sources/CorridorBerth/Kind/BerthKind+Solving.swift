// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP
public import CorridorScenario

extension BerthKind {
    public static func solve(
        _ input: Input, settings: SolverSettings, using solver: some LinearSolver
    ) throws(SolverError) -> KindResult<Plan> {
        let options = BerthSolveOptions(timeLimit: settings.timeLimit, relativeGap: settings.mipGap)
        let result: BerthResult
        do {
            result = try input.problem.solve(options: options, using: solver)
        } catch {
            switch error {
            case .solver(let failure): throw failure
            case .invalidProblem(let problem):
                return KindResult(status: .error, message: problem.description)
            }
        }
        let status: ResultStatus =
            switch result.status {
            case .optimal: .optimal
            case .feasible: .feasible
            case .noSolution: .noSolution
            case .infeasible: .error
            }
        return KindResult(
            status: status, objective: result.objective, bound: result.bound, gap: result.gap,
            seconds: result.seconds,
            model: result.model.map {
                ModelStats(rows: $0.rows, columns: $0.columns, nonzeros: $0.nonzeros, integerColumns: $0.integerColumns)
            },
            plan: result.plan.map { Plan(plan: $0, input: input) },
            message: result.message.isEmpty ? nil : result.message)
    }
}
