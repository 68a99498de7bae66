// SPDX-License-Identifier: GPL-3.0-or-later

import CGLPK
import CGLPKShim

extension GLPKGraph {
    /// `glp_read_mincost` through the guard: a DIMACS min-cost flow file into this graph's data
    /// blocks. Returns whether GLPK read it; its reasons (with line numbers) went to the terminal.
    func readMinCost(_ path: String) -> Bool {
        var aborted: Int32 = 0
        let code = cglpk_read_mincost(
            pointer, Self.supplyOffset, Self.lowerOffset, Self.upperOffset, Self.costOffset, path,
            &aborted)
        return aborted == 0 && code == 0
    }

    /// The graph as a ``FlowNetwork``: vertex `i` becomes node `i − 1`; arcs in the order of
    /// their tails, and for one tail in the order GLPK added them (its lists are newest first).
    func network(name: String) throws(ModelError) -> FlowNetwork {
        var network = FlowNetwork(name: name)
        for vertex in stride(from: 1, through: vertexCount, by: 1) {
            try network.addNode(
                supply: vertexData(vertex).load(fromByteOffset: Int(Self.supplyOffset), as: Double.self))
        }
        for vertex in stride(from: 1, through: vertexCount, by: 1) {
            var outgoing: [UnsafeMutablePointer<glp_arc>] = []
            var arc = pointer.pointee.v[vertex]!.pointee.out
            while let current = arc {
                outgoing.append(current)
                arc = current.pointee.t_next
            }
            for arc in outgoing.reversed() {
                let data = arc.pointee.data!
                try network.addArc(
                    from: FlowNetwork.Node(index: Int(arc.pointee.tail.pointee.i) - 1),
                    to: FlowNetwork.Node(index: Int(arc.pointee.head.pointee.i) - 1),
                    lower: data.load(fromByteOffset: Int(Self.lowerOffset), as: Double.self),
                    upper: data.load(fromByteOffset: Int(Self.upperOffset), as: Double.self),
                    cost: data.load(fromByteOffset: Int(Self.costOffset), as: Double.self))
            }
        }
        return network
    }
}

extension FlowNetwork {
    /// Reads a min-cost flow problem in DIMACS format (`p min`, `n`, `a` lines) with GLPK's
    /// reader (`glp_read_mincost`). Nodes keep DIMACS's numbers (node `n1` is vertex 1).
    ///
    /// - Throws: ``SolverError/unreadableFile(path:reason:)`` with GLPK's message and line number,
    ///   or ``SolverError/invalidModel(_:)`` for an arc the network refuses (a loop, bad capacities).
    public static func read(dimacs path: String) throws(SolverError) -> FlowNetwork {
        try GLPKTerminal.capturing { terminal throws(SolverError) in
            let graph = GLPKGraph()
            guard graph.readMinCost(path) else {
                throw .unreadableFile(
                    path: path, reason: "not a valid DIMACS min-cost file: \(terminal.errorSummary)")
            }
            do throws(ModelError) {
                return try graph.network(name: "")
            } catch {
                throw .invalidModel(error)
            }
        }
    }
}
