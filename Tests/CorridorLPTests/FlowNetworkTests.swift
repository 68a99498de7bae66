// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Testing

@Suite("Min-cost flow")
struct FlowNetworkTests {
    static let algorithms = FlowSolution.Algorithm.allCases

    /// Solves with `algorithm` and checks what every optimal flow must satisfy: conservation at
    /// each node, capacities on each arc, the objective as Σ cost × flow, and optimality by the
    /// potentials (an arc below its upper capacity has reduced cost ≥ 0, above its lower ≤ 0).
    @discardableResult
    static func solveChecked(
        _ network: FlowNetwork, _ algorithm: FlowSolution.Algorithm,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> FlowSolution {
        let solution = try GLPKSolver().solve(network, algorithm: algorithm)
        guard solution.status == .optimal else { return solution }
        let tolerance = 1e-6
        #expect(solution.flows.count == network.arcCount, sourceLocation: sourceLocation)
        #expect(solution.potentials.count == network.nodeCount, sourceLocation: sourceLocation)
        var balance = [Double](repeating: 0, count: network.nodeCount)
        var cost = 0.0
        for arc in network.arcs {
            let flow = solution.flows[arc.index]
            let (tail, head) = (network.tails[arc.index].index, network.heads[arc.index].index)
            #expect(
                flow >= network.lowerCapacities[arc.index] - tolerance
                    && flow <= network.upperCapacities[arc.index] + tolerance,
                "\(network.name(of: arc)) carries \(flow)", sourceLocation: sourceLocation)
            balance[tail] += flow
            balance[head] -= flow
            cost += network.costs[arc.index] * flow
            let reduced =
                network.costs[arc.index] - (solution.potentials[tail] - solution.potentials[head])
            if flow < network.upperCapacities[arc.index] - tolerance {
                #expect(reduced >= -tolerance, "\(network.name(of: arc)) could carry more",
                        sourceLocation: sourceLocation)
            }
            if flow > network.lowerCapacities[arc.index] + tolerance {
                #expect(reduced <= tolerance, "\(network.name(of: arc)) could carry less",
                        sourceLocation: sourceLocation)
            }
        }
        for node in network.nodes {
            #expect(
                abs(balance[node.index] - network.supplies[node.index]) < tolerance,
                "\(network.name(of: node)) is not balanced", sourceLocation: sourceLocation)
        }
        #expect(abs(cost - (solution.objective ?? .nan)) < tolerance, sourceLocation: sourceLocation)
        return solution
    }

    // MARK: Hand-checked networks

    @Test(arguments: algorithms)
    func parallelArcsFillTheCheaperFirst(algorithm: FlowSolution.Algorithm) throws {
        var network = FlowNetwork()
        let plant = try network.addNode("plant", supply: 10)
        let city = try network.addNode("city", supply: -10)
        let cheap = try network.addArc("cheap", from: plant, to: city, upper: 4, cost: 1)
        let dear = try network.addArc("dear", from: plant, to: city, upper: 10, cost: 3)
        let solution = try Self.solveChecked(network, algorithm)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 22)
        #expect(solution.flow(on: cheap) == 4)
        #expect(solution.flow(on: dear) == 6)
        // The dearer arc sets the price difference between the nodes.
        let difference = try #require(solution.potential(of: plant)) - solution.potential(of: city)!
        #expect(abs(difference - 3) < 1e-9)
    }

    @Test(arguments: algorithms)
    func suppliesThatCannotBeRoutedAreInfeasible(algorithm: FlowSolution.Algorithm) throws {
        var network = FlowNetwork()
        let plant = try network.addNode("plant", supply: 5)
        let city = try network.addNode("city", supply: -5)
        try network.addArc(from: plant, to: city, upper: 3, cost: 1)
        let solution = try GLPKSolver().solve(network, algorithm: algorithm)
        #expect(solution.status == .infeasible)
        #expect(solution.objective == nil)
        #expect(solution.flows.isEmpty)
    }

    @Test(arguments: algorithms)
    func lowerBoundsForceFlowOntoDearArcs(algorithm: FlowSolution.Algorithm) throws {
        var network = FlowNetwork()
        let a = try network.addNode("a", supply: 3)
        let b = try network.addNode("b", supply: -3)
        let forced = try network.addArc("forced", from: a, to: b, lower: 2, upper: 5, cost: 5)
        let free = try network.addArc("free", from: a, to: b, upper: 10, cost: 1)
        let solution = try Self.solveChecked(network, algorithm)
        #expect(solution.objective == 11)
        #expect(solution.flow(on: forced) == 2)
        #expect(solution.flow(on: free) == 1)
    }

    @Test(arguments: algorithms)
    func uncapacitatedArcsAndTransshipment(algorithm: FlowSolution.Algorithm) throws {
        var network = FlowNetwork()
        let a = try network.addNode("a", supply: 4)
        let hub = try network.addNode("hub")
        let c = try network.addNode("c", supply: -4)
        try network.addArc(from: a, to: hub, cost: 2)
        try network.addArc(from: hub, to: c, cost: 1)
        try network.addArc(from: a, to: c, upper: 1, cost: 2)
        let solution = try Self.solveChecked(network, algorithm)
        #expect(solution.status == .optimal)
        // One unit straight at 2, three through the hub at 3 each.
        #expect(solution.objective == 11)
    }

    /// A cycle of zero cost may carry any flow; the optimum does not change.
    @Test(arguments: algorithms)
    func zeroCostCycleLeavesTheOptimum(algorithm: FlowSolution.Algorithm) throws {
        var network = FlowNetwork()
        let a = try network.addNode("a", supply: 2)
        let b = try network.addNode("b", supply: -2)
        let c = try network.addNode("c")
        try network.addArc(from: a, to: b, cost: 1)
        try network.addArc(from: b, to: c, cost: 0)
        try network.addArc(from: c, to: b, cost: 0)
        let solution = try Self.solveChecked(network, algorithm)
        #expect(solution.objective == 2)
    }

    /// A negative cycle held back by one capacity is used to its limit; without any capacity the
    /// network is unbounded.
    @Test(arguments: algorithms)
    func negativeCycles(algorithm: FlowSolution.Algorithm) throws {
        var network = FlowNetwork()
        let a = try network.addNode("a", supply: 1)
        let b = try network.addNode("b", supply: -1)
        let c = try network.addNode("c")
        try network.addArc(from: a, to: b, cost: 1)
        try network.addArc(from: b, to: c, upper: 3, cost: -1)
        try network.addArc(from: c, to: b, cost: 0)
        let bounded = try Self.solveChecked(network, algorithm)
        #expect(bounded.objective == -2)

        var open = FlowNetwork()
        let x = try open.addNode("x", supply: 1)
        let y = try open.addNode("y", supply: -1)
        try open.addArc(from: x, to: y, cost: 1)
        try open.addArc(from: y, to: x, cost: -2)
        #expect(try GLPKSolver().solve(open, algorithm: algorithm).status == .unbounded)
    }

    @Test(arguments: algorithms)
    func emptyNetworks(algorithm: FlowSolution.Algorithm) throws {
        #expect(try GLPKSolver().solve(FlowNetwork(), algorithm: algorithm).objective == 0)
        var idle = FlowNetwork()
        try idle.addNode("alone")
        let solution = try GLPKSolver().solve(idle, algorithm: algorithm)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 0)
    }

    // MARK: Refused values

    @Test func refusedValuesNameWhatIsWrong() throws {
        var network = FlowNetwork()
        let a = try network.addNode("a", supply: 1)
        let b = try network.addNode("b", supply: -1)
        #expect(throws: ModelError.self) { try network.addNode("bad", supply: .nan) }
        #expect(throws: ModelError.self) { try network.addArc(from: a, to: a, cost: 1) }
        #expect(throws: ModelError.self) {
            try network.addArc(from: a, to: FlowNetwork.Node(index: 7))
        }
        #expect(throws: ModelError.self) { try network.addArc(from: a, to: b, lower: 3, upper: 2) }
        #expect(throws: ModelError.self) { try network.addArc(from: a, to: b, lower: -1) }
        #expect(throws: ModelError.self) { try network.addArc(from: a, to: b, cost: .infinity) }
        #expect(network.arcCount == 0)

        try network.addArc("half", from: a, to: b, cost: 0.5)
        do {
            _ = try GLPKSolver().solve(network, algorithm: .outOfKilter)
            Issue.record("a fractional cost reached GLPK's out-of-kilter algorithm")
        } catch {
            #expect("\(error)".contains("arc half: cost 0.5 is not a whole number"))
            #expect("\(error)".contains("dual simplex"))
        }
        // The linear program takes fractional data.
        let solution = try GLPKSolver().solve(network, algorithm: .dualSimplex)
        #expect(solution.objective == 0.5)

        var unbalanced = FlowNetwork()
        try unbalanced.addNode("a", supply: 2)
        try unbalanced.addNode("b", supply: -1)
        for algorithm in Self.algorithms {
            #expect(throws: SolverError.invalidModel(.unbalancedSupplies(total: 1))) {
                try GLPKSolver().solve(unbalanced, algorithm: algorithm)
            }
        }
    }

    // MARK: Random networks

    /// A reproducible generator (SplitMix64), so a failing seed can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func randomNetwork(seed: UInt64) throws -> FlowNetwork {
        var random = SeededGenerator(state: seed)
        var network = FlowNetwork(name: "random\(seed)")
        let count = Int.random(in: 4...30, using: &random)
        var supplies = (0..<count).map { _ in Double(Int.random(in: -6...6, using: &random)) }
        supplies[count - 1] -= supplies.reduce(0, +)
        let nodes = try supplies.map { try network.addNode(supply: $0) }
        for _ in 0..<(count * Int.random(in: 2...5, using: &random)) {
            let tail = Int.random(in: 0..<count, using: &random)
            var head = Int.random(in: 0..<(count - 1), using: &random)
            if head >= tail { head += 1 }
            let lower = Double(Int.random(in: 0...8, using: &random) < 7 ? 0 : Int.random(in: 1...2, using: &random))
            let upper =
                Bool.random(using: &random)
                ? Double.infinity : lower + Double(Int.random(in: 0...12, using: &random))
            // Negative costs only on capacitated arcs, so some seeds have negative cycles
            // that stay bounded.
            let cost = Double(Int.random(in: (upper.isFinite ? -5 : 0)...20, using: &random))
            try network.addArc(
                from: nodes[tail], to: nodes[head], lower: lower, upper: upper, cost: cost)
        }
        return network
    }

    @Test(arguments: 1...40)
    func outOfKilterAndDualSimplexAgree(seed: Int) throws {
        let network = try Self.randomNetwork(seed: UInt64(seed))
        let kilter = try Self.solveChecked(network, .outOfKilter)
        let simplex = try Self.solveChecked(network, .dualSimplex)
        #expect(kilter.status == simplex.status, "\(kilter.message) / \(simplex.message)")
        if kilter.status == .optimal {
            let (k, s) = (try #require(kilter.objective), try #require(simplex.objective))
            #expect(abs(k - s) < 1e-6)
            // okalg's flows are whole numbers.
            #expect(kilter.flows.allSatisfy { $0 == $0.rounded() })
        }
    }

    /// The seeds must cover both outcomes, or the agreement above proves little.
    @Test func randomNetworksCoverBothOutcomes() throws {
        var statuses: Set<TerminationStatus> = []
        for seed in 1...40 {
            statuses.insert(
                try GLPKSolver().solve(try Self.randomNetwork(seed: UInt64(seed))).status)
        }
        #expect(statuses.contains(.optimal))
        #expect(statuses.contains(.infeasible))
    }
}
