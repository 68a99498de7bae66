// SPDX-License-Identifier: GPL-3.0-or-later

extension YardProblem {
    /// The data section for `Models/yard.mod`, the MathProg twin of this model: solving the two
    /// gives the same optimal objective.
    public func mathProgData() -> String {
        func symbol(_ text: String) -> String { "'" + String(text.flatMap { $0 == "'" ? ["'", "'"] : [$0] }) + "'" }
        func number(_ value: Double) -> String { value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)" }
        let periods = periodCount
        var lines: [String] = ["data;", ""]
        lines.append("param P := \(periods);")
        lines.append("param teu_per_move := \(number(teuPerMove));")
        lines.append("param balance_weight := \(number(balanceWeight));")
        lines.append("param demand_scale := \(number(demandScale));")
        lines.append("set POINTS := \(points.map(symbol).joined(separator: " "));")
        lines.append("set BLOCKS := \(blocks.map { symbol($0.id) }.joined(separator: " "));")
        lines.append("set FLOWS := \(flows.map { symbol($0.id) }.joined(separator: " "));")
        let mipFlows = flows.filter { $0.maxBlocks != nil || $0.minTEUPerBlock != nil }
        lines.append("set MIP_FLOWS := \(mipFlows.map { symbol($0.id) }.joined(separator: " "));")
        lines.append("")
        lines.append(
            "param: capacity_teu max_fill reefer_plugs block_hazardous moves_per_period initial_teu initial_leaves :=")
        for block in blocks {
            lines.append(
                "  \(symbol(block.id)) \(number(block.capacityTEU)) \(number(block.maxFill)) \(number(block.reeferPlugs)) \(block.hazardous ? 1 : 0) \(number(block.movesPerPeriod)) \(number(block.initialTEU)) \(block.initialLeaves ?? periods)"
            )
        }
        lines.append(";")
        lines.append("param distance_m :=")
        for block in blocks {
            for point in points {
                lines.append("  \(symbol(block.id)) \(symbol(point)) \(number(block.distanceMeters[point] ?? 0))")
            }
        }
        lines.append(";")
        lines.append("param: teu enters leaves from to reefer hazardous penalty :=")
        for flow in flows {
            lines.append(
                "  \(symbol(flow.id)) \(number(flow.teu)) \(flow.enters) \(flow.leaves) \(symbol(flow.from)) \(symbol(flow.to)) \(flow.reefer ? 1 : 0) \(flow.hazardous ? 1 : 0) \(number(penalty(of: flow)))"
            )
        }
        lines.append(";")
        if !mipFlows.isEmpty {
            lines.append("param: max_blocks min_teu_per_block :=")
            for flow in mipFlows {
                lines.append(
                    "  \(symbol(flow.id)) \(flow.maxBlocks ?? blocks.count) \(number(flow.minTEUPerBlock ?? 0))")
            }
            lines.append(";")
        }
        lines.append("")
        lines.append("end;")
        return lines.joined(separator: "\n") + "\n"
    }
}
