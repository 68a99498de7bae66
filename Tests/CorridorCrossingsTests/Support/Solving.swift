// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorCrossings
import CorridorLP
import Testing

/// Solves `problem`, checks the plan with the independent checker, and returns it.
func solveChecked(
    _ problem: CrossingsProblem, _ options: CrossingsOptions = CrossingsOptions(),
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> CrossingsPlan {
    let plan = try problem.solve(options)
    checkPlan(plan, of: problem, sourceLocation: sourceLocation)
    return plan
}

/// One checkpoint open 24 h in the horizon's zone, `lanes` lanes of `minutes` per truck.
func checkpoint(
    _ id: String = "nz", lanes: Int = 1, minutes: Double = 30, cap: Int? = nil,
    offsetHours: Int? = nil, hours: [OpeningInterval]? = nil, closed: [LocalDate] = []
) -> Checkpoint {
    Checkpoint(
        id: id, lanes: .fixed(lanes), minutesPerTruck: minutes, dailyCap: cap,
        offsetSeconds: offsetHours.map { $0 * 3600 }, hours: hours, closed: closed)
}

/// A horizon of `hours` from local midnight of 2026-12-01 at +05:00 (Almaty), unless told.
func horizon(_ hours: Double, date: LocalDate = LocalDate(2026, 12, 1), offsetHours: Int = 5) -> CrossingsHorizon {
    CrossingsHorizon(date: date, offsetHours: offsetHours, hours: hours)
}
