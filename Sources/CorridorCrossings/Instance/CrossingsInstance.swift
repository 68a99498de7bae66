// SPDX-License-Identifier: GPL-3.0-or-later

/// A validated problem prepared for the formulation: trucks scaled, the slots each request can
/// use at each checkpoint, and the aggregation that keeps the model small.
///
/// Two aggregations make the week-scale scenarios cheap without changing the optimum:
/// - **Groups.** A truck crossing in slot `s` costs `weight × (start_s − ready)`; the
///   `−weight × ready` part is the same wherever and whether it crosses (an unserved truck costs
///   `weight × (H − ready + penalty)`), so it is a constant. Requests with the same weight, the
///   same unserved cost and the same usable slot window at each checkpoint (and lane minutes
///   there) are interchangeable and share one set of variables.
/// - **Chains.** Trucks of one weight and lane minutes waiting at one checkpoint with the same
///   last usable slot also are interchangeable: instead of an arc from every group to every slot
///   it may use, a group enters its checkpoint's chain at its first usable slot and the chain
///   carries waiting trucks from slot to slot until they cross. Crossing at `s` costs
///   `weight × start_s`. This is the same polytope projected (arcs request → slot become
///   paths through the chain), so a network stays a network and the LP bound does not weaken.
struct CrossingsInstance: Sendable {
    let problem: CrossingsProblem
    let calendar: SlotCalendar
    /// Trucks of each request after `demand_scale`, rounded half up.
    let trucks: [Int]
    let weights: [Double]
    /// `weight × (H + penalty)`: the cost of an unserved truck without the constant part.
    let unservedCosts: [Double]
    /// Per request: the checkpoints where some slot is usable, with the usable window.
    let windows: [[Window]]
    let groups: [Group]
    let chains: [Chain]
    /// Per checkpoint, per slot: the chains that may cross there, with the slot's position in the
    /// chain.
    let chainsAt: [[[(chain: Int, position: Int)]]]
    /// `Σ −weight × trucks × ready` plus the cost of fixed lanes: the objective's constant.
    let constant: Double

    /// Where a request can cross at one checkpoint: the first and last slot it may use there.
    struct Window: Sendable, Hashable {
        var checkpoint: Int
        var minutes: Double
        var first: Int
        var last: Int
    }

    struct Group: Sendable {
        var requests: [Int]
        var trucks: Int
        var weight: Double
        var unservedCost: Double
        /// The windows (the same for every member) and the chain each enters.
        var windows: [Window]
        var chains: [Int]
    }

    struct Chain: Sendable {
        var checkpoint: Int
        var minutes: Double
        var weight: Double
        /// The usable slots from the earliest entry to the last slot, in order.
        var slots: [Int]
        /// Members entering the chain: group, and the position of its entry slot in `slots`.
        var entries: [(group: Int, position: Int)]
    }

    init(_ problem: CrossingsProblem) {
        self.problem = problem
        let calendar = SlotCalendar(problem)
        self.calendar = calendar
        let horizonHours = problem.horizon.hours
        let slotHours = Double(problem.slotMinutes) / 60
        let defaultPenalty = problem.unservedPenaltyHours ?? horizonHours
        let indexOfCheckpoint = Dictionary(
            uniqueKeysWithValues: problem.checkpoints.enumerated().map { ($1.id, $0) })

        trucks = problem.requests.map { Self.scaled($0.trucks, by: problem.demandScale) }
        weights = problem.requests.map(\.effectiveWeight)
        unservedCosts = problem.requests.indices.map { index in
            let request = problem.requests[index]
            return request.effectiveWeight
                * (horizonHours + (request.unservedPenaltyHours ?? defaultPenalty))
        }

        // A slot is usable for trucks of `minutes` when it has open minutes, a day with a cap
        // above 0, and lane minutes for at least one such truck.
        func usable(_ checkpoint: Int, _ slot: Int, _ minutes: Double) -> Bool {
            let table = calendar.checkpoints[checkpoint]
            let open = table.openMinutes[slot]
            guard open > 0 else { return false }
            if let cap = problem.checkpoints[checkpoint].dailyCap, cap <= 0 { return false }
            return Double(problem.checkpoints[checkpoint].lanes.maximum * open) >= minutes - 1e-9
        }

        var windows: [[Window]] = []
        for request in problem.requests {
            var list: [Window] = []
            let allowed = request.checkpoints.map { $0.compactMap { indexOfCheckpoint[$0] } }
                ?? Array(problem.checkpoints.indices)
            for checkpoint in allowed.sorted() {
                let minutes = problem.checkpoints[checkpoint].minutes(for: request.cargo)
                let arrival = request.ready + request.travel(to: problem.checkpoints[checkpoint].id)
                var first = max(0, Int(((arrival - 1e-9) / slotHours).rounded(.up)))
                var last = calendar.slotCount - 1
                if let deadline = request.deadline {
                    last = min(last, Int(((deadline + 1e-9) / slotHours).rounded(.down)))
                }
                while first <= last, !usable(checkpoint, first, minutes) { first += 1 }
                while last >= first, !usable(checkpoint, last, minutes) { last -= 1 }
                if first <= last {
                    list.append(Window(checkpoint: checkpoint, minutes: minutes, first: first, last: last))
                }
            }
            windows.append(list)
        }
        self.windows = windows

        // Groups: interchangeable requests.
        struct GroupKey: Hashable {
            var weight: Double
            var unservedCost: Double
            var windows: [Window]
        }
        var groupOfKey: [GroupKey: Int] = [:]
        var groups: [Group] = []
        for request in problem.requests.indices where trucks[request] > 0 {
            let key = GroupKey(
                weight: weights[request], unservedCost: unservedCosts[request],
                windows: windows[request])
            if let group = groupOfKey[key] {
                groups[group].requests.append(request)
                groups[group].trucks += trucks[request]
            } else {
                groupOfKey[key] = groups.count
                groups.append(
                    Group(
                        requests: [request], trucks: trucks[request], weight: key.weight,
                        unservedCost: key.unservedCost, windows: key.windows, chains: []))
            }
        }

        // Chains: one per checkpoint, lane minutes, weight and last usable slot.
        struct ChainKey: Hashable {
            var checkpoint: Int
            var minutes: Double
            var weight: Double
            var last: Int
        }
        var chainOfKey: [ChainKey: Int] = [:]
        var chainKeys: [ChainKey] = []
        var firstEntry: [Int] = []
        for group in groups.indices {
            for window in groups[group].windows {
                let key = ChainKey(
                    checkpoint: window.checkpoint, minutes: window.minutes,
                    weight: groups[group].weight, last: window.last)
                let chain: Int
                if let known = chainOfKey[key] {
                    chain = known
                    firstEntry[chain] = min(firstEntry[chain], window.first)
                } else {
                    chain = chainKeys.count
                    chainOfKey[key] = chain
                    chainKeys.append(key)
                    firstEntry.append(window.first)
                }
                groups[group].chains.append(chain)
            }
        }
        var chains = chainKeys.indices.map { chain -> Chain in
            let key = chainKeys[chain]
            let slots = (firstEntry[chain]...key.last).filter { usable(key.checkpoint, $0, key.minutes) }
            return Chain(checkpoint: key.checkpoint, minutes: key.minutes, weight: key.weight, slots: slots, entries: [])
        }
        var positionOf: [[Int: Int]] = chains.map { chain in
            Dictionary(uniqueKeysWithValues: chain.slots.enumerated().map { ($1, $0) })
        }
        for group in groups.indices {
            for (window, chain) in zip(groups[group].windows, groups[group].chains) {
                chains[chain].entries.append((group, positionOf[chain][window.first]!))
            }
        }
        positionOf = []
        var chainsAt = problem.checkpoints.map { _ in
            [[(chain: Int, position: Int)]](repeating: [], count: calendar.slotCount)
        }
        for (index, chain) in chains.enumerated() {
            for (position, slot) in chain.slots.enumerated() {
                chainsAt[chain.checkpoint][slot].append((index, position))
            }
        }
        self.groups = groups
        self.chains = chains
        self.chainsAt = chainsAt

        var constant = 0.0
        for request in problem.requests.indices {
            constant -= weights[request] * Double(trucks[request]) * problem.requests[request].ready
        }
        for (index, checkpoint) in problem.checkpoints.enumerated() {
            if case .fixed(let lanes) = checkpoint.lanes, checkpoint.laneHourCost > 0 {
                let openHours = Double(calendar.checkpoints[index].openMinutes.reduce(0, +)) / 60
                constant += checkpoint.laneHourCost * Double(lanes) * openHours
            }
        }
        self.constant = constant
    }

    /// `trucks × scale` rounded half up (a tiny tolerance keeps 2.5 from becoming 2 when the
    /// product lands just below it in binary).
    static func scaled(_ trucks: Int, by scale: Double) -> Int {
        if scale == 1 { return trucks }
        return Int((Double(trucks) * scale + 0.5 + 1e-9).rounded(.down))
    }

    /// Whether the network path applies, or why not: fixed lanes and one lane-minutes value for
    /// all the trucks that can use each checkpoint.
    var networkObstacle: String? {
        for (index, checkpoint) in problem.checkpoints.enumerated() {
            if checkpoint.lanes.isPlanned {
                return "checkpoint \(checkpoint.id) plans its lanes (lanes: {min, max}), which needs the MIP"
            }
            var minutes: [Double: CargoClass] = [:]
            for (request, list) in windows.enumerated() where trucks[request] > 0 {
                for window in list where window.checkpoint == index {
                    minutes[window.minutes] = problem.requests[request].cargo
                }
                if minutes.count > 1 { break }
            }
            if minutes.count > 1 {
                let described = minutes.sorted { $0.key < $1.key }
                    .map { "\($0.value.rawValue) \(format($0.key))" }.joined(separator: ", ")
                return "checkpoint \(checkpoint.id) takes different lane minutes by cargo class (\(described) minutes per truck), which needs the MIP"
            }
        }
        return nil
    }

    /// Whole trucks one slot can take at a checkpoint with fixed lanes and one lane-minutes value:
    /// `⌊lanes × open minutes / minutes per truck⌋`.
    func wholeTrucks(checkpoint: Int, slot: Int, minutes: Double) -> Double {
        let lanes = Double(problem.checkpoints[checkpoint].lanes.maximum)
        let open = Double(calendar.checkpoints[checkpoint].openMinutes[slot])
        return ((lanes * open) / minutes + 1e-9).rounded(.down)
    }
}
