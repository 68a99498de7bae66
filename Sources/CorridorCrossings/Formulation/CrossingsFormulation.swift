// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

/// The crossings model, as its rules read.
///
/// Decisions (see ``CrossingsInstance`` for the groups and chains that aggregate requests):
/// - `enter[g][k]`: trucks of group `g` that go to its `k`-th allowed checkpoint, where they
///   join that checkpoint's chain at their first usable slot;
/// - unserved trucks of group `g`: those that enter no checkpoint (the slack of its row);
/// - `wait[h][i]`: trucks of chain `h` still waiting after slot `i` of the chain;
/// - `cross[h][i]`: trucks of chain `h` that cross in slot `i` of the chain;
/// - `lanes[c][s]`: open lanes of a planned checkpoint in an open slot.
///
/// Objective (minimise, weighted truck-hours):
///
///     Σ weight × trucks × (start_s − ready)          over crossings
///   + Σ weight × unserved × (H − ready + penalty)    over requests
///   + Σ lane_hour_cost × lanes × open hours         over checkpoints and slots
///
/// written as `Σ weight × start_s × cross − Σ weight × (H + penalty) × enter +
/// Σ cost × open hours × lanes` plus the constant `Σ weight × trucks × (H + penalty − ready)`
/// (and the cost of fixed lanes), which no decision changes: a truck's `− weight × ready` is paid
/// whatever happens to it, and each truck that enters a checkpoint saves the unserved cost.
struct CrossingsFormulation {
    /// How the lane rule is written.
    enum Capacity {
        /// `Σ minutes × cross ≤ lanes × open minutes` per checkpoint and slot (the MIP).
        case laneMinutes
        /// `Σ cross ≤ ⌊lanes × open minutes / minutes per truck⌋`: the same for whole trucks
        /// when a checkpoint has fixed lanes and one lane-minutes value (the network).
        case wholeTrucks
        /// No lane rows; each `cross[h][i]` at most the given number and planned lanes fixed:
        /// what rounding a relaxation leaves, a network whose optimum is a whole-truck plan.
        case given(crossings: [[Double]], lanes: [[Double]])
    }

    private(set) var model: Model
    private(set) var enter: [[Variable]] = []
    /// Per group, the row whose slack is its unserved trucks.
    private(set) var unserved: [Constraint] = []
    private(set) var wait: [[Variable]] = []
    private(set) var cross: [[Variable]] = []
    /// Planned lanes by checkpoint and slot (`nil` for fixed lanes or a slot with no open minute).
    private(set) var lanes: [[Variable?]] = []

    /// Which slots' crossings and lanes are whole numbers; and, for a relax-and-fix pass, the
    /// crossings and lanes already fixed in the slots before `fixed.before`.
    struct Integrality {
        var whole: Range<Int>
        var fixed: (before: Int, crossings: [[Double]], lanes: [[Double]])?

        static var all: Integrality { Integrality(whole: 0..<Int.max) }
        static var none: Integrality { Integrality(whole: 0..<0) }
    }

    init(_ instance: CrossingsInstance, capacity: Capacity, wholeTrucks integer: Bool) throws(ModelError) {
        try self.init(instance, capacity: capacity, integrality: integer ? .all : .none)
    }

    init(_ instance: CrossingsInstance, capacity: Capacity, integrality: Integrality) throws(ModelError) {
        let problem = instance.problem
        let calendar = instance.calendar
        func kind(_ slot: Int) -> VariableKind { integrality.whole.contains(slot) ? .integer : .continuous }
        func fixedValue(_ slot: Int, _ values: [[Double]], _ row: Int, _ column: Int) -> Double? {
            guard let fixed = integrality.fixed, slot < fixed.before else { return nil }
            return values[row][column]
        }
        model = Model(name: "crossings")
        model.objectiveName = "weighted_truck_hours"

        // MARK: Decisions

        // Only crossings and lanes need to be declared whole: once they are, what enters and
        // waits is a network flow with whole-number data, whose vertices are whole trucks.
        for group in instance.groups {
            enter.append(try model.addVariables(count: group.chains.count))
        }
        for (index, chain) in instance.chains.enumerated() {
            wait.append(try model.addVariables(count: max(chain.slots.count - 1, 0)))
            var crossings: [Variable] = []
            for (position, slot) in chain.slots.enumerated() {
                var upper = Double.infinity
                if case .given(let limits, _) = capacity { upper = limits[index][position] }
                var lower = 0.0
                if let fixed = integrality.fixed, let value = fixedValue(slot, fixed.crossings, index, position) {
                    (lower, upper) = (value, value)
                }
                crossings.append(try model.addVariable(lower: lower, upper: upper, kind: kind(slot)))
            }
            cross.append(crossings)
        }
        for (c, checkpoint) in problem.checkpoints.enumerated() {
            var row: [Variable?] = Array(repeating: nil, count: calendar.slotCount)
            if case .planned(let low, let high) = checkpoint.lanes {
                for slot in 0..<calendar.slotCount where calendar.checkpoints[c].openMinutes[slot] > 0 {
                    var bounds = Bounds.between(Double(low), Double(high))
                    if case .given(_, let fixed) = capacity { bounds = .exactly(fixed[c][slot]) }
                    if let fixed = integrality.fixed, let value = fixedValue(slot, fixed.lanes, c, slot) {
                        bounds = .exactly(value)
                    }
                    row[slot] = try model.addVariable(
                        lower: bounds.lower, upper: bounds.upper, kind: kind(slot))
                }
            }
            lanes.append(row)
        }

        // MARK: Objective

        // An unserved truck costs `weight × (H + penalty)`; with unserved = trucks − entered,
        // that is a constant minus the same amount per truck that enters a checkpoint (see
        // "every truck crosses exactly once or is unserved" below).
        var constant = instance.constant
        for (g, group) in instance.groups.enumerated() {
            constant += group.unservedCost * Double(group.trucks)
            for variable in enter[g] { try model.setObjectiveCoefficient(variable, -group.unservedCost) }
        }
        for (h, chain) in instance.chains.enumerated() {
            for (position, slot) in chain.slots.enumerated() {
                try model.setObjectiveCoefficient(
                    cross[h][position], chain.weight * calendar.slotStarts[slot])
            }
        }
        for (c, checkpoint) in problem.checkpoints.enumerated() where checkpoint.laneHourCost > 0 {
            for slot in 0..<calendar.slotCount {
                guard let lane = lanes[c][slot] else { continue }
                let openHours = Double(calendar.checkpoints[c].openMinutes[slot]) / 60
                try model.setObjectiveCoefficient(lane, checkpoint.laneHourCost * openHours)
            }
        }
        try model.setObjectiveConstant(constant)

        // MARK: Rules

        // Every truck crosses exactly once or is unserved: the unserved trucks of a group are
        // this row's slack, `trucks − Σ enter` (no column of their own, so that "nobody
        // crosses" is the solver's feasible starting point).
        for (g, group) in instance.groups.enumerated() {
            unserved.append(
                try model.addConstraint("crossOrUnserved[\(g + 1)]", .atMost(Double(group.trucks))) { row in
                    for variable in enter[g] { row.add(1, variable) }
                })
        }

        // Trucks cross no earlier than they arrive (they enter a chain at their first usable
        // slot) and no later than their deadline (the chain's last slot): what enters or waits
        // from before either crosses now or waits on.
        var entering = instance.chains.map { [[(group: Int, k: Int)]](repeating: [], count: $0.slots.count) }
        for (h, chain) in instance.chains.enumerated() {
            for (g, position) in chain.entries {
                entering[h][position].append((g, instance.groups[g].chains.firstIndex(of: h)!))
            }
        }
        for (h, chain) in instance.chains.enumerated() {
            for position in chain.slots.indices {
                try model.addConstraint("wait[\(h + 1),\(position + 1)]", .exactly(0)) { row in
                    for (g, k) in entering[h][position] { row.add(1, enter[g][k]) }
                    if position > 0 { row.add(1, wait[h][position - 1]) }
                    row.add(-1, cross[h][position])
                    if position < chain.slots.count - 1 { row.add(-1, wait[h][position]) }
                }
            }
        }

        // Lane capacity: lane minutes of the trucks crossing in a slot within the open lanes'
        // minutes of that slot.
        for (c, checkpoint) in problem.checkpoints.enumerated() {
            let open = calendar.checkpoints[c].openMinutes
            for slot in 0..<calendar.slotCount where !instance.chainsAt[c][slot].isEmpty {
                let users = instance.chainsAt[c][slot]
                let name = "laneCapacity[\(checkpoint.id),\(slot + 1)]"
                switch capacity {
                case .laneMinutes:
                    if let lane = lanes[c][slot] {
                        try model.addConstraint(name, .atMost(0)) { row in
                            for (h, position) in users {
                                row.add(instance.chains[h].minutes, cross[h][position])
                            }
                            row.add(-Double(open[slot]), lane)
                        }
                    } else {
                        let laneMinutes = Double(checkpoint.lanes.maximum * open[slot])
                        try model.addConstraint(name, .atMost(laneMinutes)) { row in
                            for (h, position) in users {
                                row.add(instance.chains[h].minutes, cross[h][position])
                            }
                        }
                    }
                case .wholeTrucks:
                    let limit = instance.wholeTrucks(
                        checkpoint: c, slot: slot, minutes: instance.chains[users[0].chain].minutes)
                    try model.addConstraint(name, .atMost(limit)) { row in
                        for (h, position) in users { row.add(1, cross[h][position]) }
                    }
                case .given:
                    break
                }
            }
        }

        // Daily cap: trucks crossing in the slots that start on one local day (a day cut by the
        // horizon's edge keeps its full cap).
        for (c, checkpoint) in problem.checkpoints.enumerated() {
            guard let cap = checkpoint.dailyCap else { continue }
            for (dayIndex, day) in calendar.checkpoints[c].slotsByDay.enumerated() {
                let users = day.slots.flatMap { instance.chainsAt[c][$0] }
                guard !users.isEmpty else { continue }
                try model.addConstraint("dailyCap[\(checkpoint.id),\(dayIndex + 1)]", .atMost(Double(cap))) { row in
                    for (h, position) in users { row.add(1, cross[h][position]) }
                }
            }
        }

        // Lane hours per day (planned lanes; fixed lanes were checked against the cap up front).
        for (c, checkpoint) in problem.checkpoints.enumerated() {
            guard let cap = checkpoint.laneHoursPerDay, checkpoint.lanes.isPlanned else { continue }
            let open = calendar.checkpoints[c].openMinutes
            for (dayIndex, day) in calendar.checkpoints[c].slotsByDay.enumerated() {
                let planned = day.slots.filter { lanes[c][$0] != nil }
                guard !planned.isEmpty else { continue }
                try model.addConstraint("laneHoursPerDay[\(checkpoint.id),\(dayIndex + 1)]", .atMost(cap)) { row in
                    for slot in planned { row.add(Double(open[slot]) / 60, lanes[c][slot]!) }
                }
            }
        }
    }
}
