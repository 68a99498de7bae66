// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// A horizontal bar chart as SVG: one labelled bar per value, negative values to the left of a
/// zero line. Plain SVG 1.1, no script or external style, so any browser or viewer shows it.
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
        let width = labelWidth + barWidth + 100
        let height = top + rowHeight * Double(max(shown.count, 1)) + 16
        let low = min(0, shown.map(\.value).min() ?? 0)
        let high = max(0, shown.map(\.value).max() ?? 0)
        let span = high - low > 0 ? high - low : 1
        func x(_ value: Double) -> Double { labelWidth + (value - low) / span * barWidth }

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
            viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12">
            <title>\(escape(heading))</title>
            <text x="8" y="20" font-size="14" font-weight="bold">\(escape(heading))</text>

            """
        if shown.isEmpty {
            svg += "<text x=\"8\" y=\"\(Int(top + 12))\">no non-zero values</text>\n"
        }
        for (index, bar) in shown.enumerated() {
            let y = top + Double(index) * rowHeight
            let start = min(x(0), x(bar.value))
            let length = abs(x(bar.value) - x(0))
            let label = bar.label.count > 30 ? String(bar.label.prefix(29)) + "…" : bar.label
            svg += """
                <text x="\(format(labelWidth - 6))" y="\(format(y + 13))" text-anchor="end">\(escape(label))</text>
                <rect x="\(format(start))" y="\(format(y + 3))" width="\(format(max(length, 0.5)))" height="\(format(rowHeight - 6))" fill="\(bar.value < 0 ? "#c0504d" : "#4f81bd")"><title>\(escape(bar.label)) = \(NumberText.format(bar.value))</title></rect>
                <text x="\(format(max(x(bar.value), x(0)) + 4))" y="\(format(y + 13))">\(escape(short(bar.value)))</text>

                """
        }
        svg += "<line x1=\"\(format(x(0)))\" y1=\"\(Int(top))\" x2=\"\(format(x(0)))\" y2=\"\(format(height - 16))\" stroke=\"#333\"/>\n"
        svg += "</svg>\n"
        return svg
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : "\(rounded)"
    }

    private func short(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e12 ? String(Int(value)) : String(format: "%.4g", value)
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
