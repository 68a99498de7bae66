// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

extension LPKind {
    public static func solve(
        _ input: Input, settings: SolverSettings, using solver: some LinearSolver
    ) throws(SolverError) -> KindResult<Plan> {
        let options = SolveOptions(
            method: input.method, timeLimit: settings.timeLimit, relativeGap: settings.mipGap)
        let solution = try solver.solve(input.model, options: options)
        return KindResult(solution: solution, model: input.model, plan: Plan(solution, of: input.model))
    }
}
