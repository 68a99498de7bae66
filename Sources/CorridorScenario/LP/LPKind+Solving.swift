// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

extension LPKind {
    public static func solve(
        _ input: Input, settings: SolverSettings, using solver: some LinearSolver
    ) throws(SolverError) -> KindResult<Plan> {
        let options = SolveOptions(
            method: input.method, timeLimit: settings.timeLimit, relativeGap: settings.mipGap)
        // A MathProg model's post-solve statements (`check`, `display`, `printf` after `solve;`)
        // are part of the model: `corridor mathprog` fails when a check fails, and so must the
        // scenario (status error, GLPK's message). Only GLPK's translator runs them, so with GLPK
        // the model is solved through it, translated once more (validation's workspace is not
        // kept); another backend solves the translated model without them.
        if case .mathProg(let path, let data) = input.source, solver is GLPKSolver {
            let result = try MathProg.solve(model: path, data: data, options: options)
            return KindResult(
                solution: result.solution, model: result.model, plan: Plan(result.solution, of: result.model))
        }
        let solution = try solver.solve(input.model, options: options)
        return try KindResult(solution: solution, model: input.model) { Plan($0, of: input.model) }
    }
}
