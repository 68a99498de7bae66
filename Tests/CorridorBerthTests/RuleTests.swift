// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorBerth
import Testing

/// One small case per rule, each objective worked out by hand in its comment.
@Suite("Berth rules, hand-checked")
struct RuleTests {
    func assignment(_ result: BerthResult, _ vessel: String) -> BerthPlan.Assignment? {
        result.plan?.assignments.first { $0.vessel == vessel }
    }

    @Test("compatibility: depth and length pick the berth; a vessel too deep for all is unserved, saying why")
    func compatibility() throws {
        let problem = BerthProblem(
            horizonHours: 24,
            berths: [Berth(id: "A", lengthM: 150, depthM: 6.3), Berth(id: "B", lengthM: 100, depthM: 8)],
            vessels: [
                Vessel(id: "DEEP", eta: 0, handlingHours: .everywhere(10), lengthM: 90, draftM: 7),
                Vessel(id: "LONG", eta: 0, handlingHours: .everywhere(10), lengthM: 120, draftM: 5),
                Vessel(id: "TOO-DEEP", eta: 0, handlingHours: .everywhere(4), draftM: 9),
            ])
        let result = try solveChecked(problem)
        // DEEP only fits B, LONG only A: both 0–10, 10 each. TOO-DEEP is unserved:
        // 1 × (24 − 0) + default penalty (1 + 0) × 24 = 48. Total 10 + 10 + 48 = 68.
        #expect(result.status == .optimal)
        #expect(result.objective == 68)
        #expect(assignment(result, "DEEP")?.berth == "B")
        #expect(assignment(result, "LONG")?.berth == "A")
        #expect(result.plan?.unserved.map(\.reason.description) == ["no berth deep enough: draft 9 m, deepest berth 8 m"])
    }

    @Test("allowed berths and moves: handling = moves / moves_per_hour, rounded up to a step")
    func allowedAndMoves() throws {
        let problem = BerthProblem(
            horizonHours: 24,
            berths: [Berth(id: "A", movesPerHour: 20), Berth(id: "B", movesPerHour: 30)],
            vessels: [Vessel(id: "V", eta: 1, moves: 100, allowedBerths: ["A"])])
        let result = try solveChecked(problem)
        // Only A: 100 / 20 = 5 h from 1 to 6: cost 5 (B would take 3.34 → 4 h).
        #expect(result.objective == 5)
        #expect(assignment(result, "V")?.berth == "A")
        #expect(assignment(result, "V")?.finishHours == 6)
    }

    @Test("windows: service lies inside one window; touching windows are merged")
    func windows() throws {
        let split = BerthProblem(
            horizonHours: 24,
            berths: [Berth(id: "A", available: [HourWindow(from: 0, to: 4), HourWindow(from: 10, to: 24)])],
            vessels: [Vessel(id: "V", eta: 0, handlingHours: .everywhere(5))])
        // 5 h do not fit in [0, 4): start 10, finish 15, cost 15; occupancy 5 / 18 h available.
        let result = try solveChecked(split)
        #expect(result.objective == 15)
        #expect(assignment(result, "V")?.startHours == 10)
        #expect(result.plan?.kpis.berthOccupancy.first?.occupancy == 5.0 / 18.0)
        let touching = BerthProblem(
            horizonHours: 24,
            berths: [Berth(id: "A", available: [HourWindow(from: 4, to: 8), HourWindow(from: 0, to: 4)])],
            vessels: [Vessel(id: "V", eta: 0, handlingHours: .everywhere(6))])
        // [0, 4) and [4, 8) merge to [0, 8): start 0, cost 6.
        #expect(try solveChecked(touching).objective == 6)
    }

    @Test("a fixed call is kept and others work around it; a vessel alongside is eta 0, fixed start 0")
    func fixedCalls() throws {
        let problem = BerthProblem(
            horizonHours: 24,
            berths: [Berth(id: "A")],
            vessels: [
                Vessel(id: "ALONGSIDE", eta: 0, handlingHours: .everywhere(2), fixed: .init(berth: "A", start: 0)),
                Vessel(id: "FIXED", eta: 0, handlingHours: .everywhere(4), fixed: .init(berth: "A", start: 4)),
                Vessel(id: "FREE", eta: 0, handlingHours: .everywhere(3)),
            ])
        let result = try solveChecked(problem)
        // ALONGSIDE 0–2 (2), FIXED 4–8 (8); FREE does not fit in [2, 4), so 8–11 (11). Total 21.
        #expect(result.objective == 21)
        #expect(assignment(result, "FIXED")?.startHours == 4)
        #expect(assignment(result, "FREE")?.startHours == 8)
    }

    @Test("latest departure: a hard end of service decides the order; too late to fit at all is a reason")
    func latestDeparture() throws {
        let problem = BerthProblem(
            horizonHours: 24,
            berths: [Berth(id: "A")],
            vessels: [
                Vessel(id: "URGENT", eta: 0, handlingHours: .everywhere(4), latestDeparture: 5),
                Vessel(id: "HEAVY", eta: 0, handlingHours: .everywhere(4), weight: 3),
                Vessel(id: "LATE", eta: 2, handlingHours: .everywhere(4), latestDeparture: 5),
            ])
        let result = try solveChecked(problem)
        // URGENT 0–4 (4), HEAVY 4–8 (3 × 8 = 24). HEAVY first would leave URGENT unserved
        // (24 + 24 = 48). LATE cannot end by 5 from eta 2: unserved, 1 × (24 − 2) + 24 = 46.
        // Total 4 + 24 + 46 = 74.
        #expect(result.objective == 74)
        #expect(assignment(result, "URGENT")?.startHours == 0)
        #expect(result.plan?.unserved.first?.reason.description
            == "no berth window before its latest departure: it needs 4 h at A between its eta (2 h) and its latest departure (5 h)")
    }

    @Test("tardiness: the weight per hour past due changes the order")
    func tardiness() throws {
        let problem = BerthProblem(
            horizonHours: 24,
            berths: [Berth(id: "A")],
            vessels: [
                Vessel(id: "DUE", eta: 0, handlingHours: .everywhere(5), due: 5, tardinessWeight: 10),
                Vessel(id: "SHORT", eta: 0, handlingHours: .everywhere(2)),
            ])
        let result = try solveChecked(problem)
        // DUE first: 5 + 7 = 12. SHORT first: 2 + 7 + 10 × (7 − 5) = 29.
        #expect(result.objective == 12)
        #expect(assignment(result, "DUE")?.startHours == 0)
    }

    @Test("an eta before the horizon (at anchor) rounds up to a step and counts its wait before 0")
    func etaBeforeHorizon() throws {
        let problem = BerthProblem(
            horizonHours: 24, timeStepMinutes: 30,
            berths: [Berth(id: "A")],
            vessels: [Vessel(id: "ANCHOR", eta: -3.2, handlingHours: .everywhere(1.2))])
        let result = try solveChecked(problem)
        // eta −3.2 h → −3.0 (30-minute steps); 1.2 h → 1.5 h; 0–1.5; cost 1.5 − (−3) = 4.5, wait 3.
        #expect(result.objective == 4.5)
        #expect(assignment(result, "ANCHOR")?.waitHours == 3)
        #expect(result.plan?.kpis.maxWaitHours == 3)
    }

    @Test("unserved when serving would delay others more than the penalty")
    func unservedByChoice() throws {
        let problem = BerthProblem(
            horizonHours: 10,
            berths: [Berth(id: "A")],
            vessels: [
                Vessel(id: "LONG", eta: 0, handlingHours: .everywhere(10), unservedPenalty: 0),
                Vessel(id: "PRIORITY", eta: 0, handlingHours: .everywhere(2), weight: 5),
            ])
        let result = try solveChecked(problem)
        // PRIORITY 0–2: 5 × 2 = 10; LONG then cannot end by 10: unserved, 1 × 10 + 0 = 10.
        // Serving LONG instead: 10 + PRIORITY unserved 5 × 10 + 5 × 10 = 110. Optimum 20.
        #expect(result.objective == 20)
        #expect(result.plan?.unserved.map(\.vessel) == ["LONG"])
        #expect(result.plan?.unserved.first?.reason == .penaltyCheaper)
        #expect(result.plan?.unserved.first?.reason.description == "serving it would delay others more than its penalty")
    }

    @Test("KPIs: weighted service time, mean and max wait")
    func kpis() throws {
        let problem = BerthProblem(
            horizonHours: 24,
            berths: [Berth(id: "A")],
            vessels: [
                Vessel(id: "X", eta: 0, handlingHours: .everywhere(3), weight: 2),
                Vessel(id: "Y", eta: 1, handlingHours: .everywhere(3)),
            ])
        let result = try solveChecked(problem)
        // X 0–3 (2 × 3 = 6), Y 3–6 (6 − 1 = 5): 11. Waits 0 and 2: mean 1, max 2.
        #expect(result.objective == 11)
        #expect(result.plan?.kpis.weightedServiceTime == 11)
        #expect(result.plan?.kpis.meanWaitHours == 1)
        #expect(result.plan?.kpis.maxWaitHours == 2)
        #expect(result.plan?.kpis.berthOccupancy.first?.occupancy == 6.0 / 24.0)
    }
}
