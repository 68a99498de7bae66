// SPDX-License-Identifier: GPL-3.0-or-later

extension LPKind {
    /// A bar chart of the non-zero variable values; `nil` when there is no solution to draw.
    public func chart(of result: ScenarioResult) -> String? {
        guard let values = result.plan.objectValue, result.status == .optimal || result.status == .feasible
        else { return nil }
        let bars = values.compactMap { name, value in value.doubleValue.map { (label: name, value: $0) } }
        return BarChart(title: "\(result.scenario): variable values", bars: bars).svg()
    }
}
