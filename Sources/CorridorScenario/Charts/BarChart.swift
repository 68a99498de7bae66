// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorSupport
import Foundation

/// A horizontal bar chart as SVG: one labelled bar per value, negative values to the left of a
/// zero line.
public struct BarChart: Sendable {
    public var title: String
    public var bars: [(label: String, value: Double)]
    /// At most this many bars are drawn (the largest by magnitude); the title says so.
    public var limit: Int

    public init(title: String, bars: [(label: String, value: Double)], limit: Int = 60) {
        self.title = title
        self.bars = bars
        self.limit = limit
    }

    public func svg() -> String {
        var shown = bars.filter { $0.value.isFinite }
        var heading = title
        if shown.count > limit {
            shown = Array(shown.sorted { abs($0.value) > abs($1.value) }.prefix(limit))
            heading += " (the \(limit) largest of \(bars.count))"
        }
        let rowHeight = 18.0
        let labelWidth = 200.0
        let barWidth = 480.0
        let top = 36.0
        let height = top + rowHeight * Double(max(shown.count, 1)) + 16
        let low = min(0, shown.map(\.value).min() ?? 0)
        let high = max(0, shown.map(\.value).max() ?? 0)
        let span = high - low > 0 ? high - low : 1
        func x(_ value: Double) -> Double { labelWidth + (value - low) / span * barWidth }

        var svg = SVGDocument(width: labelWidth + barWidth + 100, height: height, title: heading)
        svg.text(heading, x: 8, y: 20, size: 14, bold: true)
        if shown.isEmpty { svg.text("no non-zero values", x: 8, y: top + 12) }
        for (index, bar) in shown.enumerated() {
            let y = top + Double(index) * rowHeight
            let label = bar.label.count > 30 ? String(bar.label.prefix(29)) + "…" : bar.label
            svg.text(label, x: labelWidth - 6, y: y + 13, anchor: .end)
            svg.rect(
                x: min(x(0), x(bar.value)), y: y + 3, width: max(abs(x(bar.value) - x(0)), 0.5),
                height: rowHeight - 6, fill: bar.value < 0 ? "#c0504d" : "#4f81bd",
                tooltip: "\(bar.label) = \(NumberText.format(bar.value))")
            svg.text(short(bar.value), x: max(x(bar.value), x(0)) + 4, y: y + 13)
        }
        svg.line(x1: x(0), y1: top, x2: x(0), y2: height - 16)
        return svg.rendered()
    }

    private func short(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e12 ? String(Int(value)) : String(format: "%.4g", value)
    }
}
