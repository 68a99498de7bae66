// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorScenario
import CorridorYard
import Foundation
import Testing

@Suite("The yard kind: scenario files, plan JSON, capacity JSON")
struct KindTests {
    @Test("decoding: defaults, period indices, and ISO times (enters to its period, leaves up to the next boundary)")
    func decoding() throws {
        let scenario = try YardScenarios.load(YardScenarios.small)
        let problem = scenario.input.problem
        #expect(problem.periodCount == 4)
        #expect(problem.teuPerMove == 1.6 && problem.overflowPenalty == 1000 && problem.demandScale == 1)
        #expect(problem.blocks[0].maxFill == 0.8 && problem.blocks[1].maxFill == 0.85)
        #expect(problem.blocks[0].initialLeaves == 2 && problem.blocks[1].initialLeaves == nil)
        #expect(problem.blocks[1].hazardous && problem.blocks[1].reeferPlugs == 10)
        // 13:00 lies in period 1 (12:00–24:00); 14:00 next day is hour 38, up to the boundary 48: 4.
        #expect(problem.flows[1].enters == 1 && problem.flows[1].leaves == 4)
        #expect(problem.flows[0].enters == 0 && problem.flows[0].leaves == 3)
    }

    @Test("solving a scenario: plan JSON members in order, times twice, KPIs, unserved")
    func planJSON() throws {
        // A1 holds 80: 20 initial until period 2, so F1 gets 60 in A1 (0.3 km) and 10 in H1
        // (1.0 km); DG goes to H1. 60 × 0.3 + 10 × 1 + 10 × 1 = 38.
        let scenario = try YardScenarios.load(YardScenarios.small)
        let result = scenario.solve()
        #expect(result.status == .optimal)
        #expect(abs(result.objective! - 38) < 1e-9)
        #expect(result.unserved == 0)
        let plan = try #require(result.json["plan"])
        guard case .object(let members) = plan else { Issue.record("plan is not an object"); return }
        #expect(members.map(\.0) == ["placements", "overflow", "occupancy"])
        let occupancy = try #require(plan["occupancy"]?.arrayValue)
        #expect(occupancy.count == 8)
        #expect(occupancy[1] == .object([
            ("block", .string("A1")), ("period", .integer(1)),
            ("period_start", .string("2026-12-01T12:00:00+05:00")), ("period_start_hours", .number(12)),
            ("teu", .number(80)), ("fill", .number(0.8)),
        ]))
        let kpis = try #require(result.json["kpis"])
        #expect(kpis["teu_km"]?.doubleValue.map { abs($0 - 38) < 1e-9 } == true)
        #expect(kpis["peak_fill"]?.doubleValue.map { abs($0 - 0.8) < 1e-12 } == true)
        #expect(result.tables.map(\.name) == ["placements", "overflow", "occupancy"])
        let svg = try #require(result.chart())
        #expect(svg.hasPrefix("<svg") && svg.contains("A1") && svg.contains("fill by block and period"))
    }

    @Test("overflow in the JSON with its reason, and marked in the chart")
    func overflowJSON() throws {
        let text = YardScenarios.small.replacingOccurrences(of: "teu: 70", with: "teu: 170")
        let result = try YardScenarios.load(text).solve()
        // A1 takes 60 (80 less 20 initial in periods 0–1); H1 takes 32.5 (42.5 less DG.s 10 in
        // periods 1–2): 170 − 60 − 32.5 = 77.5 overflow, for capacity.
        let overflow = try #require(result.json["plan"]?["overflow"]?.arrayValue)
        #expect(overflow == [.object([("flow", .string("F1")), ("teu", .number(77.5)), ("reason", .string("capacity"))])])
        #expect(abs((result.unserved ?? 0) - 77.5) < 1e-9)
        #expect(try #require(result.chart()).contains("overflow"))
    }

    @Test("initial stock over the fill limit: a located message")
    func initialOverFill() {
        let text = YardScenarios.small.replacingOccurrences(of: "initial_teu: 20", with: "initial_teu: 90")
        #expect(YardScenarios.problems(text) == [
            "yard.yaml:12: blocks[0].initial_teu: 90 TEU exceeds the fill limit capacity_teu × max_fill = 80 TEU — lower initial_teu or raise max_fill; no plan can fix an overfull block"
        ])
    }

    @Test("initial stock moving out faster than the equipment: a located message")
    func initialMoves() {
        let text = YardScenarios.small.replacingOccurrences(of: "moves_per_period: 100", with: "moves_per_period: 10")
        #expect(YardScenarios.problems(text) == [
            "yard.yaml:13: blocks[0].initial_leaves: moving the initial 20 TEU out in period 2 takes 12.5 moves, over moves_per_period = 10 — spread the initial stock's departure or raise moves_per_period"
        ])
    }

    @Test("leaves ≤ enters: a located message, for indices and ISO times")
    func leavesNotAfterEnters() {
        let text = YardScenarios.small.replacingOccurrences(of: "enters: 0, leaves: 3", with: "enters: 2, leaves: 2")
        #expect(YardScenarios.problems(text) == [
            "yard.yaml:21: flows[0].leaves: period 2 is not after enters = 2 — give a leaving period > enters (exclusive)"
        ])
        let iso = YardScenarios.small.replacingOccurrences(of: "leaves: \"2026-12-02T14:00:00+05:00\"", with: "leaves: \"2026-12-01T12:00:00+05:00\"")
        #expect(YardScenarios.problems(iso) == [
            "yard.yaml:22: flows[1].leaves: period 1 is not after enters = 1 — give a leaving period > enters (exclusive)"
        ])
    }

    @Test("a point without a distance, and a distance to no point: located messages")
    func missingDistance() {
        let text = YardScenarios.small.replacingOccurrences(of: "distance_m: {CT1: 500, GATE: 500}", with: "distance_m: {CT1: 500, GTE: 500}")
        #expect(YardScenarios.problems(text) == [
            "yard.yaml:19: blocks[1].distance_m.GTE: no point \"GTE\" — did you mean GATE? (the points are CT1, GATE)",
            "yard.yaml:19: blocks[1].distance_m: has no distance to point GATE — add `GATE: <metres>` to distance_m",
        ])
    }

    @Test("bad single values and periods outside the horizon: located messages")
    func singleValues() {
        let text = YardScenarios.small
            .replacingOccurrences(of: "max_fill: 0.8", with: "max_fill: 1.5")
            .replacingOccurrences(of: "moves_per_period: 40", with: "moves_per_period: 0")
            .replacingOccurrences(of: "enters: 0, leaves: 3", with: "enters: 4, leaves: 5")
            .replacingOccurrences(of: "period_hours: 12", with: "period_hours: 10")
        let problems = YardScenarios.problems(text)
        #expect(problems.contains("yard.yaml:3: horizon.hours: 48 is not a whole multiple of period_hours = 10 — use 40 or 50, or change the step"), "\(problems)")
        #expect(problems.contains("yard.yaml:9: blocks[0].max_fill: must be ≤ 1 (got 1.5) — give a number ≤ 1"), "\(problems)")
        #expect(problems.contains("yard.yaml:18: blocks[1].moves_per_period: must be greater than 0 (got 0) — give a positive number"), "\(problems)")
        let periods = YardScenarios.problems(
            YardScenarios.small.replacingOccurrences(of: "enters: 0, leaves: 3", with: "enters: 4, leaves: 5"))
        #expect(periods == [
            "yard.yaml:21: flows[0].enters: period 4 is outside the horizon's periods 0…3 — give a period index from 0 to 3 (a plain number is a period, not hours)",
            "yard.yaml:21: flows[0].leaves: period 5 is after the horizon's last period boundary 4 — give at most 4 (the flow then stays to the end; a plain number is a period, not hours)",
        ])
    }

    @Test("the capacity answer as JSON: the members in order")
    func capacityJSON() throws {
        let scenario = try YardScenarios.load(YardScenarios.small)
        let answer = try YardKind.capacity(scenario.input, settings: scenario.settings())
        let json = YardKind.capacityJSON(answer, scenario: "small-yard", horizon: scenario.input.horizon)
        guard case .object(let members) = json else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == [
            "scenario", "kind", "what", "status", "demand_scale_max", "bound", "teu_per_horizon",
            "yearly_teu", "binding", "model", "solve_seconds",
        ])
        #expect(json["kind"] == .string("yard") && json["what"] == .string("capacity"))
        let binding = try #require(json["binding"]?.arrayValue?.first)
        guard case .object(let bindingMembers) = binding else { Issue.record("binding not an object"); return }
        #expect(bindingMembers.map(\.0) == ["block", "period", "period_start", "period_start_hours", "rule"])
        let scale = try #require(answer.demandScaleMax)
        #expect(abs(json["yearly_teu"]!.doubleValue! - scale * 80 * 8760 / 48) < 1e-6)
    }

    @Test("capacity JSON without any TEU: null and a message; without a hazardous block: 0 and the flows")
    func capacityJSONSpecialCases() throws {
        let none = try YardScenarios.load(
            YardScenarios.small.replacingOccurrences(of: "teu: 70", with: "teu: 0").replacingOccurrences(of: "DG, teu: 10", with: "DG, teu: 0"))
        let empty = YardKind.capacityJSON(
            try YardKind.capacity(none.input, settings: none.settings()), scenario: "x", horizon: none.input.horizon)
        #expect(empty["demand_scale_max"] == .null && empty["yearly_teu"] == .null)
        #expect(empty["message"] == .string("no flow has TEU, so any demand_scale fits"))
        let noHazardous = try YardScenarios.load(YardScenarios.small.replacingOccurrences(of: "hazardous: true\n", with: "hazardous: false\n"))
        let zero = YardKind.capacityJSON(
            try YardKind.capacity(noHazardous.input, settings: noHazardous.settings()), scenario: "x",
            horizon: noHazardous.input.horizon)
        #expect(zero["demand_scale_max"] == .number(0))
        #expect(zero["flows_without_a_block"] == .array([.string("DG")]))
    }
}
