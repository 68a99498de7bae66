// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorKit
import CorridorSupport
import Foundation

/// The terminal summary of every solve — `lp solve`, `mathprog` and `solve`: the proof (status,
/// objective, bound, gap), time and model size, then the plan as short tables.
struct ResultSummary {
    /// `name (kind)` for a scenario; `nil` for a model file.
    var scenario: String?
    /// A result status (`optimal`, `no-solution`, `error`) or, for a model file, the solver's
    /// outcome, which is more precise (`infeasible`, `unbounded`).
    var status: String
    var message: String?
    var objective: Double?
    var bound: Double?
    var gap: Double?
    /// `nil` for a model file, which has no notion of serving.
    var unserved: Double?
    var seconds: Double
    var model: ModelStats?
    var tables: [PlanTable]
    /// Rows shown per plan table.
    var rowLimit = 12

    /// A scenario's result.
    init(_ result: ScenarioResult) {
        scenario = "\(result.scenario) (\(result.kind))"
        status = result.status.rawValue
        message = result.message
        objective = result.objective
        bound = result.bound
        gap = result.gap
        unserved = result.unserved
        seconds = result.solveSeconds
        model = result.model
        tables = result.tables
    }

    /// A model file's solution: the plan is its non-zero values, as an `lp` scenario's.
    init(model: Model, solution: Solution) {
        status = solution.status.rawValue
        message = solution.message.isEmpty ? nil : solution.message
        objective = solution.objective
        bound = solution.bound
        gap = solution.gap
        seconds = solution.seconds
        self.model = ModelStats(model)
        tables = LPKind.Plan(solution, of: model).tables
    }

    var text: String {
        var lines: [String] = []
        func field(_ label: String, _ value: String) {
            lines.append((label + ":").padding(toLength: 12, withPad: " ", startingAt: 0) + value)
        }
        if let scenario { field("Scenario", TerminalText.safe(scenario)) }
        field("Status", status)
        if let message { field("Message", TerminalText.safe(message)) }
        field("Objective", number(objective))
        field("Bound", number(bound))
        field("Gap", gap.map { $0 == 0 ? "0" : String(format: "%.4g %%", $0 * 100) } ?? "-")
        if let unserved { field("Unserved", number(unserved)) }
        field("Time", String(format: "%.3f s", seconds))
        if let model {
            field(
                "Model",
                "\(model.rows) rows, \(model.columns) columns, \(model.nonzeros) nonzeros, "
                    + "\(model.integerColumns) integer")
        }
        for table in tables {
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
        case .string(let text): TerminalText.safe(text)
        case .number(let number): self.number(number)
        default: value.text(pretty: false)
        }
    }

    private func number(_ value: Double?) -> String {
        value.map(NumberText.format) ?? "-"
    }
}
