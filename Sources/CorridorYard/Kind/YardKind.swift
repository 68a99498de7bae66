// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

/// `kind: yard`: where in the container yard each flow is stored (docs/yard.md).
///
/// ```yaml
/// kind: yard
/// horizon: {start: 2026-12-01T00:00:00+05:00, hours: 168}
/// period_hours: 12
/// points: [CT1, GATE, RAIL]
/// blocks: {csv: blocks.csv}
/// flows: {csv: flows.csv}
/// ```
public enum YardKind: ScenarioKind {
    public static let name = "yard"
    public static let needsHorizon = true

    /// A yard scenario: the problem, and the horizon its plan's times are written in.
    public struct Input: Sendable {
        public var problem: YardProblem
        public var horizon: Horizon

        public init(problem: YardProblem, horizon: Horizon) {
            self.problem = problem
            self.horizon = horizon
        }
    }

    public static func mathProgData(_ input: Input) -> String? { input.problem.mathProgData() }
}
