// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

/// Turns a solution of the aggregated model back into crossings per request: each group's trucks
/// go to its members in order of readiness, and each chain lets the trucks that joined it first
/// cross first. Every such split has the same cost, since the members of a group and the trucks
/// of a chain are interchangeable.
struct CrossingsPlanBuilder {
    let instance: CrossingsInstance
    let formulation: CrossingsFormulation

    func plan(_ solution: Solution, path: CrossingsPath) -> CrossingsPlan {
        let model = formulation.model
        let size = CrossingsPlan.ModelSize(
            rows: model.rowCount, columns: model.columnCount, nonzeros: model.nonzeroCount,
            integerColumns: model.integerColumnCount)
        var plan = CrossingsPlan(
            status: solution.status, objective: solution.objective, bound: solution.bound,
            gap: solution.gap, seconds: solution.seconds, path: path, message: solution.message,
            model: size, crossings: [], unserved: [], checkpoints: [],
            kpis: CrossingsKPIs(
                meanWaitHours: 0, p95WaitHours: 0, maxWaitHours: 0, trucksCrossed: 0,
                trucksUnserved: 0, checkpoints: []))
        guard solution.status.hasSolution else { return plan }
        let value = { (variable: Variable) in Int(solution[variable].rounded()) }
        let problem = instance.problem
        let calendar = instance.calendar

        // Groups to members: trucks per request and chain, and what is left unserved.
        var joining = instance.chains.map { [[(request: Int, trucks: Int)]](repeating: [], count: $0.slots.count) }
        var leftOver = instance.trucks
        for (g, group) in instance.groups.enumerated() {
            let members = group.requests.sorted {
                (problem.requests[$0].ready, $0) < (problem.requests[$1].ready, $1)
            }
            var member = 0
            for (k, h) in group.chains.enumerated() {
                var amount = value(formulation.enter[g][k])
                let position = instance.chains[h].entries.first { $0.group == g }!.position
                while amount > 0, member < members.count {
                    let request = members[member]
                    let taken = min(amount, leftOver[request])
                    if taken > 0 { joining[h][position].append((request, taken)) }
                    leftOver[request] -= taken
                    amount -= taken
                    if leftOver[request] == 0 { member += 1 }
                }
            }
        }

        // Chains to crossings: first come, first served.
        var trucksAt: [String: Int] = [:]
        var crossings: [Crossing] = []
        for (h, chain) in instance.chains.enumerated() {
            let checkpoint = problem.checkpoints[chain.checkpoint]
            var queue: [(request: Int, trucks: Int)] = []
            var head = 0
            for (position, slot) in chain.slots.enumerated() {
                queue.append(contentsOf: joining[h][position])
                var crossing = value(formulation.cross[h][position])
                while crossing > 0, head < queue.count {
                    let taken = min(crossing, queue[head].trucks)
                    let request = problem.requests[queue[head].request]
                    let start = calendar.slotStarts[slot]
                    crossings.append(
                        Crossing(
                            request: request.id, checkpoint: checkpoint.id, slot: slot,
                            slotStart: start, trucks: taken,
                            waitHours: ((start - request.ready - request.travel(to: checkpoint.id)) * 1e9).rounded() / 1e9))
                    trucksAt[request.id, default: 0] += taken
                    queue[head].trucks -= taken
                    crossing -= taken
                    if queue[head].trucks == 0 { head += 1 }
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: problem.requests.enumerated().map { ($1.id, $0) })
        let checkpointOrder = Dictionary(uniqueKeysWithValues: problem.checkpoints.enumerated().map { ($1.id, $0) })
        crossings.sort {
            (order[$0.request]!, $0.slot, checkpointOrder[$0.checkpoint]!)
                < (order[$1.request]!, $1.slot, checkpointOrder[$1.checkpoint]!)
        }
        // One entry per request, checkpoint and slot.
        var merged: [Crossing] = []
        for crossing in crossings {
            if let last = merged.last, last.request == crossing.request,
                last.checkpoint == crossing.checkpoint, last.slot == crossing.slot
            {
                merged[merged.count - 1].trucks += crossing.trucks
            } else {
                merged.append(crossing)
            }
        }
        plan.crossings = merged

        // Unserved trucks and why: no usable slot at all, or capacity taken.
        for (index, request) in problem.requests.enumerated() {
            let left = instance.trucks[index] - (trucksAt[request.id] ?? 0)
            guard left > 0 else { continue }
            plan.unserved.append(
                UnservedTrucks(
                    request: request.id, trucks: left,
                    reason: instance.windows[index].isEmpty ? .noOpenCheckpoint : .capacityTaken))
        }

        plan.checkpoints = schedules(merged, solution: solution)
        plan.kpis = kpis(merged, unserved: plan.unservedTrucks, schedules: plan.checkpoints)
        return plan
    }

    /// Each checkpoint's slots: open minutes, lanes, trucks crossing and the queue.
    private func schedules(_ crossings: [Crossing], solution: Solution) -> [CheckpointSchedule] {
        let problem = instance.problem
        let calendar = instance.calendar
        let slotHours = Double(problem.slotMinutes) / 60
        let requestIndex = Dictionary(uniqueKeysWithValues: problem.requests.enumerated().map { ($1.id, $0) })
        return problem.checkpoints.enumerated().map { c, checkpoint in
            let open = calendar.checkpoints[c].openMinutes
            var trucks = [Int](repeating: 0, count: calendar.slotCount)
            // Queue: a truck waits from the first slot starting at or after its arrival up to
            // and including its crossing slot.
            var change = [Int](repeating: 0, count: calendar.slotCount + 1)
            for crossing in crossings where crossing.checkpoint == checkpoint.id {
                trucks[crossing.slot] += crossing.trucks
                let request = problem.requests[requestIndex[crossing.request]!]
                let arrival = request.ready + request.travel(to: checkpoint.id)
                let first = min(max(0, Int(((arrival - 1e-9) / slotHours).rounded(.up))), crossing.slot)
                change[first] += crossing.trucks
                change[crossing.slot + 1] -= crossing.trucks
            }
            var queue = 0
            let slots = (0..<calendar.slotCount).map { slot -> SlotSchedule in
                queue += change[slot]
                var lanes = 0
                if open[slot] > 0 {
                    if let lane = formulation.lanes[c][slot] {
                        lanes = Int(solution[lane].rounded())
                    } else {
                        lanes = checkpoint.lanes.maximum
                    }
                }
                return SlotSchedule(
                    slot: slot, start: calendar.slotStarts[slot], openMinutes: open[slot],
                    lanes: lanes, trucks: trucks[slot], queue: queue)
            }
            return CheckpointSchedule(checkpoint: checkpoint.id, slots: slots)
        }
    }

    private func kpis(
        _ crossings: [Crossing], unserved: Int, schedules: [CheckpointSchedule]
    ) -> CrossingsKPIs {
        let problem = instance.problem
        let calendar = instance.calendar
        let requestIndex = Dictionary(uniqueKeysWithValues: problem.requests.enumerated().map { ($1.id, $0) })
        let waits = crossings.map { ($0.waitHours, $0.trucks) }.sorted { $0.0 < $1.0 }
        let crossed = waits.reduce(0) { $0 + $1.1 }
        var mean = 0.0, p95 = 0.0, maximum = 0.0
        if crossed > 0 {
            mean = waits.reduce(0.0) { $0 + $1.0 * Double($1.1) } / Double(crossed)
            let rank = Int((0.95 * Double(crossed)).rounded(.up))
            var seen = 0
            for (wait, count) in waits {
                seen += count
                if seen >= rank { p95 = wait; break }
            }
            maximum = waits.last!.0
        }
        let perCheckpoint = problem.checkpoints.enumerated().map { c, checkpoint -> CheckpointKPIs in
            let table = calendar.checkpoints[c]
            var perDay = [Int](repeating: 0, count: table.slotsByDay.count)
            var used = 0.0
            for crossing in crossings where crossing.checkpoint == checkpoint.id {
                perDay[table.dayOfSlot[crossing.slot]] += crossing.trucks
                let cargo = problem.requests[requestIndex[crossing.request]!].cargo
                used += checkpoint.minutes(for: cargo) * Double(crossing.trucks)
            }
            let available = schedules[c].slots.reduce(0.0) { $0 + Double($1.lanes * $1.openMinutes) }
            return CheckpointKPIs(
                checkpoint: checkpoint.id,
                trucksPerDay: table.slotsByDay.enumerated().map {
                    (LocalDate(daysSinceEpoch: $1.day), perDay[$0])
                },
                laneUtilisation: available > 0 ? used / available : 0)
        }
        return CrossingsKPIs(
            meanWaitHours: mean, p95WaitHours: p95, maxWaitHours: maximum, trucksCrossed: crossed,
            trucksUnserved: unserved, checkpoints: perCheckpoint)
    }
}
