// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorYard

/// Small problems for hand-checked cases: one quay Q and one gate G, 2 periods of 12 h unless
/// said otherwise.
enum Yard {
    static func block(
        _ id: String, capacity: Double = 100, maxFill: Double = 1, plugs: Double = 0,
        hazardous: Bool = false, moves: Double = 1000, quay: Double, gate: Double,
        initial: Double = 0, initialLeaves: Int? = nil
    ) -> YardBlock {
        YardBlock(
            id: id, capacityTEU: capacity, maxFill: maxFill, reeferPlugs: plugs,
            hazardous: hazardous, movesPerPeriod: moves, distanceMeters: ["Q": quay, "G": gate],
            initialTEU: initial, initialLeaves: initialLeaves)
    }

    static func flow(
        _ id: String, teu: Double, enters: Int = 0, leaves: Int = 2, reefer: Bool = false,
        hazardous: Bool = false, maxBlocks: Int? = nil, minTEU: Double? = nil,
        penalty: Double? = nil
    ) -> YardFlow {
        YardFlow(
            id: id, teu: teu, enters: enters, leaves: leaves, from: "Q", to: "G", reefer: reefer,
            hazardous: hazardous, maxBlocks: maxBlocks, minTEUPerBlock: minTEU,
            overflowPenalty: penalty)
    }

    static func problem(
        periods: Int = 2, teuPerMove: Double = 1, penalty: Double = 1000, balance: Double = 0,
        scale: Double = 1, blocks: [YardBlock], flows: [YardFlow]
    ) -> YardProblem {
        YardProblem(
            horizonHours: Double(periods) * 12, periodHours: 12, teuPerMove: teuPerMove,
            overflowPenalty: penalty, balanceWeight: balance, demandScale: scale,
            points: ["Q", "G"], blocks: blocks, flows: flows)
    }
}
