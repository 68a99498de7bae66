// SPDX-License-Identifier: GPL-3.0-or-later

/// The outcome of solving a ``FlowNetwork``.
public struct FlowSolution: Sendable {
    /// How a network was solved.
    public enum Algorithm: String, Sendable, Codable, CaseIterable {
        /// GLPK's out-of-kilter algorithm (`glp_mincost_okalg`): whole-number data only.
        case outOfKilter = "out-of-kilter"
        /// The network as a linear program (one column per arc, one row per node), solved by
        /// GLPK's dual simplex without presolve.
        case dualSimplex = "dual-simplex"
    }

    /// `.optimal`, `.infeasible` (supplies that cannot be routed within the capacities) or
    /// `.unbounded` (a cycle of negative cost without capacity).
    public var status: TerminationStatus
    /// Total cost `Σ cost × flow`; `nil` without an optimal flow.
    public var objective: Double?
    /// Each arc's flow, by arc index; empty without an optimal flow.
    public var flows: [Double]
    /// Each node's potential: the dual value of its conservation row `out − in = supply`, so that
    /// `cost − (potential[tail] − potential[head])` is an arc's reduced cost; empty without an
    /// optimal flow.
    public var potentials: [Double]
    public var algorithm: Algorithm
    /// Wall-clock seconds, GLPK's set-up included.
    public var seconds: Double
    /// What the solver said about the outcome, for a reader.
    public var message: String

    public init(
        status: TerminationStatus, objective: Double? = nil, flows: [Double] = [],
        potentials: [Double] = [], algorithm: Algorithm, seconds: Double = 0, message: String = ""
    ) {
        self.status = status
        self.objective = objective
        self.flows = flows
        self.potentials = potentials
        self.algorithm = algorithm
        self.seconds = seconds
        self.message = message
    }

    /// The flow on `arc`, or `nil` when there is none.
    public func flow(on arc: FlowNetwork.Arc) -> Double? {
        flows.indices.contains(arc.index) ? flows[arc.index] : nil
    }

    /// The potential of `node`, or `nil` when there is none.
    public func potential(of node: FlowNetwork.Node) -> Double? {
        potentials.indices.contains(node.index) ? potentials[node.index] : nil
    }
}
