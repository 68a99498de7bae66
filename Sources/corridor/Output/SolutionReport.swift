// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation

/// A solved model as the `lp` and `mathprog` commands report it: a terminal summary and JSON.
struct SolutionReport {
    let model: Model
    let solution: Solution

    /// At most this many variable values in the terminal summary; JSON has them all.
    private static let valuesShown = 40

    var summary: String {
        var lines = [
            "Status:     \(solution.status.rawValue)\(solution.message.isEmpty ? "" : " (\(solution.message))")",
            "Objective:  \(Self.format(solution.objective))",
            "Bound:      \(Self.format(solution.bound))",
            "Gap:        \(Self.format(solution.gap))",
            "Time:       \(String(format: "%.3f", solution.seconds)) s",
            "Model:      \(model.rowCount) rows, \(model.columnCount) columns, "
                + "\(model.nonzeroCount) nonzeros, \(model.integerColumnCount) integer",
        ]
        let nonzero = nonzeroValues
        if !nonzero.isEmpty {
            lines.append("Non-zero values:")
            let width = nonzero.prefix(Self.valuesShown).map(\.name.count).max() ?? 0
            for (name, value) in nonzero.prefix(Self.valuesShown) {
                lines.append("  \(name.padding(toLength: width, withPad: " ", startingAt: 0))  \(Self.format(value))")
            }
            if nonzero.count > Self.valuesShown {
                lines.append("  … and \(nonzero.count - Self.valuesShown) more (see --json)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The variables with a non-zero value, in column order.
    var nonzeroValues: [(name: String, value: Double)] {
        zip(model.variables, solution.values).compactMap { variable, value in
            value == 0 ? nil : (model.name(of: variable), value)
        }
    }

    func jsonData() throws -> Data {
        var variables: [String: Any] = [:]
        for (name, value) in nonzeroValues { variables[name] = value }
        let object: [String: Any] = [
            "status": solution.status.rawValue,
            "objective": solution.objective ?? NSNull(),
            "bound": solution.bound ?? NSNull(),
            "gap": solution.gap ?? NSNull(),
            "seconds": solution.seconds,
            "message": solution.message,
            "model": [
                "name": model.name, "rows": model.rowCount, "columns": model.columnCount,
                "nonzeros": model.nonzeroCount, "integer_columns": model.integerColumnCount,
            ],
            "variables": variables,
        ]
        return try JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }

    /// Numbers as a reader wants them: integers without a fraction, others to 10 significant
    /// digits; "-" for none.
    static func format(_ value: Double?) -> String {
        guard let value else { return "-" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.10g", value)
    }
}
