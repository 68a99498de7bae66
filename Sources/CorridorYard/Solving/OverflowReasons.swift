// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

/// Why a flow overflows, read from the solved model rather than guessed.
///
/// At an optimum where flow f overflows, its conservation dual u_f equals its overflow penalty,
/// and placing one more TEU in block b would cost its TEU·km plus the shadow prices of every row
/// that TEU would enter (capacity and plugs in each period of its stay, moves in the periods it
/// enters and leaves, the balance rows). So:
///
/// - a block the flow may not use (dangerous goods; or, in a MIP, a block its binaries leave
///   unused) whose priced cost is below u_f shows the rule that keeps the flow out of it as the
///   reason: `hazardous blocks`, `max_blocks` (the flow uses all its blocks) or
///   `min_teu_per_block`;
/// - otherwise every block it may use is priced out by its rows: the rule whose rows carry the
///   largest share of those shadow prices (capacity, plugs or moves) is the reason;
/// - when no row carries a price, driving the TEU costs more than leaving it: `penalty`.
///
/// Without duals (a MIP whose fixed LP did not solve) the same questions are asked of the
/// plan's slacks: which rule has no room left in the blocks the flow may use.
struct OverflowReasons {
    let formulation: YardFormulation
    let duals: [Double]?
    let plan: YardPlan
    /// Dual of each rule's row per block and period (0 where the model has no such row).
    private var price: [YardRule: [[Double]]] = [:]
    /// The dual of each row that is about one flow (its conservation row).
    private var conservationDual: [Int: Double] = [:]

    init(_ formulation: YardFormulation, duals: [Double]?, plan: YardPlan) {
        self.formulation = formulation
        self.duals = duals
        self.plan = plan
        let blocks = formulation.problem.blocks.count, periods = formulation.problem.periodCount
        guard let duals else { return }
        for rule in [YardRule.capacity, .plugs, .moves, .balance] {
            price[rule] = Array(repeating: Array(repeating: 0, count: periods), count: blocks)
        }
        for (row, tag) in formulation.tags.enumerated() {
            switch tag.rule {
            case .capacity, .plugs, .moves, .balance:
                price[tag.rule]![tag.block][tag.period] = duals[row]
            case .conservation:
                conservationDual[tag.flow] = duals[row]
            default: break
            }
        }
    }

    func reason(forFlow f: Int) -> YardOverflowReason {
        let problem = formulation.problem
        let flow = problem.flows[f]
        if flow.hazardous && !problem.blocks.contains(where: \.hazardous) { return .hazardousBlocks }
        guard duals != nil else { return reasonFromSlacks(forFlow: f) }
        let worth = conservationDual[f] ?? problem.penalty(of: flow)
        let tolerance = 1e-7 * max(1, abs(worth))

        // Blocks the flow may not use: would it pay to place it there?
        var bestForbidden: (cost: Double, reason: YardOverflowReason)?
        for (b, block) in problem.blocks.enumerated() where formulation.place[f][b] == nil {
            let shares = shadowShares(flow: flow, block: b)
            let reducedCost = teuKm(flow, block) + shares.values.reduce(0, +) - worth
            guard reducedCost < -tolerance else { continue }
            let reason: YardOverflowReason
            if !flow.mayUse(block) {
                reason = .hazardousBlocks
            } else {
                let used = formulation.place[f].compactMap { $0 }.count
                reason = used >= (flow.maxBlocks ?? .max) ? .maxBlocks : .minTEUPerBlock
            }
            if bestForbidden == nil || reducedCost < bestForbidden!.cost {
                bestForbidden = (reducedCost, reason)
            }
        }
        if let bestForbidden { return bestForbidden.reason }

        // Blocks it may use: which rule's rows price them out.
        var total: [YardOverflowReason: Double] = [:]
        for b in problem.blocks.indices where formulation.place[f][b] != nil {
            for (reason, share) in shadowShares(flow: flow, block: b) { total[reason, default: 0] += share }
        }
        let order: [YardOverflowReason] = [.capacity, .plugs, .moves]
        guard let best = order.max(by: { total[$0, default: 0] < total[$1, default: 0] }),
            total[best, default: 0] > tolerance
        else { return .penalty }
        return best
    }

    /// The shadow cost per TEU of flow `flow` in block `b`, by the rule it would press on:
    /// −dual × coefficient over the rows one more TEU would enter (balance rows count as moves).
    private func shadowShares(flow: YardFlow, block b: Int) -> [YardOverflowReason: Double] {
        let problem = formulation.problem
        let periods = problem.periodCount
        let perMove = 1 / problem.teuPerMove
        var shares: [YardOverflowReason: Double] = [.capacity: 0, .plugs: 0, .moves: 0]
        for p in flow.enters..<flow.leaves {
            shares[.capacity]! += -price[.capacity]![b][p]
            if flow.reefer { shares[.plugs]! += -price[.plugs]![b][p] }
        }
        let balanceCoefficient = -perMove / problem.blocks[b].movesPerPeriod
        for p in 0..<periods where flow.moves(inPeriod: p, periodCount: periods) {
            shares[.moves]! += -price[.moves]![b][p] * perMove
            shares[.moves]! += -price[.balance]![b][p] * balanceCoefficient
        }
        return shares
    }

    private func teuKm(_ flow: YardFlow, _ block: YardBlock) -> Double {
        (block.distanceMeters[flow.from]! + block.distanceMeters[flow.to]!) / 1000
    }

    /// The reason from the plan's slacks: the first rule (capacity, plugs, moves) with no room
    /// left in every block the flow may use; a block left unused by the MIP's binaries while
    /// it has room shows `max_blocks` or `min_teu_per_block`.
    private func reasonFromSlacks(forFlow f: Int) -> YardOverflowReason {
        let problem = formulation.problem
        let flow = problem.flows[f]
        let periods = problem.periodCount
        var occupancy: [String: [YardOccupancy]] = [:]
        for row in plan.occupancy { occupancy[row.block, default: []].append(row) }
        var counts: [YardOverflowReason: Int] = [:]
        let placedIn = Set(plan.placements.filter { $0.flow == flow.id }.map(\.block))
        for block in problem.blocks {
            let rows = occupancy[block.id] ?? []
            let full = (flow.enters..<flow.leaves).contains {
                rows[$0].teu >= block.usableTEU - 1e-6
            }
            let noPlugs =
                flow.reefer
                && (flow.enters..<flow.leaves).contains { p in
                    let reefers = plan.placements.filter { placement in
                        placement.block == block.id
                            && problem.flows.first { $0.id == placement.flow }.map {
                                $0.reefer && $0.isPresent(inPeriod: p)
                            } == true
                    }
                    return reefers.reduce(0) { $0 + $1.teu } >= block.reeferPlugs - 1e-6
                }
            let noMoves = (0..<periods).contains { p in
                flow.moves(inPeriod: p, periodCount: periods)
                    && rows[p].moves >= block.movesPerPeriod - 1e-6
            }
            let reason: YardOverflowReason? =
                !flow.mayUse(block) ? .hazardousBlocks
                : full ? .capacity : noPlugs ? .plugs : noMoves ? .moves
                : placedIn.contains(block.id) ? nil
                : flow.maxBlocks.map { placedIn.count >= $0 } == true ? .maxBlocks
                : flow.minTEUPerBlock != nil ? .minTEUPerBlock : nil
            if let reason { counts[reason, default: 0] += 1 }
        }
        let order: [YardOverflowReason] = [.capacity, .plugs, .moves, .hazardousBlocks, .maxBlocks, .minTEUPerBlock]
        return order.max { counts[$0, default: 0] < counts[$1, default: 0] }
            .flatMap { counts[$0, default: 0] > 0 ? $0 : nil } ?? .penalty
    }
}
