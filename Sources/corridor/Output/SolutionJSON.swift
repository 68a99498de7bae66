// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorKit

/// The JSON of a model file's solution (`lp solve --json`, `mathprog --json`): status (the
/// solver's outcome), objective, bound, gap, seconds, message, model and the non-zero values as
/// `variables`. Written by the same ``JSONValue`` writer as scenario results, so a non-finite
/// number is `null` and the member order is fixed.
enum SolutionJSON {
    static func value(model: Model, solution: Solution) -> JSONValue {
        let plan = LPKind.Plan(solution, of: model)
        return .object([
            ("status", .string(solution.status.rawValue)),
            ("objective", .number(solution.objective)),
            ("bound", .number(solution.bound)),
            ("gap", .number(solution.gap)),
            ("seconds", .number(solution.seconds)),
            ("message", .string(solution.message)),
            (
                "model",
                .object([
                    ("name", .string(model.name)), ("rows", .integer(model.rowCount)),
                    ("columns", .integer(model.columnCount)), ("nonzeros", .integer(model.nonzeroCount)),
                    ("integer_columns", .integer(model.integerColumnCount)),
                ])
            ),
            ("variables", plan.json),
        ])
    }
}
