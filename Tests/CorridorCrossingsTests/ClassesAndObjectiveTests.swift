// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorCrossings
import CorridorLP
import Testing

/// Hand-checked cases for lane minutes by class, weights, demand scale and the unserved cost.
@Suite("Crossings: classes, weights, demand scale, objective")
struct ClassesAndObjectiveTests {
    @Test func laneMinutesByClassNeedTheMIPAndCountWholeTrucks() throws {
        // 1 lane, 60-minute slots, general 12 min, hazardous 25 min. 2 hazardous (weight 1) and
        // 5 general (weight 1), all ready at 0, 2 h horizon, penalty 0:
        // slot 0 holds 2 hazardous (50) or 5 general (60) or 1 hazardous + 2 general (49)...
        // Best: 5 general in slot 0 (0), 2 hazardous in slot 1 (2 × 1 = 2). Total 2.
        var nz = checkpoint(minutes: 12)
        nz.minutesByClass = [.hazardous: 25]
        let problem = CrossingsProblem(
            horizon: horizon(2), unservedPenaltyHours: 0, checkpoints: [nz],
            requests: [
                TruckRequest(id: "H", trucks: 2, cargo: .hazardous, ready: 0),
                TruckRequest(id: "G", trucks: 5, ready: 0),
            ])
        let plan = try solveChecked(problem)
        #expect(plan.path == .mip)
        #expect(plan.status == .optimal)
        #expect(plan.objective == 2)
        #expect(throws: CrossingsError.self) { try problem.solve(CrossingsOptions(method: .network)) }
    }

    @Test func wholeTrucksLeaveLaneMinutesUnused() throws {
        // 1 lane, hazardous 25 min: ⌊60 / 25⌋ = 2 per slot, not 2.4. 5 trucks over a 2 h
        // horizon, penalty 0: 2 at 0, 2 at 1, 1 unserved at 2 + 0 = 2 → 0 + 2 + 2 = 4.
        var nz = checkpoint(minutes: 12)
        nz.minutesByClass = [.hazardous: 25]
        let problem = CrossingsProblem(
            horizon: horizon(2), unservedPenaltyHours: 0, checkpoints: [nz],
            requests: [TruckRequest(id: "H", trucks: 5, cargo: .hazardous, ready: 0)])
        // One class only: the network path applies (one lane-minutes value for all its trucks).
        let plan = try solveChecked(problem)
        #expect(plan.path == .network)
        #expect(plan.objective == 4)
        let mip = try solveChecked(problem, CrossingsOptions(method: .mip))
        #expect(mip.objective == 4)
    }

    @Test func defaultWeightsFollowTheClass() throws {
        // 1 truck per slot, 3 h. One perishable (3), one general (1), one empty (0.5), all ready
        // at 0: perishable at 0, general at 1, empty at 2 → 0 + 1 + 1 = 2.
        let problem = CrossingsProblem(
            horizon: horizon(3), checkpoints: [checkpoint(minutes: 60)],
            requests: [
                TruckRequest(id: "E", trucks: 1, cargo: .empty, ready: 0),
                TruckRequest(id: "G", trucks: 1, ready: 0),
                TruckRequest(id: "P", trucks: 1, cargo: .perishable, ready: 0),
            ])
        let plan = try solveChecked(problem)
        #expect(plan.objective == 2)
        #expect(plan.crossings.map(\.request) == ["E", "G", "P"])
        #expect(plan.crossings.map(\.slot) == [2, 1, 0])
    }

    @Test func demandScaleRoundsHalfUp() throws {
        // 5 × 1.5 = 7.5 → 8 and 3 × 1.5 = 4.5 → 5 trucks; 1 × 1.5 = 1.5 → 2. Plenty of lanes:
        // all cross at 0 with ready 0, cost 0; the trucks counted are 15.
        let problem = CrossingsProblem(
            horizon: horizon(2), demandScale: 1.5, checkpoints: [checkpoint(lanes: 100, minutes: 1)],
            requests: [
                TruckRequest(id: "A", trucks: 5, ready: 0),
                TruckRequest(id: "B", trucks: 3, ready: 0),
                TruckRequest(id: "C", trucks: 1, ready: 0),
            ])
        let plan = try solveChecked(problem)
        #expect(plan.crossings.map(\.trucks) == [8, 5, 2])
        #expect(plan.objective == 0)
    }

    @Test func unservedCostsWeightTimesHorizonMinusReadyPlusPenalty() throws {
        // No allowed checkpoint open: everything unserved. A: weight 2, 3 trucks, ready −4,
        // penalty 10 (its own): 2 × 3 × (6 + 4 + 10) = 120. B: perishable, 1 truck, ready 1,
        // problem penalty 5: 3 × 1 × (6 − 1 + 5) = 30. Total 150.
        let problem = CrossingsProblem(
            horizon: horizon(6), unservedPenaltyHours: 5,
            checkpoints: [checkpoint(hours: [OpeningInterval("20:00", "21:00")!])],
            requests: [
                TruckRequest(id: "A", trucks: 3, ready: -4, weight: 2, unservedPenaltyHours: 10),
                TruckRequest(id: "B", trucks: 1, cargo: .perishable, ready: 1),
            ])
        let plan = try solveChecked(problem)
        #expect(plan.objective == 150)
        #expect(plan.unserved.map(\.reason) == [.noOpenCheckpoint, .noOpenCheckpoint])
        #expect(plan.kpis.trucksUnserved == 4 && plan.kpis.trucksCrossed == 0)
    }

    @Test func allowedCheckpointsAndTravelTimesChooseTheCheckpoint() throws {
        // A may use only "b", 3 h away: slot 3, cost 3. C may use both, 1 h from "a" and 0.5 h
        // from "b", 1 truck per slot at each: one truck at "a" and one at "b" in slot 1 (1 + 1).
        // Total 5; both at "a" would cost 1 + 2.
        let problem = CrossingsProblem(
            horizon: horizon(6),
            checkpoints: [checkpoint("a", minutes: 60), checkpoint("b", minutes: 60)],
            requests: [
                TruckRequest(id: "A", trucks: 1, ready: 0, travelHours: ["b": 3], checkpoints: ["b"]),
                TruckRequest(id: "C", trucks: 2, ready: 0, travelHours: ["a": 1, "b": 0.5]),
            ])
        let plan = try solveChecked(problem)
        #expect(plan.objective == 5)
        #expect(plan.crossings.first { $0.request == "A" }?.checkpoint == "b")
        #expect(plan.crossings.filter { $0.request == "C" }.map(\.slot) == [1, 1])
    }

    @Test func waitKPIsUseNearestRank() throws {
        // 20 trucks, 1 per slot, 20 h: waits 0…19. Mean 9.5, p95 = the 19th smallest = 18,
        // max 19. Objective Σ 0…19 = 190.
        let problem = CrossingsProblem(
            horizon: horizon(20), checkpoints: [checkpoint(minutes: 60)],
            requests: [TruckRequest(id: "A", trucks: 20, ready: 0)])
        let plan = try solveChecked(problem)
        #expect(plan.objective == 190)
        #expect(plan.kpis.meanWaitHours == 9.5)
        #expect(plan.kpis.p95WaitHours == 18)
        #expect(plan.kpis.maxWaitHours == 19)
        #expect(plan.kpis.checkpoints[0].laneUtilisation == 1)
    }
}
