// SPDX-License-Identifier: GPL-3.0-or-later

extension FlowNetwork {
    /// What GLPK's out-of-kilter algorithm needs beyond the network: a finite upper capacity for
    /// every arc, and whether a cycle of uncapacitated arcs has negative cost (then the network
    /// is unbounded whenever it is feasible; okalg itself cannot see it, as every arc it gets has
    /// a finite capacity).
    struct OutOfKilterData {
        /// Each arc's upper capacity, an uncapacitated one replaced by a stand-in.
        var upper: [Double]
        var hasNegativeUncapacitatedCycle: Bool
    }

    /// The largest number `glp_mincost_okalg` takes (`INT_MAX`).
    static let outOfKilterLimit = Double(Int32.max)

    /// Checks that every supply, capacity and cost is a whole number within GLPK's `int` range
    /// (`glp_mincost_okalg` returns `GLP_EDATA` otherwise) and gives each uncapacitated arc a
    /// capacity that no optimal flow needs to exceed.
    ///
    /// The stand-in capacity is `Σ positive supplies + 2 Σ lower + Σ finite upper + 1`: some
    /// optimal flow decomposes into paths carrying the supplies (after the lower bounds are
    /// sent) and negative cycles, each held back by one finite capacity, so no arc needs more.
    func outOfKilterData() throws(ModelError) -> OutOfKilterData {
        for node in 0..<nodeCount {
            try Self.checkWhole(supplies[node], "supply", owner: "node \(name(of: Node(index: node)))")
        }
        var standIn = 1.0
        for supply in supplies where supply > 0 { standIn += supply }
        for arc in 0..<arcCount {
            let owner = "arc \(name(of: Arc(index: arc)))"
            try Self.checkWhole(lowerCapacities[arc], "lower capacity", owner: owner)
            try Self.checkWhole(costs[arc], "cost", owner: owner)
            standIn += 2 * lowerCapacities[arc]
            if upperCapacities[arc].isFinite {
                try Self.checkWhole(upperCapacities[arc], "upper capacity", owner: owner)
                standIn += upperCapacities[arc]
            }
        }
        guard standIn <= Self.outOfKilterLimit else {
            throw .notWholeNumber(
                owner: "uncapacitated arcs", what: "stand-in capacity", value: standIn)
        }
        let upper = upperCapacities.map { $0.isFinite ? $0 : standIn }
        return OutOfKilterData(
            upper: upper, hasNegativeUncapacitatedCycle: hasNegativeUncapacitatedCycle())
    }

    private static func checkWhole(_ value: Double, _ what: String, owner: String) throws(ModelError) {
        guard value == value.rounded(), abs(value) <= outOfKilterLimit else {
            throw .notWholeNumber(owner: owner, what: what, value: value)
        }
    }

    /// Whether the arcs without upper capacity hold a cycle of negative total cost
    /// (Bellman–Ford from every node at once, stopping as soon as a pass changes nothing).
    func hasNegativeUncapacitatedCycle() -> Bool {
        let open = (0..<arcCount).filter { !upperCapacities[$0].isFinite }
        guard open.contains(where: { costs[$0] < 0 }) else { return false }
        var distance = [Double](repeating: 0, count: nodeCount)
        for _ in 0...nodeCount {
            var changed = false
            for arc in open {
                let candidate = distance[tails[arc].index] + costs[arc]
                if candidate < distance[heads[arc].index] {
                    distance[heads[arc].index] = candidate
                    changed = true
                }
            }
            if !changed { return false }
        }
        return true
    }
}
