// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

extension CrossingsRun {
    /// Improves a whole-truck plan one checkpoint at a time: the trucks the plan sends to a
    /// checkpoint become a problem of that checkpoint alone (its lanes, hours, caps; each group's
    /// trucks ready at the slot they join, with their weight, deadline and unserved cost), solved
    /// by the MIP; its crossings per slot become limits for the network that routes all trucks
    /// again. Lane minutes are packed well where one checkpoint's small MIP can see it, and trucks
    /// that no longer fit move to other checkpoints or slots.
    func checkpointPolish(
        _ solver: some LinearSolver, start: [Double], formulation: CrossingsFormulation
    ) throws -> [Double]? {
        let problem = instance.problem
        let calendar = instance.calendar
        var limits = instance.chains.map { [Double](repeating: 0, count: $0.slots.count) }
        var lanes = problem.checkpoints.map { _ in [Double](repeating: 0, count: calendar.slotCount) }
        let H = problem.horizon.hours
        for (c, checkpoint) in problem.checkpoints.enumerated() {
            // The checkpoint's trucks in the plan, one request per group and chain.
            var requests: [TruckRequest] = []
            var chainOf: [String: Int] = [:]
            for (g, group) in instance.groups.enumerated() {
                for (k, h) in group.chains.enumerated() where instance.chains[h].checkpoint == c {
                    let trucks = Int(start[formulation.enter[g][k].index].rounded())
                    guard trucks > 0 else { continue }
                    let chain = instance.chains[h]
                    let entry = chain.entries.first { $0.group == g }!.position
                    let id = "\(g)/\(k)"
                    chainOf[id] = h
                    let last = chain.slots.last!
                    requests.append(
                        TruckRequest(
                            id: id, trucks: trucks, cargo: problem.requests[group.requests[0]].cargo,
                            ready: calendar.slotStarts[chain.slots[entry]], weight: group.weight,
                            deadline: last < calendar.slotCount - 1 ? calendar.slotStarts[last] : nil,
                            unservedPenaltyHours: group.weight > 0 ? max(0, group.unservedCost / group.weight - H) : 0))
                }
            }
            if case .fixed(let count) = checkpoint.lanes {
                for slot in 0..<calendar.slotCount { lanes[c][slot] = Double(count) }
            }
            guard !requests.isEmpty else { continue }
            var local = checkpoint
            local.laneHoursPerDay = checkpoint.laneHoursPerDay
            let sub = CrossingsProblem(
                horizon: problem.horizon, slotMinutes: problem.slotMinutes, unservedPenaltyHours: nil,
                demandScale: 1, checkpoints: [local], requests: requests)
            var subOptions = CrossingsOptions(
                method: .automatic, timeLimit: polishLimit(), relativeGap: options.relaxAndFixGap)
            subOptions.polish = false
            let plan: CrossingsPlan
            do { plan = try sub.solve(subOptions, using: solver) } catch { return nil }
            trace("polish \(checkpoint.id): \(plan.status) \(plan.objective ?? .nan) in \(plan.seconds) s")
            // The start's own cost at this checkpoint, in the small problem's terms (every
            // truck the start sends here crosses here): keep the better of the two.
            var startCost = -requests.reduce(0.0) { $0 + ($1.weight ?? 1) * Double($1.trucks) * $1.ready }
            for (h, chain) in instance.chains.enumerated() where chain.checkpoint == c {
                for (position, slot) in chain.slots.enumerated() {
                    startCost += chain.weight * calendar.slotStarts[slot] * start[formulation.cross[h][position].index]
                }
            }
            guard plan.status.hasSolution, let objective = plan.objective, objective < startCost - 1e-6 else {
                for (h, chain) in instance.chains.enumerated() where chain.checkpoint == c {
                    for position in chain.slots.indices {
                        limits[h][position] = start[formulation.cross[h][position].index].rounded()
                    }
                }
                for slot in 0..<calendar.slotCount {
                    if let lane = formulation.lanes[c][slot] { lanes[c][slot] = start[lane.index].rounded() }
                }
                continue
            }
            trace("  better than the start's \(startCost)")
            for crossing in plan.crossings {
                let h = chainOf[crossing.request]!
                let position = instance.chains[h].slots.firstIndex(of: crossing.slot)!
                limits[h][position] += Double(crossing.trucks)
            }
            if checkpoint.lanes.isPlanned {
                for slot in plan.checkpoints[0].slots { lanes[c][slot.slot] = Double(slot.lanes) }
            }
        }
        let network = try CrossingsFormulation(
            instance, capacity: .given(crossings: limits, lanes: lanes), wholeTrucks: false)
        let solution = try solver.solve(network.model, options: lpOptions())
        trace("polished plan \(solution.status) \(solution.objective ?? .nan)")
        guard solution.status == .optimal else { return nil }
        let values = solution.values.map { $0.rounded() }
        for (value, exact) in zip(values, solution.values) where abs(value - exact) > 1e-6 { return nil }
        return values
    }

    /// A checkpoint's share of what is left of the time limit.
    private func polishLimit() -> Duration? {
        let step = Duration.seconds(options.relaxAndFixStepSeconds)
        guard let left = remaining else { return step }
        return min(step, left / Double(instance.problem.checkpoints.count + 2))
    }
}
