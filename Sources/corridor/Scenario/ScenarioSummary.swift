// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorBatch
import CorridorKit
import CorridorSupport
import Foundation

/// The terminal summary of a solved scenario: the common numbers, then a short table of the plan.
struct ScenarioSummary {
    let result: ScenarioResult
    /// Rows shown per plan table.
    var rowLimit = 12

    var text: String {
        var lines: [String] = []
        lines.append("scenario   \(result.scenario) (\(result.kind))")
        lines.append("status     \(result.status.rawValue)")
        if let message = result.message { lines.append("message    \(message)") }
        lines.append("objective  \(number(result.objective))")
        lines.append("bound      \(number(result.bound))")
        lines.append("gap        \(result.gap.map { String(format: "%.4g %%", $0 * 100) } ?? "–")")
        lines.append("unserved   \(number(result.unserved))")
        lines.append("time       \(String(format: "%.3f s", result.solveSeconds))")
        if let model = result.model {
            lines.append(
                "model      \(model.rows) rows, \(model.columns) columns, \(model.nonzeros) nonzeros, "
                    + "\(model.integerColumns) integer")
        }
        for table in result.tables {
            lines.append("")
            lines += tableLines(table)
        }
        return lines.joined(separator: "\n")
    }

    private func tableLines(_ table: PlanTable) -> [String] {
        let shown = table.rows.prefix(rowLimit)
        var heading = "\(table.name): \(table.rows.count) rows"
        if table.rows.count > shown.count { heading += " (first \(shown.count) shown; all with --csv or --json)" }
        guard !shown.isEmpty else { return [heading] }
        let cells = [table.columns] + shown.map { $0.map(cell) }
        let widths = table.columns.indices.map { column in
            min(40, cells.map { $0[column].count }.max() ?? 0)
        }
        return [heading]
            + cells.map { row in
                "  " + zip(row, widths).map { text, width in
                    let clipped = text.count > width ? String(text.prefix(width - 1)) + "…" : text
                    return clipped.padding(toLength: width, withPad: " ", startingAt: 0)
                }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
            }
    }

    private func cell(_ value: JSONValue) -> String {
        switch value {
        case .null: ""
        case .string(let text): text
        case .number(let number): self.number(number)
        default: value.text(pretty: false)
        }
    }

    private func number(_ value: Double?) -> String {
        value.map(NumberText.format) ?? "–"
    }
}
