// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

extension BerthKind {
    /// A public DBAP text instance as a berth scenario (`corridor solve FILE --format dbap`):
    /// times are hours from 0 (the ISO forms count from 1970-01-01T00:00:00+00:00 and are
    /// informative only), every vessel must be served, and an instance where no plan serves every
    /// vessel is an `error` with that message.
    public static func dbapScenario(text: String, file: String) throws(DBAPFormatError) -> TypedScenario<BerthKind> {
        let problem = try BerthProblem(dbapText: text)
        let horizon = Horizon(start: Instant(secondsSinceEpoch: 0, offsetSeconds: 0), hours: problem.horizonHours)
        let core = ScenarioCore(
            kind: name, name: ScenarioCore.defaultName(forFile: file), horizon: horizon, solver: SolverSettings())
        return TypedScenario(file: file, core: core, input: Input(problem: problem, horizon: horizon))
    }
}
