// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorCrossings
import CorridorLP
import Testing

/// Every bad value is named with its place, what is wrong and what to do; nothing is solved.
@Suite("Crossings: bad input")
struct ValidationTests {
    func messages(_ problem: CrossingsProblem) -> [String] {
        do {
            _ = try problem.solve()
            return []
        } catch {
            guard case .input(let input) = error else { return ["\(error)"] }
            return input.problems.map(\.description)
        }
    }

    let good = CrossingsProblem(
        horizon: horizon(24), checkpoints: [checkpoint("nz"), checkpoint("kz")],
        requests: [TruckRequest(id: "R1", trucks: 2, ready: 0)])

    @Test func horizonAndGlobalFields() {
        var problem = good
        problem.horizon.hours = 10
        problem.slotMinutes = 45
        problem.unservedPenaltyHours = -1
        problem.demandScale = .nan
        #expect(messages(problem) == [
            "slot_minutes: horizon.hours × 60 = 600 is not a multiple of 45 — choose a slot length that divides the horizon",
            "unserved_penalty_hours: must be a number of hours ≥ 0 (got -1.0) — give e.g. 72, or leave it out for horizon.hours",
            "demand_scale: must be a number ≥ 0 (got nan) — give e.g. 1.82 for 82 % more trucks",
        ])
        problem = good
        problem.horizon.hours = 0
        problem.slotMinutes = 0
        #expect(messages(problem) == [
            "horizon.hours: must be a positive number of hours (got 0.0) — give the horizon's length, e.g. 72",
            "slot_minutes: must be a positive whole number of minutes (got 0) — use e.g. 60",
        ])
    }

    @Test func checkpointFields() {
        var problem = good
        problem.checkpoints[1].id = "nz"
        problem.checkpoints[0].lanes = .planned(min: 3, max: 2)
        problem.checkpoints[0].minutesPerTruck = 0
        problem.checkpoints[0].minutesByClass = [.hazardous: -5]
        problem.checkpoints[0].dailyCap = -1
        problem.checkpoints[0].offsetSeconds = 30
        problem.checkpoints[0].hours = [OpeningInterval(fromMinute: 0, toMinute: 1500)]
        problem.checkpoints[0].closed = [LocalDate(2026, 2, 30)]
        problem.checkpoints[0].laneHourCost = -2
        problem.checkpoints[0].laneHoursPerDay = .infinity
        problem.checkpoints[1].lanes = .fixed(-1)
        #expect(messages(problem) == [
            "checkpoints[0].lanes.max: is below lanes.min (2 < 3) — give max ≥ min",
            "checkpoints[0].minutes_per_truck: must be a positive number of minutes (got 0.0) — give the lane minutes one truck takes, e.g. 12",
            "checkpoints[0].minutes_by_class.hazardous: must be a positive number of minutes (got -5.0) — give the lane minutes one truck of this class takes",
            "checkpoints[0].daily_cap: must not be negative (got -1) — give trucks per day ≥ 0, or leave it out",
            "checkpoints[0].timezone: is not a whole-minute offset within ±18:00 — write it as \"+08:00\"",
            "checkpoints[0].hours[0][1]: is not a time of day (minute 1500) — write \"HH:MM\" from \"00:00\" to \"24:00\"",
            "checkpoints[0].closed[0]: 2026-02-30 is not a date — write YYYY-MM-DD",
            "checkpoints[0].lane_hour_cost: must be a number ≥ 0 (got -2.0) — give weighted truck-hours per lane-hour, or leave it out for 0",
            "checkpoints[0].lane_hours_per_day: must be a number ≥ 0 (got inf) — give lane-hours per day, or leave it out for no cap",
            "checkpoints[1].id: \"nz\" is used twice — give each checkpoint its own id",
            "checkpoints[1].lanes: must not be negative (got -1) — give a whole number of lanes ≥ 0",
        ])
    }

    @Test func requestFields() {
        var problem = good
        problem.requests = [
            TruckRequest(id: "R1", trucks: -1, ready: 30, travelHours: ["xx": 1, "kz": -2], checkpoints: ["nz", "yy", "nz"],
                         weight: -1, deadline: .nan, unservedPenaltyHours: -3),
            TruckRequest(id: "R1", trucks: 1, ready: .infinity, checkpoints: []),
        ]
        #expect(messages(problem) == [
            "requests[0].trucks: must not be negative (got -1) — give a whole number of trucks ≥ 0",
            "requests[0].ready: lies after the horizon's end (30 h > 24 h) — leave out requests that are not ready within the horizon",
            "requests[0].travel_hours.kz: must be a number of hours ≥ 0 (got -2.0) — give the driving time",
            "requests[0].travel_hours.xx: no checkpoint \"xx\" — the checkpoints are nz, kz",
            "requests[0].checkpoints[1]: no checkpoint \"yy\" — the checkpoints are nz, kz",
            "requests[0].checkpoints[2]: \"nz\" is listed twice — list each checkpoint once",
            "requests[0].weight: must be a number ≥ 0 (got -1.0) — give e.g. 3, or leave it out for the class's default",
            "requests[0].deadline: is not a time — give an ISO-8601 time or hours after the horizon's start",
            "requests[0].unserved_penalty_hours: must be a number of hours ≥ 0 (got -3.0) — give e.g. 72",
            "requests[1].id: \"R1\" is used twice — give each request its own id",
            "requests[1].ready: is not a time — give an ISO-8601 time or hours after the horizon's start",
            "requests[1].checkpoints: is empty — list at least one checkpoint, or leave it out for all",
        ])
    }

    @Test func laneHourCapsAgainstFixedAndMinimumLanes() {
        // Open 10 h a day: 2 fixed lanes need 20 lane-hours, lanes.min 3 needs 30.
        var problem = good
        problem.horizon.hours = 48
        problem.checkpoints[0].hours = [OpeningInterval("08:00", "18:00")!]
        problem.checkpoints[0].lanes = .fixed(2)
        problem.checkpoints[0].laneHoursPerDay = 15
        problem.checkpoints[1].hours = [OpeningInterval("08:00", "18:00")!]
        problem.checkpoints[1].lanes = .planned(min: 3, max: 5)
        problem.checkpoints[1].laneHoursPerDay = 25
        #expect(messages(problem) == [
            "checkpoints[0].lane_hours_per_day: the fixed 2 lanes × open hours on 2026-12-01 = 20 lane-hours is above the cap 15 — raise the cap or open fewer lanes",
            "checkpoints[0].lane_hours_per_day: the fixed 2 lanes × open hours on 2026-12-02 = 20 lane-hours is above the cap 15 — raise the cap or open fewer lanes",
            "checkpoints[1].lane_hours_per_day: lanes.min × open hours on 2026-12-01 = 3 × 10 = 30 lane-hours is above the cap 25 — raise the cap or lower lanes.min",
            "checkpoints[1].lane_hours_per_day: lanes.min × open hours on 2026-12-02 = 3 × 10 = 30 lane-hours is above the cap 25 — raise the cap or lower lanes.min",
        ])
    }

    @Test func networkAsksWhyNot() {
        var problem = good
        problem.checkpoints[1].minutesByClass = [.hazardous: 25]
        problem.requests.append(TruckRequest(id: "R2", trucks: 1, cargo: .hazardous, ready: 0))
        #expect(throws: CrossingsError.networkNotApplicable(
            reason: "checkpoint kz takes different lane minutes by cargo class (hazardous 25, general 30 minutes per truck), which needs the MIP")
        ) { try problem.solve(CrossingsOptions(method: .network)) }
        problem = good
        problem.checkpoints[0].lanes = .planned(min: 1, max: 2)
        #expect(throws: CrossingsError.networkNotApplicable(
            reason: "checkpoint nz plans its lanes (lanes: {min, max}), which needs the MIP")
        ) { try problem.solve(CrossingsOptions(method: .network)) }
    }
}
