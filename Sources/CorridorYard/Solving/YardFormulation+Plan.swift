// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

extension YardFormulation {
    /// The plan a solution of this (plan) model describes. Occupancy, moves and KPIs are
    /// recomputed from the placements, not read from rows (a block and period with no flow has
    /// no row).
    func plan(from solution: Solution) -> YardPlan {
        let flows = problem.flows, blocks = problem.blocks
        let periods = problem.periodCount
        var plan = YardPlan(
            status: solution.status, objective: solution.status.hasSolution ? solution.objective : nil,
            bound: solution.bound, gap: solution.status.hasSolution ? solution.gap : nil,
            seconds: solution.seconds, model: YardModelSize(model), placements: [], overflow: [],
            occupancy: [], kpis: YardKPIs(teuKm: 0, peakFill: 0, peakEquipmentUtilisation: 0,
                                          placedTEU: 0, overflowTEU: 0),
            message: solution.message)
        guard solution.status.hasSolution else { return plan }

        var stored = blocks.map { block in (0..<periods).map { block.initialStock(inPeriod: $0) } }
        var movedTEU = blocks.map { block in
            (0..<periods).map { block.initialTEULeaving(inPeriod: $0, periodCount: periods) }
        }
        for (f, flow) in flows.enumerated() {
            for (b, block) in blocks.enumerated() {
                guard let x = place[f][b] else { continue }
                let teu = Self.cleaned(solution[x])
                guard teu > 0 else { continue }
                plan.placements.append(YardPlacement(flow: flow.id, block: block.id, teu: teu))
                plan.kpis.teuKm +=
                    teu * (block.distanceMeters[flow.from]! + block.distanceMeters[flow.to]!) / 1000
                plan.kpis.placedTEU += teu
                for p in flow.enters..<flow.leaves { stored[b][p] += teu }
                for p in 0..<periods where flow.moves(inPeriod: p, periodCount: periods) {
                    movedTEU[b][p] += teu
                }
            }
            if let spill = overflow[f] {
                let teu = Self.cleaned(solution[spill])
                if teu > 0 {
                    // The reason is filled in once the plan is known (see `OverflowReasons`).
                    plan.overflow.append(YardOverflow(flow: flow.id, teu: teu, reason: .capacity))
                    plan.kpis.overflowTEU += teu
                }
            }
        }
        for (b, block) in blocks.enumerated() {
            for p in 0..<periods {
                let fill = block.capacityTEU > 0 ? stored[b][p] / block.capacityTEU : 0
                let moves = movedTEU[b][p] / problem.teuPerMove
                let utilisation = moves / block.movesPerPeriod
                plan.occupancy.append(
                    YardOccupancy(
                        block: block.id, period: p, periodStartHours: problem.startHours(ofPeriod: p),
                        teu: stored[b][p], fill: fill, moves: moves, equipmentUtilisation: utilisation))
                plan.kpis.peakFill = max(plan.kpis.peakFill, fill)
                plan.kpis.peakEquipmentUtilisation = max(plan.kpis.peakEquipmentUtilisation, utilisation)
            }
        }
        return plan
    }

    /// A solver value with round-off removed: below 1e-7 TEU is 0.
    static func cleaned(_ value: Double) -> Double { abs(value) < 1e-7 ? 0 : value }
}
