// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP
public import CorridorScenario

extension YardKind {
    public static func solve(
        _ input: Input, settings: SolverSettings, using solver: some LinearSolver
    ) throws(SolverError) -> KindResult<Plan> {
        let plan: YardPlan
        do {
            plan = try input.problem.solve(options: options(settings), using: solver)
        } catch let error as SolverError {
            throw error
        } catch let error as ModelError {
            throw .invalidModel(error)
        } catch {
            // A YardError cannot reach here: decoding reported every bad value first.
            throw .solverFailure("\(error)")
        }
        return KindResult(
            status: ResultStatus(plan.status), objective: plan.objective, bound: plan.bound,
            gap: plan.gap, seconds: plan.seconds,
            model: ModelStats(
                rows: plan.model.rows, columns: plan.model.columns, nonzeros: plan.model.nonzeros,
                integerColumns: plan.model.integerColumns),
            plan: plan.status.hasSolution ? Plan(plan: plan, input: input) : nil,
            message: ResultStatus.message(for: plan.status, solverMessage: plan.message))
    }

    /// The solver options of a scenario's `solver:` section. `network` has no meaning for this
    /// model and is read as `auto`; `interior` keeps no time limit (GLPK cannot stop it).
    static func options(_ settings: SolverSettings) -> SolveOptions {
        switch settings.method {
        case .interior:
            SolveOptions(method: .interiorPoint, timeLimit: nil, relativeGap: settings.mipGap)
        case .auto, .simplex, .network:
            SolveOptions(method: .automatic, timeLimit: settings.timeLimit, relativeGap: settings.mipGap)
        }
    }
}
