// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorCrossings
import CorridorLP
import Testing

/// Hand-checked cases for slots, opening hours, time zones, closed days and daily caps.
@Suite("Crossings: slots, opening hours, time zones, closed days, daily caps")
struct SlotRulesTests {
    @Test func laneCapacityFillsSlotsInOrder() throws {
        // 1 lane × 60 min / 30 min = 2 trucks per slot. 5 trucks ready at 0:
        // 2 at 0 h, 2 at 1 h, 1 at 2 h → 2·0 + 2·1 + 1·2 = 4.
        let problem = CrossingsProblem(
            horizon: horizon(4), checkpoints: [checkpoint()],
            requests: [TruckRequest(id: "A", trucks: 5, ready: 0)])
        let plan = try solveChecked(problem)
        #expect(plan.objective == 4)
        #expect(plan.path == .network)
        #expect(plan.crossings.map(\.trucks) == [2, 2, 1])
        #expect(plan.crossings.map(\.slot) == [0, 1, 2])
        #expect(plan.unserved.isEmpty)
    }

    @Test func openingHoursAreReadInTheCheckpointsZone() throws {
        // Open 10:30–14:00 at +08:00 = 07:30–11:00 at +05:00: slot 7 has 30 open minutes (1
        // truck), slots 8, 9, 10 have 60 (2 trucks). 5 trucks: 1 at 7 h, 2 at 8 h, 2 at 9 h
        // → 7 + 16 + 18 = 41.
        let problem = CrossingsProblem(
            horizon: horizon(24),
            checkpoints: [checkpoint(offsetHours: 8, hours: [OpeningInterval("10:30", "14:00")!])],
            requests: [TruckRequest(id: "A", trucks: 5, ready: 0)])
        let plan = try solveChecked(problem)
        #expect(plan.objective == 41)
        let open = plan.checkpoints[0].slots.map(\.openMinutes)
        #expect(open[7] == 30 && open[8] == 60 && open[10] == 60 && open[11] == 0 && open[6] == 0)
        #expect(plan.checkpoints[0].slots[6].lanes == 0 && plan.checkpoints[0].slots[7].lanes == 1)
    }

    @Test func anIntervalPastMidnightRunsIntoTheNextDay() throws {
        // Horizon 20:00–04:00 local; open 22:00–02:00: slots 2, 3, 4, 5 take 2 trucks each.
        // 10 trucks: 2·(2+3+4+5) = 28; 2 unserved at 1 × (8 − 0 + 8) each = 32. Total 60.
        let start = horizon(8)
        let problem = CrossingsProblem(
            horizon: CrossingsHorizon(
                startSecondsSinceEpoch: start.startSecondsSinceEpoch + 20 * 3600,
                offsetSeconds: start.offsetSeconds, hours: 8),
            checkpoints: [checkpoint(hours: [OpeningInterval("22:00", "02:00")!])],
            requests: [TruckRequest(id: "A", trucks: 10, ready: 0)])
        let plan = try solveChecked(problem)
        #expect(plan.objective == 60)
        #expect(plan.checkpoints[0].slots.map(\.openMinutes) == [0, 0, 60, 60, 60, 60, 0, 0])
        #expect(plan.unserved.first?.trucks == 2)
        #expect(plan.unserved.first?.reason == .capacityTaken)
    }

    @Test func twentyFourHundredEndsTheDay() throws {
        // Open 18:00–24:00 and 00:00–01:00: slots 18–24 of a 26 h horizon, i.e. 18..23 and 24.
        let problem = CrossingsProblem(
            horizon: horizon(26),
            checkpoints: [checkpoint(hours: [OpeningInterval("18:00", "24:00")!, OpeningInterval("00:00", "01:00")!])],
            requests: [TruckRequest(id: "A", trucks: 1, ready: 0)])
        let plan = try solveChecked(problem)
        let open = plan.checkpoints[0].slots.map { $0.openMinutes > 0 }
        #expect(open.enumerated().filter(\.element).map(\.offset) == [0, 18, 19, 20, 21, 22, 23, 24])
        #expect(plan.objective == 0)
    }

    @Test func overlappingIntervalsMerge() throws {
        // 09:00–12:00 and 11:00–13:00 make 09:00–13:00: four open slots, none counted twice.
        let problem = CrossingsProblem(
            horizon: horizon(24),
            checkpoints: [checkpoint(hours: [OpeningInterval("09:00", "12:00")!, OpeningInterval("11:00", "13:00")!])],
            requests: [TruckRequest(id: "A", trucks: 1, ready: 0)])
        let plan = try solveChecked(problem)
        #expect(plan.checkpoints[0].slots.map(\.openMinutes).reduce(0, +) == 240)
        #expect(plan.objective == 9)
    }

    @Test func aClosedDayIsReadInTheCheckpointsZone() throws {
        // Closed 2026-12-02 at +08:00 = 2026-12-01 21:00 to 2026-12-02 21:00 at +05:00: slots
        // 21–44 are closed. 1 lane, 60 min per truck: 1 truck per open slot. 3 trucks ready at
        // 20 h: 1 at 20 h, 1 at 45 h, 1 at 46 h → 0 + 25 + 26 = 51 (ready 20).
        let problem = CrossingsProblem(
            horizon: horizon(48),
            checkpoints: [checkpoint(minutes: 60, offsetHours: 8, closed: [LocalDate(2026, 12, 2)])],
            requests: [TruckRequest(id: "A", trucks: 3, ready: 20)])
        let plan = try solveChecked(problem)
        let open = plan.checkpoints[0].slots.map(\.openMinutes)
        #expect(open[20] == 60 && open[21] == 0 && open[44] == 0 && open[45] == 60)
        #expect(plan.objective == 51)
    }

    @Test func dailyCapsCountLocalDaysAndCutDaysKeepTheFullCap() throws {
        // +08:00 checkpoint, horizon from 00:00 +05:00 = 03:00 +08:00 for 48 h: local 1 Dec is
        // slots 0–20 (cut), 2 Dec slots 21–44, 3 Dec slots 45–47 (cut). Cap 3 a day, plenty of
        // lanes. 10 trucks at 0: 3 at 0 h, 3 at 21 h, 3 at 45 h, 1 unserved at 48 + 48 = 96.
        // 0 + 63 + 135 + 96 = 294.
        let problem = CrossingsProblem(
            horizon: horizon(48),
            checkpoints: [checkpoint(lanes: 10, minutes: 1, cap: 3, offsetHours: 8)],
            requests: [TruckRequest(id: "A", trucks: 10, ready: 0)])
        let plan = try solveChecked(problem)
        #expect(plan.objective == 294)
        #expect(plan.crossings.map(\.slot) == [0, 21, 45])
        #expect(plan.kpis.checkpoints[0].trucksPerDay.map(\.trucks) == [3, 3, 3])
        #expect(plan.kpis.checkpoints[0].trucksPerDay.map(\.date.description) == ["2026-12-01", "2026-12-02", "2026-12-03"])
    }

    @Test func slotsStartNoEarlierThanArrivalAndNoLaterThanTheDeadline() throws {
        // Ready at −3.5 (already on the road), 5 h drive: arrives at 1.5 → first slot 2 h.
        // Deadline 3 h, 1 truck per slot: 2 trucks cross at 2 and 3 (cost 5.5 + 6.5 = 12), the
        // third is unserved: 1 × (10 + 3.5 + 10) = 23.5. Total 35.5.
        let problem = CrossingsProblem(
            horizon: horizon(10), checkpoints: [checkpoint(minutes: 60)],
            requests: [
                TruckRequest(id: "A", trucks: 3, ready: -3.5, travelHours: ["nz": 5], deadline: 3)
            ])
        let plan = try solveChecked(problem)
        #expect(plan.objective == 35.5)
        #expect(plan.crossings.map(\.slot) == [2, 3])
        #expect(plan.crossings.map(\.waitHours) == [0.5, 1.5])
        #expect(plan.unserved.map(\.reason) == [.capacityTaken])
    }

    @Test func noOpenSlotBeforeTheDeadlineIsTheReason() throws {
        // Open 10:00–12:00 only; the deadline 8 h comes first: 2 trucks unserved,
        // 1 × 2 × (24 − 0 + 24) = 96.
        let problem = CrossingsProblem(
            horizon: horizon(24),
            checkpoints: [checkpoint(hours: [OpeningInterval("10:00", "12:00")!])],
            requests: [TruckRequest(id: "A", trucks: 2, ready: 0, deadline: 8)])
        let plan = try solveChecked(problem)
        #expect(plan.objective == 96)
        #expect(plan.unserved.map(\.request) == ["A"])
        #expect(plan.unserved.map(\.trucks) == [2])
        #expect(plan.unserved.map(\.reason) == [.noOpenCheckpoint])
    }

    @Test func queueCountsArrivedTrucksUntilTheyCross() throws {
        // 1 truck per slot. A: 3 trucks ready at 0; B: 1 truck of weight 3 ready at 1.5. B crosses
        // at 2 (3 × 0.5 = 1.5), A at 0, 1, 3 (4): 5.5; A at 0, 1, 2 and B at 3 would cost 7.5.
        // Queue: 3 at slot 0, 2 at 1 (B not there yet), 1 + 1 = 2 at 2, 1 at 3.
        let problem = CrossingsProblem(
            horizon: horizon(6), checkpoints: [checkpoint(minutes: 60)],
            requests: [
                TruckRequest(id: "A", trucks: 3, ready: 0),
                TruckRequest(id: "B", trucks: 1, ready: 1.5, weight: 3),
            ])
        let plan = try solveChecked(problem)
        #expect(plan.objective == 5.5)
        #expect(plan.checkpoints[0].slots.map(\.queue) == [3, 2, 2, 1, 0, 0])
        #expect(plan.checkpoints[0].slots.map(\.trucks) == [1, 1, 1, 1, 0, 0])
    }
}
