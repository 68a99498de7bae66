// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import CorridorYard

/// Seeded yards shaped like a feeder-and-rail hub: quays, a gate and a rail siding; blocks of
/// 300–900 TEU at 150–1,500 m with 150–250 moves a shift, a quarter with 80–160 plugs, a tenth
/// hazardous; flows of 10–200 TEU staying 1–10 periods, 8 % reefer and 4 % dangerous goods (both
/// in lots of 10–60 TEU).
enum YardGenerator {
    static func problem(
        seed: UInt64, days: Int = 14, periodHours: Double = 12, blocks blockCount: Int = 40,
        flows flowCount: Int = 300, maxBlocks: Int? = nil, minTEU: Double? = nil
    ) -> YardProblem {
        var random = SeededGenerator(seed: seed)
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

extension YardGenerator {
    /// `problem` as a `kind: yard` scenario file, for timing `corridor solve` and
    /// `corridor yard capacity` in release mode on the same yard.
    static func scenarioYAML(_ problem: YardProblem, name: String, timeLimitSeconds: Double = 60) -> String {
        func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
        var lines = [
            "kind: yard", "name: \(name)",
            "horizon: {start: 2026-12-01T00:00:00+05:00, hours: \(number(problem.horizonHours))}",
            "period_hours: \(number(problem.periodHours))", "teu_per_move: \(number(problem.teuPerMove))",
            "overflow_penalty: \(number(problem.overflowPenalty))", "balance_weight: \(number(problem.balanceWeight))",
            "demand_scale: \(number(problem.demandScale))",
            "solver: {time_limit_seconds: \(number(timeLimitSeconds))}",
            "points: [\(problem.points.joined(separator: ", "))]", "blocks:",
        ]
        for block in problem.blocks {
            var fields = [
                "id: \(block.id)", "capacity_teu: \(number(block.capacityTEU))", "max_fill: \(number(block.maxFill))",
                "reefer_plugs: \(number(block.reeferPlugs))", "hazardous: \(block.hazardous)",
                "moves_per_period: \(number(block.movesPerPeriod))",
                "distance_m: {" + problem.points.map { "\($0): \(number(block.distanceMeters[$0]!))" }.joined(separator: ", ") + "}",
                "initial_teu: \(number(block.initialTEU))",
            ]
            if let leaves = block.initialLeaves { fields.append("initial_leaves: \(leaves)") }
            lines.append("  - {" + fields.joined(separator: ", ") + "}")
        }
        lines.append("flows:")
        for flow in problem.flows {
            var fields = [
                "id: \(flow.id)", "teu: \(number(flow.teu))", "enters: \(flow.enters)", "leaves: \(flow.leaves)",
                "from: \(flow.from)", "to: \(flow.to)", "reefer: \(flow.reefer)", "hazardous: \(flow.hazardous)",
            ]
            if let most = flow.maxBlocks { fields.append("max_blocks: \(most)") }
            if let least = flow.minTEUPerBlock { fields.append("min_teu_per_block: \(number(least))") }
            lines.append("  - {" + fields.joined(separator: ", ") + "}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
