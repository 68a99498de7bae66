// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario

/// The Gantt chart of a berth plan: one row per berth, time across; unavailable time shaded,
/// each vessel's wait (eta to start) as a thin bar before its service bar, unserved vessels
/// listed under the chart with their reasons.
struct BerthGantt {
    let plan: BerthPlan
    let input: BerthKind.Input

    func svg(title: String) -> String {
        let problem = input.problem
        let H = problem.horizonHours
        let left = 90.0, right = 20.0, top = 40.0, rowHeight = 34.0
        let plotWidth = 960.0
        let rows = Double(problem.berths.count)
        let listTop = top + rows * rowHeight + 40
        let height = listTop + 18 * Double(plan.unserved.count + 1) + 10
        var svg = SVGDocument(width: left + plotWidth + right, height: height, title: title)
        func x(_ hours: Double) -> Double { left + max(0, min(H, hours)) / H * plotWidth }
        svg.text(title, x: left, y: 20, bold: true)
        // Time axis: a tick every day (or every H/8 for short horizons).
        let tick = H >= 48 ? 24.0 : max(1, (H / 8).rounded(.up))
        var t = 0.0
        while t <= H + 1e-9 {
            svg.line(x1: x(t), y1: top - 4, x2: x(t), y2: top + rows * rowHeight, stroke: "#ccc", width: 0.5)
            svg.text("\(t.hoursText) h", x: x(t), y: top - 8, anchor: .middle, size: 10)
            t += tick
        }
        let order = Dictionary(uniqueKeysWithValues: problem.berths.enumerated().map { ($1.id, $0) })
        for (k, berth) in problem.berths.enumerated() {
            let y = top + Double(k) * rowHeight
            svg.text(berth.id, x: left - 8, y: y + rowHeight / 2 + 4, anchor: .end, bold: true)
            svg.rect(x: left, y: y + 2, width: plotWidth, height: rowHeight - 4, fill: "#f7f7f7", stroke: "#ddd")
            // Unavailable time: the complement of the merged windows, shaded.
            var free = 0.0
            for window in merged(berth.available ?? [HourWindow(from: 0, to: H)]) {
                if window.from > free {
                    svg.rect(x: x(free), y: y + 2, width: x(window.from) - x(free), height: rowHeight - 4,
                             fill: "#9e9e9e", opacity: 0.45, tooltip: "\(berth.id) unavailable \(free.hoursText)–\(window.from.hoursText) h")
                }
                free = max(free, window.to)
            }
            if free < H {
                svg.rect(x: x(free), y: y + 2, width: x(H) - x(free), height: rowHeight - 4,
                         fill: "#9e9e9e", opacity: 0.45, tooltip: "\(berth.id) unavailable \(free.hoursText)–\(H.hoursText) h")
            }
        }
        for a in plan.assignments {
            guard let k = order[a.berth] else { continue }
            let y = top + Double(k) * rowHeight
            let eta = a.startHours - a.waitHours
            if a.waitHours > 0 {
                svg.rect(x: x(eta), y: y + rowHeight - 10, width: x(a.startHours) - x(eta), height: 5,
                         fill: "#f0a030", tooltip: "\(a.vessel) waits \(a.waitHours.hoursText) h (eta \(eta.hoursText) h)")
            }
            svg.rect(x: x(a.startHours), y: y + 6, width: x(a.finishHours) - x(a.startHours), height: rowHeight - 18,
                     fill: "#4f81bd", stroke: "#fff",
                     tooltip: "\(a.vessel) at \(a.berth): \(input.horizon.iso(hoursAfterStart: a.startHours)) – \(input.horizon.iso(hoursAfterStart: a.finishHours)), wait \(a.waitHours.hoursText) h")
            let barWidth = x(a.finishHours) - x(a.startHours)
            if let label = SVGDocument.fitted(a.vessel, width: barWidth - 5, size: 9) {
                svg.text(label, x: x(a.startHours) + 3, y: y + rowHeight / 2 + 1, size: 9, fill: "#fff")
            }
        }
        // Legend and the unserved list.
        let legend = top + rows * rowHeight + 16
        svg.rect(x: left, y: legend - 9, width: 14, height: 9, fill: "#4f81bd")
        svg.text("service", x: left + 18, y: legend, size: 10)
        svg.rect(x: left + 80, y: legend - 6, width: 14, height: 5, fill: "#f0a030")
        svg.text("wait from eta to start", x: left + 98, y: legend, size: 10)
        svg.rect(x: left + 240, y: legend - 9, width: 14, height: 9, fill: "#9e9e9e", opacity: 0.45)
        svg.text("berth unavailable", x: left + 258, y: legend, size: 10)
        if plan.unserved.isEmpty {
            svg.text("Every vessel is served.", x: left, y: listTop, size: 11)
        } else {
            svg.text("Unserved:", x: left, y: listTop, size: 11, bold: true)
            for (n, u) in plan.unserved.enumerated() {
                svg.text("\(u.vessel): \(u.reason)", x: left, y: listTop + 18 * Double(n + 1), size: 11)
            }
        }
        return svg.rendered()
    }

    private func merged(_ windows: [HourWindow]) -> [HourWindow] {
        var result: [HourWindow] = []
        for w in windows.sorted(by: { $0.from < $1.from }) {
            if let last = result.last, w.from <= last.to { result[result.count - 1].to = max(last.to, w.to) } else { result.append(w) }
        }
        return result
    }
}
