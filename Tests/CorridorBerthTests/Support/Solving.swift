// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorBerth
import Testing

/// Solves `problem` and checks the plan with the independent checker, as every test does.
func solveChecked(
    _ problem: BerthProblem, options: BerthSolveOptions = BerthSolveOptions(),
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> BerthResult {
    let result = try problem.solve(options: options)
    if let plan = result.plan {
        let violations = PlanChecker.violations(of: plan, in: problem)
        #expect(violations.isEmpty, "\(violations)", sourceLocation: sourceLocation)
        #expect(result.objective == plan.objective, sourceLocation: sourceLocation)
    }
    if let objective = result.objective, let bound = result.bound {
        #expect(bound <= objective + 1e-6, sourceLocation: sourceLocation)
    }
    return result
}
