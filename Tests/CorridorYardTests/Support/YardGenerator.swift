// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorYard

/// A reproducible pseudo-random generator (SplitMix64): the same seed gives the same problem on
/// every machine.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Seeded yards shaped like a feeder-and-rail hub: quays, a gate and a rail siding; blocks of
/// 300–900 TEU at 150–1,500 m with 150–250 moves a shift, a quarter with 80–160 plugs, a tenth
/// hazardous; flows of 10–200 TEU staying 1–10 periods, 8 % reefer and 4 % dangerous goods (both
/// in lots of 10–60 TEU).
enum YardGenerator {
    static func problem(
        seed: UInt64, days: Int = 14, periodHours: Double = 12, blocks blockCount: Int = 40,
        flows flowCount: Int = 300, maxBlocks: Int? = nil, minTEU: Double? = nil
    ) -> YardProblem {
        var random = SeededRandom(seed: seed)
        let points = ["CT1", "CT2", "GATE", "RAIL"]
        let periods = Int(Double(days) * 24 / periodHours)
        let blocks = (0..<blockCount).map { index -> YardBlock in
            let capacity = Double(Int.random(in: 30...90, using: &random) * 10)
            var distances: [String: Double] = [:]
            for point in points { distances[point] = Double(Int.random(in: 15...150, using: &random) * 10) }
            let moves = Double(Int.random(in: 15...25, using: &random) * 10)
            let initial =
                Bool.random(using: &random)
                ? min(capacity * Double.random(in: 0...0.4, using: &random), moves * 1.6).rounded(.down) : 0
            return YardBlock(
                id: "B\(index + 1)", capacityTEU: capacity, maxFill: 0.85,
                reeferPlugs: index % 4 == 0 ? Double(Int.random(in: 8...16, using: &random) * 10) : 0,
                hazardous: index % 10 == 3, movesPerPeriod: moves,
                distanceMeters: distances, initialTEU: initial,
                initialLeaves: initial > 0 && Bool.random(using: &random)
                    ? Int.random(in: 1..<periods, using: &random) : nil)
        }
        let flows = (0..<flowCount).map { index -> YardFlow in
            let enters = Int.random(in: 0..<periods, using: &random)
            let leaves = min(periods, enters + Int.random(in: 1...10, using: &random))
            var from = points.randomElement(using: &random)!
            var to = points.randomElement(using: &random)!
            if from == to { (from, to) = (points[index % 2], "GATE") }
            let kind = Int.random(in: 0..<100, using: &random)
            let tens = Int.random(in: 1...20, using: &random)
            // Reefers and dangerous goods come in smaller lots: 10–60 TEU.
            let teu = Double((kind < 8 || kind >= 96 ? 1 + tens % 6 : tens) * 10)
            return YardFlow(
                id: "F\(index + 1)", teu: teu,
                enters: enters, leaves: leaves, from: from, to: to, reefer: kind < 8,
                hazardous: kind >= 96, maxBlocks: maxBlocks, minTEUPerBlock: minTEU)
        }
        return YardProblem(
            horizonHours: Double(days) * 24, periodHours: periodHours, teuPerMove: 1.6,
            overflowPenalty: 1000, balanceWeight: 0, demandScale: 1, points: points,
            blocks: blocks, flows: flows)
    }
}
