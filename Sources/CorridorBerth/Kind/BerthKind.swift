// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

/// The `berth` scenario kind: a thin layer over ``BerthProblem``. It decodes a scenario file into
/// a problem (with the horizon, to write times as ISO-8601), solves it with the exact method and
/// writes the typed plan as the result's JSON, CSV tables and a Gantt chart.
public enum BerthKind: ScenarioKind {
    public static let name = "berth"
    public static let needsHorizon = true

    /// A berth problem and the horizon its hours count from.
    public struct Input: Sendable {
        public var problem: BerthProblem
        public var horizon: Horizon

        public init(problem: BerthProblem, horizon: Horizon) {
            self.problem = problem
            self.horizon = horizon
        }
    }
}
