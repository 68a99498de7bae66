// SPDX-License-Identifier: GPL-3.0-or-later

/// A backend that solves min-cost flow networks; a model layer asks for this path when its
/// problem is a network, and falls back to ``LinearSolver`` otherwise.
public protocol MinCostFlowSolver: Sendable {
    /// Solves `network` with `algorithm`. An outcome (optimal, infeasible, unbounded) is a
    /// ``FlowSolution``; an error means the call failed (data the algorithm refuses, a failure
    /// inside the solver).
    func solve(
        _ network: FlowNetwork, algorithm: FlowSolution.Algorithm
    ) throws(SolverError) -> FlowSolution
}

extension MinCostFlowSolver {
    /// Solves `network` with the out-of-kilter algorithm.
    public func solve(_ network: FlowNetwork) throws(SolverError) -> FlowSolution {
        try solve(network, algorithm: .outOfKilter)
    }
}

extension GLPKSolver: MinCostFlowSolver {
    /// Solves `network` with `glp_mincost_okalg` (whole numbers only) or as a linear program
    /// with the dual simplex without presolve.
    ///
    /// - Throws: ``SolverError/invalidModel(_:)`` for an unbalanced network, or for fractional or
    ///   too large data given to the out-of-kilter algorithm (the message names the node or arc).
    public func solve(
        _ network: FlowNetwork, algorithm: FlowSolution.Algorithm
    ) throws(SolverError) -> FlowSolution {
        do { try network.check() } catch { throw .invalidModel(error) }
        let clock = ContinuousClock()
        let started = clock.now
        var solution: FlowSolution
        switch algorithm {
        case .outOfKilter: solution = try GLPKGraph.solveOutOfKilter(network)
        case .dualSimplex: solution = try solveAsLinearProgram(network)
        }
        solution.seconds = (clock.now - started).seconds
        return solution
    }

    /// The network as a linear program, by the dual simplex without presolve (presolve was 20×
    /// slower on transportation networks).
    private func solveAsLinearProgram(_ network: FlowNetwork) throws(SolverError) -> FlowSolution {
        let model: Model
        do { model = try network.linearProgram() } catch { throw .invalidModel(error) }
        let solution = try solve(model, options: SolveOptions(method: .dualSimplex, presolve: false))
        guard solution.status == .optimal, let objective = solution.objective else {
            return FlowSolution(
                status: solution.status, algorithm: .dualSimplex, message: solution.message)
        }
        return FlowSolution(
            status: .optimal, objective: objective, flows: solution.values,
            potentials: solution.duals ?? [], algorithm: .dualSimplex)
    }
}
