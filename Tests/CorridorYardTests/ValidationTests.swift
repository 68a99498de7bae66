// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorYard
import Testing

@Suite("Yard problems with bad values")
struct ValidationTests {
    func base() -> YardProblem {
        Yard.problem(
            blocks: [Yard.block("A", capacity: 100, maxFill: 0.8, moves: 50, quay: 100, gate: 200)],
            flows: [Yard.flow("F", teu: 10)])
    }

    func messages(_ problem: YardProblem) -> [String] { problem.problems().map(\.description) }

    @Test("initial stock over the fill limit")
    func initialOverFill() throws {
        var problem = base()
        problem.blocks[0].initialTEU = 90
        #expect(messages(problem) == [
            "blocks[A].initial_teu: 90 TEU exceeds the fill limit capacity_teu × max_fill = 80 TEU — lower initial_teu or raise max_fill; no plan can fix an overfull block"
        ])
        #expect(throws: YardError.self) { try problem.solve() }
        #expect(throws: YardError.self) { try problem.capacity() }
    }

    @Test("initial stock whose moves out exceed moves_per_period")
    func initialMovesOut() {
        var problem = base()
        problem.blocks[0].initialTEU = 60
        problem.blocks[0].initialLeaves = 1
        #expect(messages(problem) == [
            "blocks[A].initial_leaves: moving the initial 60 TEU out in period 1 takes 60 moves, over moves_per_period = 50 — spread the initial stock's departure or raise moves_per_period"
        ])
        // Leaving at the end of the horizon moves nothing inside it.
        problem.blocks[0].initialLeaves = 2
        #expect(messages(problem).isEmpty)
    }

    @Test("leaves not after enters, and periods outside the horizon")
    func leavesNotAfterEnters() {
        var problem = base()
        problem.flows[0].enters = 1
        problem.flows[0].leaves = 1
        #expect(messages(problem) == [
            "flows[F].leaves: period 1 is not after enters = 1 — give a leaving period > enters (exclusive)"
        ])
        problem.flows[0].enters = 2
        problem.flows[0].leaves = 3
        #expect(messages(problem) == [
            "flows[F].enters: period 2 is outside the horizon's periods 0…1 — give the period index in which the flow enters",
            "flows[F].leaves: period 3 is after the horizon's last period boundary 2 — give at most 2: the flow then stays to the end",
        ])
    }

    @Test("a point without a distance, and a distance to no point")
    func missingDistance() {
        var problem = base()
        problem.blocks[0].distanceMeters = ["Q": 100, "RAIL": 50]
        #expect(messages(problem) == [
            "blocks[A].distance_m: has no distance to point G — add `G: <metres>` to distance_m",
            "blocks[A].distance_m.RAIL: no point \"RAIL\" — the points are Q, G",
        ])
    }

    @Test("max_fill outside (0, 1], moves_per_period not positive, unknown points, duplicates, NaN")
    func singleValues() {
        var problem = base()
        problem.blocks[0].maxFill = 1.2
        problem.blocks[0].movesPerPeriod = 0
        problem.blocks.append(Yard.block("A", quay: 1, gate: 1))
        problem.flows[0].from = "CT9"
        problem.flows[0].teu = .nan
        problem.periodHours = 10
        #expect(messages(problem) == [
            "period_hours: 24 h of horizon is not a whole number of 10 h periods — make horizon.hours a multiple of period_hours",
            "blocks[A].max_fill: must lie in (0, 1] (got 1.2) — give the operational fill limit, e.g. 0.85",
            "blocks[A].moves_per_period: must be a number > 0 (got 0) — give the equipment's moves in + out per period",
            "blocks[A].id: \"A\" is used by another block — give each block its own id",
            "flows[F].teu: must be a number ≥ 0 (got nan) — give the flow's TEU",
            "flows[F].from: no point \"CT9\" — the points are Q, G",
        ])
    }

    @Test("each error says where: the place names the block or flow by index")
    func places() throws {
        var problem = base()
        problem.flows[0].leaves = 0
        let error = try #require(problem.problems().first)
        #expect(error.place == .flow(index: 0, id: "F", field: "leaves"))
    }
}
