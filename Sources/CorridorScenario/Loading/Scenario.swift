// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

/// A scenario file read and validated: ready to solve.
public struct Scenario: Sendable {
    /// The file as given.
    public var file: String
    public var core: ScenarioCore
    /// The kind's input.
    public var input: any ScenarioKind

    public init(file: String, core: ScenarioCore, input: any ScenarioKind) {
        self.file = file
        self.core = core
        self.input = input
    }

    /// Solves the scenario. A failed solve is a result with status `error` (so
    /// ``ScenarioResult/isFailure``), never a thrown error, so a caller always has a result to write.
    ///
    /// - Parameter timeLimitSeconds: replaces the file's `solver.time_limit_seconds` (the command
    ///   line's `--time-limit` wins over the file). Any number is safe (see
    ///   ``SolverSettings/timeLimit``); callers reject NaN and negative ones as bad input first.
    public func solve(timeLimitSeconds: Double? = nil) -> ScenarioResult {
        var settings = core.solver
        if let timeLimitSeconds { settings.timeLimitSeconds = timeLimitSeconds }
        let started = ContinuousClock.now
        do {
            let result = try input.solve(settings)
            return ScenarioResult(core: core, file: file, result: result)
        } catch {
            return .failed(
                file: file, scenario: core.name, kind: core.kind, errors: ["\(error)"],
                seconds: (ContinuousClock.now - started).seconds)
        }
    }

    /// The plan as an SVG chart, or `nil` when the kind has none.
    public func chart(of result: ScenarioResult) -> String? {
        input.chart(of: result)
    }
}
