// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorCrossings
import CorridorLP
import Testing

/// Hand-checked cases for lane planning: lanes {min, max}, lane_hour_cost, lane_hours_per_day.
@Suite("Crossings: lane planning")
struct LanePlanningTests {
    /// One checkpoint open 24 h, 60 min per truck, lanes 1…3, in a 3 h horizon.
    func planned(cost: Double, perDay: Double? = nil, min: Int = 1) -> Checkpoint {
        Checkpoint(
            id: "nz", lanes: .planned(min: min, max: 3), minutesPerTruck: 60, laneHourCost: cost,
            laneHoursPerDay: perDay)
    }

    @Test func lanesOpenWhenTheyCostLessThanTheWait() throws {
        // 6 trucks ready at 0, weight 1, 3 h horizon, penalty 0 (unserved costs 3 each); a
        // lane-hour costs 0.5 and every open slot has at least 1 lane. 3 lanes in slots 0 and 1,
        // the minimum 1 in slot 2: trucks 0 + 3 × 1 = 3, lanes 7 × 0.5 = 3.5: 6.5.
        // (3, 2, 2 lanes: trucks 0 + 2 + 2 = 4, lanes 3.5: 7.5.)
        let problem = CrossingsProblem(
            horizon: horizon(3), unservedPenaltyHours: 0, checkpoints: [planned(cost: 0.5)],
            requests: [TruckRequest(id: "A", trucks: 6, ready: 0)])
        let plan = try solveChecked(problem)
        #expect(plan.path == .mip)
        #expect(plan.objective == 6.5)
        #expect(plan.checkpoints[0].slots.map(\.lanes) == [3, 3, 1])
    }

    @Test func laneHoursPerDayCapTheLanes() throws {
        // Same, with at most 5 lane-hours a day: 3 + 1 + 1 lanes. Slot 0: 3 trucks (0), slot 1:
        // 1 (1), slot 2: 1 (2), 1 unserved (3) → 6 + lane cost 5 × 0.5 = 8.5.
        // (2 + 2 + 1 also gives 0 + 0 + 2 + 2 + 2 + 3 = 9 + 2.5: worse.)
        let problem = CrossingsProblem(
            horizon: horizon(3), unservedPenaltyHours: 0,
            checkpoints: [planned(cost: 0.5, perDay: 5)],
            requests: [TruckRequest(id: "A", trucks: 6, ready: 0)])
        let plan = try solveChecked(problem)
        #expect(plan.objective == 8.5)
        #expect(plan.checkpoints[0].slots.map(\.lanes) == [3, 1, 1])
    }

    @Test func fixedLanesAddAConstantCost() throws {
        // 2 fixed lanes, 3 open hours, 0.5 per lane-hour: 3.0 on top of the crossings: 2 trucks
        // at 0 → 0. Total 3.
        var nz = checkpoint(lanes: 2, minutes: 60)
        nz.laneHourCost = 0.5
        nz.laneHoursPerDay = 6
        let problem = CrossingsProblem(
            horizon: horizon(3), checkpoints: [nz], requests: [TruckRequest(id: "A", trucks: 2, ready: 0)])
        let plan = try solveChecked(problem)
        #expect(plan.path == .network)
        #expect(plan.objective == 3)
    }

    @Test func plannedLanesAreZeroInClosedSlots() throws {
        // Open 01:00–02:00 only: slot 1 opens ≥ 1 lane (cost 1 × 0.5), the others 0 lanes.
        // 1 truck ready at 0 crosses at 1: 1 + 0.5 = 1.5.
        var nz = planned(cost: 0.5)
        nz.hours = [OpeningInterval("01:00", "02:00")!]
        let problem = CrossingsProblem(
            horizon: horizon(3), checkpoints: [nz], requests: [TruckRequest(id: "A", trucks: 1, ready: 0)])
        let plan = try solveChecked(problem)
        #expect(plan.objective == 1.5)
        #expect(plan.checkpoints[0].slots.map(\.lanes) == [0, 1, 0])
    }
}
