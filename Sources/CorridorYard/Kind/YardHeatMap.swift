// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario

/// The plan as a heat map: one row per block, one column per period, coloured by fill
/// (stored TEU / capacity). A cell at the block's fill limit is outlined; a last row marks the
/// periods in which overflowing flows would have been stored, with their TEU.
struct YardHeatMap {
    let plan: YardPlan
    let input: YardKind.Input

    func svg(title: String) -> String {
        let problem = input.problem
        let periods = problem.periodCount
        let cell = max(8, min(28, 900 / Double(max(periods, 1))))
        let rowHeight = 16.0
        let left = 90.0, top = 44.0
        let overflowRow = plan.overflow.isEmpty ? 0 : 1
        let gridHeight = Double(problem.blocks.count + overflowRow) * rowHeight
        let width = left + Double(periods) * cell + 150
        let height = top + gridHeight + 70
        var svg = SVGDocument(width: width, height: height, title: "\(title): yard fill by block and period")
        svg.text("\(title): fill by block and period", x: left, y: 18, bold: true)

        var fills: [String: [YardOccupancy]] = [:]
        for row in plan.occupancy { fills[row.block, default: []].append(row) }
        for (b, block) in problem.blocks.enumerated() {
            let y = top + Double(b) * rowHeight
            svg.text(block.id + (block.hazardous ? " ⚠" : ""), x: left - 6, y: y + rowHeight - 4, anchor: .end, size: 11)
            for row in fills[block.id] ?? [] {
                let atLimit = row.teu >= block.usableTEU - 1e-6 && block.usableTEU > 0
                svg.rect(
                    x: left + Double(row.period) * cell, y: y, width: cell - 1, height: rowHeight - 1,
                    fill: Self.colour(row.fill), stroke: atLimit ? "#000" : nil,
                    tooltip: "\(block.id), period \(row.period) (\(input.horizon.iso(hoursAfterStart: row.periodStartHours))): "
                        + "\(NumberRange.format(row.teu)) TEU, fill \(NumberRange.format((row.fill * 1000).rounded() / 10)) %, "
                        + "\(NumberRange.format(row.moves)) moves")
            }
        }
        if overflowRow == 1 {
            let y = top + Double(problem.blocks.count) * rowHeight
            svg.text("overflow", x: left - 6, y: y + rowHeight - 4, anchor: .end, size: 11, bold: true, fill: "#b2182b")
            let flows = Dictionary(uniqueKeysWithValues: problem.flows.map { ($0.id, $0) })
            for p in 0..<periods {
                let spilled = plan.overflow.filter { flows[$0.flow]?.isPresent(inPeriod: p) == true }
                let teu = spilled.reduce(0) { $0 + $1.teu }
                guard teu > 0 else { continue }
                svg.rect(
                    x: left + Double(p) * cell, y: y, width: cell - 1, height: rowHeight - 1, fill: "#b2182b",
                    tooltip: "period \(p): \(NumberRange.format(teu)) TEU not placed ("
                        + spilled.map { "\($0.flow): \($0.reason.rawValue)" }.joined(separator: ", ") + ")")
            }
        }
        // Period axis: a label every few periods, at the period's start.
        let every = max(1, Int((40 / cell).rounded(.up)))
        for p in stride(from: 0, to: periods, by: every) {
            svg.text(
                "\(p)", x: left + Double(p) * cell + cell / 2, y: top + gridHeight + 14, anchor: .middle, size: 10)
        }
        svg.text("period (\(NumberRange.format(problem.periodHours)) h)", x: left, y: top + gridHeight + 30, size: 11)
        // Legend: the colour scale.
        let legendX = left + Double(periods) * cell + 20
        for step in 0...10 {
            let fill = Double(step) / 10
            svg.rect(x: legendX, y: top + Double(10 - step) * 12, width: 16, height: 12, fill: Self.colour(fill))
        }
        svg.text("100 %", x: legendX + 22, y: top + 10, size: 10)
        svg.text("0 %", x: legendX + 22, y: top + 130, size: 10)
        svg.text("outlined: at max_fill", x: legendX, y: top + 150, size: 10)
        return svg.rendered()
    }

    /// White at 0, yellow at 0.5, red at 1 (and beyond).
    static func colour(_ fill: Double) -> String {
        let stops: [(Double, (Double, Double, Double))] = [
            (0, (247, 247, 247)), (0.5, (254, 224, 139)), (0.85, (244, 109, 67)), (1, (165, 0, 38)),
        ]
        let value = min(max(fill, 0), 1)
        var lower = stops[0], upper = stops[stops.count - 1]
        for (a, b) in zip(stops, stops.dropFirst()) where value >= a.0 && value <= b.0 {
            lower = a
            upper = b
            break
        }
        let t = upper.0 > lower.0 ? (value - lower.0) / (upper.0 - lower.0) : 0
        func channel(_ a: Double, _ b: Double) -> String {
            let v = Int((a + (b - a) * t).rounded())
            let hex = String(v, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + channel(lower.1.0, upper.1.0) + channel(lower.1.1, upper.1.1) + channel(lower.1.2, upper.1.2)
    }
}
