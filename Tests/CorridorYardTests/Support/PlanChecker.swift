// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorYard
import Testing

/// An independent check of a yard plan: every rule re-checked on the returned placements and
/// the objective recomputed, with loops of its own (nothing from the formulation).
enum PlanChecker {
    /// Every rule the plan breaks, as readable lines (empty when the plan is valid).
    static func violations(of plan: YardPlan, for problem: YardProblem, tolerance: Double = 1e-6)
        -> [String]
    {
        var found: [String] = []
        let periods = Int((problem.horizonHours / problem.periodHours).rounded())
        let flowByID = Dictionary(uniqueKeysWithValues: problem.flows.map { ($0.id, $0) })
        let blockByID = Dictionary(uniqueKeysWithValues: problem.blocks.map { ($0.id, $0) })
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= tolerance * max(1, abs(a), abs(b)) }

        // Placements name real flows and blocks, hold dangerous goods in hazardous blocks only,
        // and respect max_blocks / min_teu_per_block.
        var placedTEU: [String: Double] = [:]
        var blocksUsed: [String: Int] = [:]
        for placement in plan.placements {
            guard let flow = flowByID[placement.flow], let block = blockByID[placement.block] else {
                found.append("placement of unknown flow or block: \(placement)")
                continue
            }
            if placement.teu < -tolerance { found.append("negative placement \(placement)") }
            if flow.hazardous && !block.hazardous {
                found.append("hazardous \(flow.id) in non-hazardous block \(block.id)")
            }
            if let least = flow.minTEUPerBlock, placement.teu < least - tolerance {
                found.append("\(flow.id) gets \(placement.teu) < min_teu_per_block \(least) in \(block.id)")
            }
            placedTEU[flow.id, default: 0] += placement.teu
            blocksUsed[flow.id, default: 0] += 1
        }
        var overflowTEU: [String: Double] = [:]
        for item in plan.overflow { overflowTEU[item.flow, default: 0] += item.teu }
        for flow in problem.flows {
            let due = flow.teu * problem.demandScale
            let accounted = placedTEU[flow.id, default: 0] + overflowTEU[flow.id, default: 0]
            if !near(accounted, due) {
                found.append("\(flow.id): placed + overflow = \(accounted), its TEU is \(due)")
            }
            if let most = flow.maxBlocks, blocksUsed[flow.id, default: 0] > most {
                found.append("\(flow.id) uses \(blocksUsed[flow.id]!) blocks > max_blocks \(most)")
            }
        }

        // Per block and period: capacity with fill limit, plugs, moves.
        var objectivePeaks = 0.0
        var worstUtilisation = Array(repeating: 0.0, count: periods)
        for block in problem.blocks {
            for p in 0..<periods {
                let initialHere = block.initialLeaves.map { p < $0 } ?? true
                var stored = initialHere ? block.initialTEU : 0
                var reefer = 0.0
                var moved = block.initialLeaves == p && p < periods ? block.initialTEU : 0
                for placement in plan.placements where placement.block == block.id {
                    let flow = flowByID[placement.flow]!
                    if flow.enters <= p && p < flow.leaves {
                        stored += placement.teu
                        if flow.reefer { reefer += placement.teu }
                    }
                    if flow.enters == p || (flow.leaves == p && p < periods) { moved += placement.teu }
                }
                if stored > block.capacityTEU * block.maxFill + tolerance * max(1, stored) {
                    found.append("\(block.id) period \(p): \(stored) TEU > \(block.capacityTEU) × \(block.maxFill)")
                }
                if reefer > block.reeferPlugs + tolerance * max(1, reefer) {
                    found.append("\(block.id) period \(p): \(reefer) reefer TEU > \(block.reeferPlugs) plugs")
                }
                let moves = moved / problem.teuPerMove
                if moves > block.movesPerPeriod + tolerance * max(1, moves) {
                    found.append("\(block.id) period \(p): \(moves) moves > \(block.movesPerPeriod)")
                }
                worstUtilisation[p] = max(worstUtilisation[p], moves / block.movesPerPeriod)
                if let row = plan.occupancy.first(where: { $0.block == block.id && $0.period == p }) {
                    if !near(row.teu, stored) {
                        found.append("occupancy \(block.id)/\(p) says \(row.teu), placements give \(stored)")
                    }
                } else {
                    found.append("no occupancy row for \(block.id) period \(p)")
                }
            }
        }
        objectivePeaks = worstUtilisation.reduce(0, +)

        // The objective, recomputed: TEU·km + overflow penalties + balance term.
        var objective = 0.0
        for placement in plan.placements {
            let flow = flowByID[placement.flow]!, block = blockByID[placement.block]!
            objective += placement.teu * (block.distanceMeters[flow.from]! + block.distanceMeters[flow.to]!) / 1000
        }
        for item in plan.overflow {
            objective += (flowByID[item.flow]!.overflowPenalty ?? problem.overflowPenalty) * item.teu
        }
        objective += problem.balanceWeight * objectivePeaks
        if let reported = plan.objective, !near(objective, reported) {
            found.append("objective recomputed \(objective), plan says \(reported)")
        }
        return found
    }
}

/// Solves `problem` and expects the checker to find nothing wrong with the plan.
@discardableResult
func solveChecked(
    _ problem: YardProblem, sourceLocation: SourceLocation = #_sourceLocation
) throws -> YardPlan {
    let plan = try problem.solve()
    #expect(plan.status == .optimal, sourceLocation: sourceLocation)
    let violations = PlanChecker.violations(of: plan, for: problem)
    #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))", sourceLocation: sourceLocation)
    return plan
}
