// SPDX-License-Identifier: GPL-3.0-or-later

import CGLPK
import CGLPKShim

/// A GLPK graph (`glp_graph`), owned by the one call that made it, with the data blocks GLPK's
/// min-cost flow routines read and write: per vertex a supply and a potential, per arc lower and
/// upper capacity, cost and flow, each a `double` at the offsets below.
///
/// Like ``GLPKProblem`` it cannot be copied and lives within one synchronous call: GLPK objects
/// belong to the thread that made them.
struct GLPKGraph: ~Copyable {
    // Offsets into the vertex data block (`v_size` = 16 bytes).
    static let supplyOffset: Int32 = 0
    static let potentialOffset: Int32 = 8
    static let vertexDataSize: Int32 = 16
    // Offsets into the arc data block (`a_size` = 32 bytes).
    static let lowerOffset: Int32 = 0
    static let upperOffset: Int32 = 8
    static let costOffset: Int32 = 16
    static let flowOffset: Int32 = 24
    static let arcDataSize: Int32 = 32

    let pointer: UnsafeMutablePointer<glp_graph>
    /// The arcs in the order they were added (GLPK keeps them only in per-vertex lists).
    private(set) var arcs: [UnsafeMutablePointer<glp_arc>] = []
    private let generation: UInt

    /// `glp_create_graph` with the data blocks above.
    init() {
        pointer = glp_create_graph(Self.vertexDataSize, Self.arcDataSize)
        generation = UInt(cglpk_environment_generation())
    }

    /// `glp_delete_graph`, unless GLPK's environment was freed after an error.
    deinit {
        if UInt(cglpk_environment_generation()) == generation { glp_delete_graph(pointer) }
    }

    var vertexCount: Int { Int(pointer.pointee.nv) }

    /// `glp_add_vertices`; GLPK aborts on a count below 1, so none is a no-op.
    func addVertices(_ count: Int) {
        if count > 0 { glp_add_vertices(pointer, Int32(count)) }
    }

    /// `glp_add_arc` from vertex `tail` to `head` (1-based, checked by the caller).
    mutating func addArc(_ tail: Int32, _ head: Int32) {
        arcs.append(glp_add_arc(pointer, tail, head))
    }

    /// The data block of vertex `vertex` (1-based).
    func vertexData(_ vertex: Int) -> UnsafeMutableRawPointer {
        pointer.pointee.v[vertex]!.pointee.data!
    }

    /// The data block of the arc added `arc`-th (0-based).
    func arcData(_ arc: Int) -> UnsafeMutableRawPointer { arcs[arc].pointee.data! }

    /// `glp_mincost_okalg` through the guard: returns GLPK's code and the optimal cost; flows
    /// and potentials are in the data blocks.
    func outOfKilter(terminal: GLPKTerminal) throws(SolverError) -> (code: Int32, cost: Double) {
        var cost = 0.0
        var aborted: Int32 = 0
        let code = cglpk_mincost_okalg(
            pointer, Self.supplyOffset, Self.lowerOffset, Self.upperOffset, Self.costOffset, &cost,
            Self.flowOffset, Self.potentialOffset, &aborted)
        if aborted != 0 { throw .solverFailure("out-of-kilter: \(terminal.errorSummary)") }
        return (code, cost)
    }
}

extension GLPKGraph {
    /// Solves `network` with `glp_mincost_okalg`, after ``FlowNetwork/outOfKilterData()`` has
    /// checked that every number is a whole one GLPK can take.
    static func solveOutOfKilter(_ network: FlowNetwork) throws(SolverError) -> FlowSolution {
        let data: FlowNetwork.OutOfKilterData
        do { data = try network.outOfKilterData() } catch { throw .invalidModel(error) }
        if network.nodeCount == 0 {
            return FlowSolution(status: .optimal, objective: 0, algorithm: .outOfKilter)
        }
        return try GLPKTerminal.capturing { terminal throws(SolverError) in
            var graph = GLPKGraph()
            graph.addVertices(network.nodeCount)
            for node in 0..<network.nodeCount {
                graph.vertexData(node + 1).storeBytes(
                    of: network.supplies[node], toByteOffset: Int(supplyOffset), as: Double.self)
            }
            for arc in 0..<network.arcCount {
                graph.addArc(
                    Int32(network.tails[arc].index + 1), Int32(network.heads[arc].index + 1))
                let block = graph.arcData(arc)
                block.storeBytes(
                    of: network.lowerCapacities[arc], toByteOffset: Int(lowerOffset), as: Double.self)
                block.storeBytes(of: data.upper[arc], toByteOffset: Int(upperOffset), as: Double.self)
                block.storeBytes(
                    of: network.costs[arc], toByteOffset: Int(costOffset), as: Double.self)
            }
            let (code, cost) = try graph.outOfKilter(terminal: terminal)
            switch code {
            case 0:
                break
            case GLP_ENOPFS:
                return FlowSolution(
                    status: .infeasible, algorithm: .outOfKilter,
                    message: "no flow meets every supply and demand within the capacities")
            case GLP_ERANGE:
                throw .solverFailure(
                    "out-of-kilter: an integer overflow in GLPK (costs × flows beyond its int"
                        + " range) — scale the costs or capacities down, or use the dual simplex")
            default:
                throw .solverFailure(
                    "out-of-kilter stopped (\(GLPKProblem.describe(code))): \(terminal.errorSummary)")
            }
            if data.hasNegativeUncapacitatedCycle {
                return FlowSolution(
                    status: .unbounded, algorithm: .outOfKilter,
                    message: "a cycle of arcs without upper capacity has negative cost")
            }
            let flows = (0..<network.arcCount).map { arc in
                graph.arcData(arc).load(fromByteOffset: Int(flowOffset), as: Double.self)
            }
            let potentials = (0..<network.nodeCount).map { node in
                graph.vertexData(node + 1).load(fromByteOffset: Int(potentialOffset), as: Double.self)
            }
            return FlowSolution(
                status: .optimal, objective: cost, flows: flows, potentials: potentials,
                algorithm: .outOfKilter)
        }
    }
}
