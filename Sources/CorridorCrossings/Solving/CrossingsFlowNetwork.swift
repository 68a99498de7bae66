// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

/// The network path's model as a graph for `glp_mincost_okalg`: group → checkpoint chain (wait
/// arcs from slot to slot) → checkpoint-slot (capacity ⌊lanes × open minutes / minutes per
/// truck⌋) → checkpoint-day (the daily cap) → sink, plus an unserved arc from each group to the
/// sink. The same decisions as ``CrossingsFormulation`` with `.wholeTrucks`; each of its columns
/// maps to one arc, so a flow reads back as that model's solution.
///
/// The out-of-kilter algorithm takes whole numbers only: costs are scaled by the smallest factor
/// that makes them whole (2 for the default weights with hourly slots), or the network is not
/// built and the LP path runs instead.
struct CrossingsFlowNetwork {
    var network = FlowNetwork(name: "crossings")
    /// The arc of each column of the formulation's model (`nil` for none).
    var arcOfColumn: [FlowNetwork.Arc?]
    /// Costs in the network are the model's times this.
    let scale: Double

    init?(_ instance: CrossingsInstance, formulation: CrossingsFormulation) throws(ModelError) {
        let problem = instance.problem
        let calendar = instance.calendar
        // Costs: unserved w × (H + penalty), crossing w × start.
        var costs = instance.groups.map(\.unservedCost)
        for chain in instance.chains {
            for slot in chain.slots { costs.append(chain.weight * calendar.slotStarts[slot]) }
        }
        guard let scale = [1.0, 2, 4, 5, 10, 20, 60, 100, 120, 1000].first(where: { factor in
            costs.allSatisfy { cost in
                let scaled = cost * factor
                return abs(scaled - scaled.rounded()) < 1e-9 && abs(scaled) < 1e8
            }
        }) else { return nil }
        self.scale = scale
        arcOfColumn = Array(repeating: nil, count: formulation.model.columnCount)

        let total = instance.groups.reduce(0) { $0 + $1.trucks }
        let sink = try network.addNode("sink", supply: -Double(total))
        var chainNodes: [[FlowNetwork.Node]] = []
        for (h, chain) in instance.chains.enumerated() {
            chainNodes.append(try chain.slots.indices.map { position throws(ModelError) in
                try network.addNode("chain[\(h + 1),\(position + 1)]")
            })
        }
        for (g, group) in instance.groups.enumerated() {
            let node = try network.addNode("group[\(g + 1)]", supply: Double(group.trucks))
            try network.addArc(from: node, to: sink, cost: (group.unservedCost * scale).rounded())
            for (k, h) in group.chains.enumerated() {
                let position = instance.chains[h].entries.first { $0.group == g }!.position
                arcOfColumn[formulation.enter[g][k].index] = try network.addArc(from: node, to: chainNodes[h][position])
            }
        }
        for (c, checkpoint) in problem.checkpoints.enumerated() {
            let table = calendar.checkpoints[c]
            var dayNodes: [Int: FlowNetwork.Node] = [:]
            for (index, _) in table.slotsByDay.enumerated() {
                let day = try network.addNode("day[\(checkpoint.id),\(index + 1)]")
                dayNodes[index] = day
                try network.addArc(
                    from: day, to: sink, upper: checkpoint.dailyCap.map(Double.init) ?? .infinity)
            }
            for slot in 0..<calendar.slotCount where !instance.chainsAt[c][slot].isEmpty {
                let users = instance.chainsAt[c][slot]
                let node = try network.addNode("slot[\(checkpoint.id),\(slot + 1)]")
                try network.addArc(
                    from: node, to: dayNodes[table.dayOfSlot[slot]]!,
                    upper: instance.wholeTrucks(checkpoint: c, slot: slot, minutes: instance.chains[users[0].chain].minutes))
                for (h, position) in users {
                    let cost = instance.chains[h].weight * calendar.slotStarts[slot] * scale
                    arcOfColumn[formulation.cross[h][position].index] = try network.addArc(
                        from: chainNodes[h][position], to: node, cost: cost.rounded())
                }
            }
        }
        for (h, chain) in instance.chains.enumerated() where chain.slots.count > 1 {
            for position in 0..<(chain.slots.count - 1) {
                arcOfColumn[formulation.wait[h][position].index] = try network.addArc(
                    from: chainNodes[h][position], to: chainNodes[h][position + 1])
            }
        }
    }

    /// The flow as a solution of the formulation's model, its objective in the model's units.
    func solution(_ flow: FlowSolution, model: Model) -> Solution {
        guard flow.status == .optimal else {
            return Solution(status: flow.status, seconds: flow.seconds, message: flow.message)
        }
        let values = arcOfColumn.map { arc in arc.map { flow.flows[$0.index] } ?? 0 }
        let objective = model.objectiveValue(of: values)
        return Solution(
            status: .optimal, objective: objective, bound: objective, seconds: flow.seconds,
            values: values, rowActivities: [], message: flow.message)
    }
}
