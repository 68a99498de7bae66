// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP
public import CorridorScenario

extension YardKind {
    /// The capacity what-if of a yard scenario, solved with its `solver:` settings.
    public static func capacity(
        _ input: Input, settings: SolverSettings, using solver: some LinearSolver = GLPKSolver()
    ) throws -> YardCapacity {
        try input.problem.capacity(options: options(settings), using: solver)
    }

    /// The capacity answer as JSON: `scenario, kind, what, status, demand_scale_max, bound,
    /// teu_per_horizon, yearly_teu, binding, model, solve_seconds`, then
    /// `flows_without_a_block` when a flow has no block and `message` when there is one.
    public static func capacityJSON(_ answer: YardCapacity, scenario: String, horizon: Horizon) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("scenario", .string(scenario)), ("kind", .string(name)), ("what", .string("capacity")),
            ("status", .string(ResultStatus(answer.status).rawValue)),
            ("demand_scale_max", .number(answer.demandScaleMax)),
            ("bound", .number(answer.bound)),
            ("teu_per_horizon", .number(answer.teuPerHorizon)),
            ("yearly_teu", .number(answer.yearlyTEU)),
            ("binding", .array(answer.binding.map { binding in
                .object([
                    ("block", .string(binding.block)), ("period", .integer(binding.period)),
                    ("period_start", .string(horizon.iso(hoursAfterStart: binding.periodStartHours))),
                    ("period_start_hours", .number(binding.periodStartHours)),
                    ("rule", .string(binding.rule.rawValue)),
                ])
            })),
            ("model", answer.model.map { model in
                .object([
                    ("rows", .integer(model.rows)), ("columns", .integer(model.columns)),
                    ("nonzeros", .integer(model.nonzeros)), ("integer_columns", .integer(model.integerColumns)),
                ])
            } ?? .null),
            ("solve_seconds", .number(answer.seconds)),
        ]
        if !answer.flowsWithoutABlock.isEmpty {
            members.append(("flows_without_a_block", .array(answer.flowsWithoutABlock.map(JSONValue.string))))
        }
        if let message = answer.message { members.append(("message", .string(message))) }
        return .object(members)
    }
}
