// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario

/// One panel per checkpoint over the horizon: trucks crossing per slot (bars), the waiting queue
/// (line), open slots shaded, closed local days marked; drawn from the typed plan.
struct CrossingsChart {
    let plan: CrossingsPlan
    let problem: CrossingsProblem
    let horizon: Horizon

    func svg(title: String) -> String {
        let left = 70.0, right = 40.0, top = 36.0, panelHeight = 130.0, gap = 34.0
        let width = 960.0
        let plotWidth = width - left - right
        let count = plan.checkpoints.first?.slots.count ?? 0
        let height = top + Double(plan.checkpoints.count) * (panelHeight + gap) + 30
        var svg = SVGDocument(width: width, height: height, title: "\(title): crossings and queue per checkpoint")
        svg.text("\(title): trucks crossing per slot (bars) and waiting queue (line)", x: left, y: 20, bold: true)
        guard count > 0 else { return svg.rendered() }
        let slotWidth = plotWidth / Double(count)
        let calendar = SlotCalendar(problem)
        for (c, schedule) in plan.checkpoints.enumerated() {
            let checkpoint = problem.checkpoints[c]
            let y0 = top + Double(c) * (panelHeight + gap) + 14
            let table = calendar.checkpoints[c]
            let closed = Set(checkpoint.closed.map(\.daysSinceEpoch))
            let peak = max(1, schedule.slots.map { max($0.trucks, $0.queue) }.max() ?? 1)
            let scale = (panelHeight - 10) / Double(peak)
            svg.text(checkpoint.name ?? checkpoint.id, x: left, y: y0 - 4, bold: true)
            // Open slots shaded green, slots of a closed local day grey.
            for slot in schedule.slots {
                let x = left + Double(slot.slot) * slotWidth
                let day = table.slotsByDay[table.dayOfSlot[slot.slot]].day
                if closed.contains(day), slot.openMinutes == 0 {
                    svg.rect(x: x, y: y0, width: slotWidth, height: panelHeight, fill: "#9e9e9e", opacity: 0.35,
                             tooltip: "closed \(LocalDate(daysSinceEpoch: day))")
                } else if slot.openMinutes > 0 {
                    svg.rect(x: x, y: y0, width: slotWidth, height: panelHeight, fill: "#c8e6c9", opacity: 0.5)
                }
            }
            svg.rect(x: left, y: y0, width: plotWidth, height: panelHeight, fill: "none", stroke: "#888")
            for slot in schedule.slots where slot.trucks > 0 {
                let h = Double(slot.trucks) * scale
                svg.rect(
                    x: left + Double(slot.slot) * slotWidth, y: y0 + panelHeight - h,
                    width: max(slotWidth - 0.5, 0.5), height: h, fill: "#4f81bd",
                    tooltip: "\(horizon.iso(hoursAfterStart: slot.start)): \(slot.trucks) trucks, queue \(slot.queue), \(slot.lanes) lanes, \(slot.openMinutes) min open")
            }
            svg.polyline(
                schedule.slots.map { (left + (Double($0.slot) + 0.5) * slotWidth, y0 + panelHeight - Double($0.queue) * scale) },
                stroke: "#c0504d")
            svg.text("\(peak)", x: left - 6, y: y0 + 10, anchor: .end, size: 10)
            svg.text("0", x: left - 6, y: y0 + panelHeight, anchor: .end, size: 10)
            // Day ticks at the horizon's midnights.
            var hour = 0.0
            while hour <= horizon.hours {
                let x = left + hour / horizon.hours * plotWidth
                svg.line(x1: x, y1: y0 + panelHeight, x2: x, y2: y0 + panelHeight + 4, stroke: "#555")
                svg.text(String(horizon.iso(hoursAfterStart: hour).prefix(10)), x: x, y: y0 + panelHeight + 15, anchor: .middle, size: 9)
                hour += 24
            }
        }
        legend(in: &svg, x: left, y: height - 18)
        return svg.rendered()
    }

    /// What the colours mean, below the last panel.
    private func legend(in svg: inout SVGDocument, x: Double, y: Double) {
        let entries: [(fill: String, opacity: Double?, text: String)] = [
            ("#4f81bd", nil, "trucks crossing"), ("#c8e6c9", 0.5, "open"),
            ("#9e9e9e", 0.35, "closed day"),
        ]
        var at = x
        for entry in entries {
            svg.rect(x: at, y: y - 9, width: 14, height: 10, fill: entry.fill, opacity: entry.opacity)
            svg.text(entry.text, x: at + 18, y: y, size: 10)
            at += 30 + Double(entry.text.count) * 6
        }
        svg.line(x1: at, y1: y - 4, x2: at + 14, y2: y - 4, stroke: "#c0504d", width: 1.5)
        svg.text("trucks waiting", x: at + 18, y: y, size: 10)
    }
}
