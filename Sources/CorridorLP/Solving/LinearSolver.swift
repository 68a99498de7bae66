// SPDX-License-Identifier: GPL-3.0-or-later

/// A backend that solves a ``Model``. GLPK (``GLPKSolver``) is the one implemented; another
/// backend conforms here and passes the same contract test suite.
public protocol LinearSolver: Sendable {
    /// Solves `model`. An outcome (optimal, infeasible, out of time…) is a ``Solution``; an error
    /// means the call itself failed (invalid options, a failure inside the solver).
    func solve(_ model: Model, options: SolveOptions) throws(SolverError) -> Solution
}

extension LinearSolver {
    public func solve(_ model: Model) throws(SolverError) -> Solution {
        try solve(model, options: SolveOptions())
    }
}
