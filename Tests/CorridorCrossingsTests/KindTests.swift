// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorCrossings
import CorridorLP
import CorridorScenario
import Foundation
import Testing

/// `kind: crossings` scenario files: reading, located problems, the plan JSON and the chart.
@Suite("Crossings: the scenario kind")
struct KindTests {
    static let registry = KindRegistry([CrossingsKind.self])

    static func load(_ text: String) throws(ScenarioValidationError) -> TypedScenario<CrossingsKind> {
        try ScenarioLoader.load(text: text, file: "/tmp/case.yaml", registry: registry).typed(as: CrossingsKind.self)!
    }

    static func problems(_ text: String) -> [String] {
        do {
            _ = try load(text)
            return []
        } catch {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: "/tmp/", with: "") }
        }
    }

    static let small = """
        kind: crossings
        name: two-checkpoints
        horizon: {start: 2026-12-01T00:00:00+05:00, hours: 48}
        slot_minutes: 60
        checkpoints:
          - id: nz
            name: Nur Zholy
            lanes: 1
            minutes_per_truck: 30
            daily_cap: 5
            timezone: "+08:00"
            hours: [["10:30", "14:00"], ["22:00", "02:00"]]
            closed: ["2026-12-02"]
          - id: kz
            lanes: {min: 1, max: 2}
            minutes_per_truck: 20
            minutes_by_class: {hazardous: 40}
            lane_hour_cost: 0.25
            lane_hours_per_day: 40
        requests:
          - {id: R1, carrier: Transit-KZ, trucks: 6, class: perishable, ready: 2026-11-30T22:00:00+05:00, travel_hours: {nz: 5, kz: 3}}
          - {id: R2, trucks: 4, class: hazardous, ready: 3.5, checkpoints: [kz], deadline: 2026-12-03T12:00:00+05:00}
          - {id: R3, trucks: 3, ready: 10, weight: 2, checkpoints: [nz]}
        """

    @Test func aScenarioSolvesAndItsPlanPassesTheChecker() throws {
        let scenario = try Self.load(Self.small)
        let problem = scenario.input.problem
        #expect(problem.checkpoints[0].hours == [OpeningInterval("10:30", "14:00")!, OpeningInterval("22:00", "02:00")!])
        #expect(problem.checkpoints[0].offsetSeconds == 8 * 3600)
        #expect(problem.requests[0].ready == -2)
        #expect(problem.requests[1].deadline == 60)
        let plan = try solveChecked(problem)
        let result = scenario.solve()
        #expect(result.status == .optimal)
        #expect(result.objective == plan.objective)
        let typed = try CrossingsKind.solve(scenario.input, settings: SolverSettings(), using: GLPKSolver())
        let json = try #require(typed.plan?.json)
        guard case .object(let members) = json else { Issue.record("plan is not an object"); return }
        #expect(members.map(\.0) == ["crossings", "unserved", "checkpoints"])
        let text = json.text(pretty: false)
        #expect(text.contains("\"slot_start\":\"2026-12-01T"))
        #expect(text.contains("\"queue\":"))
        let svg = try #require(typed.plan?.chart(title: "two-checkpoints"))
        #expect(svg.contains("<svg") && svg.contains("closed 2026-12-02") && svg.contains("Nur Zholy"))
        #expect(typed.plan?.tables.map(\.name) == ["crossings", "unserved", "slots", "trucks_per_day"])
        let data = try #require(CrossingsKind.mathProgData(scenario.input))
        #expect(data.contains("set E :="))
    }

    @Test func badFieldsAreReportedAtTheirLines() {
        let text = """
            kind: crossings
            horizon: {start: 2026-12-01T00:00:00+05:00, hours: 48}
            slot_minutes: 50
            demand_scale: -1
            checkpoints:
              - id: nz
                lanes: {min: 3, max: 2}
                minutes_per_truck: 0
                timezone: "Asia/Almaty"
                hours: [["10:30", "25:00"], ["9"]]
                closed: ["2026-13-01"]
                minutes_by_class: {frozen: 5}
              - id: nz
                lanes: 2
                minutes_per_truck: 12
                daily_cap: -5
            requests:
              - {id: R1, trucks: 2, ready: 60, checkpoints: [kz], travel_hours: {kz: 1}}
              - {id: R2, trucks: 1.5, class: fresh, ready: 0, weight: -3, deadline: -4}
            """
        #expect(Self.problems(text) == [
            "case.yaml:3: slot_minutes: horizon.hours × 60 = 2880 is not a multiple of 50 — choose a slot length that divides the horizon",
            "case.yaml:4: demand_scale: must be a number ≥ 0 (got -1.0) — give e.g. 1.82 for 82 % more trucks",
            "case.yaml:7: checkpoints[0].lanes.max: is below lanes.min (2 < 3) — give max ≥ min",
            "case.yaml:8: checkpoints[0].minutes_per_truck: must be a positive number of minutes (got 0.0) — give the lane minutes one truck takes, e.g. 12",
            "case.yaml:9: checkpoints[0].timezone: \"Asia/Almaty\" is not a UTC offset — write a fixed offset like \"+08:00\" (the corridor observes no daylight saving)",
            "case.yaml:10: checkpoints[0].hours[0][1]: \"25:00\" is not a time of day — write \"HH:MM\" in quotes, from \"00:00\" to \"24:00\" (unquoted, YAML may read 10:30 as a number)",
            "case.yaml:10: checkpoints[0].hours[1]: expected [from, to], got 1 values — write two local times, e.g. [\"10:30\", \"14:00\"]",
            "case.yaml:11: checkpoints[0].closed[0]: \"2026-13-01\" is not a date — write a local date as YYYY-MM-DD, e.g. 2026-12-16",
            "case.yaml:12: checkpoints[0].minutes_by_class.frozen: no cargo class \"frozen\" — the classes are general, perishable, hazardous, empty",
            "case.yaml:13: checkpoints[1].id: duplicate id \"nz\": checkpoints[0] (line 6) already has it — give each checkpoint its own id",
            "case.yaml:16: checkpoints[1].daily_cap: must not be negative (got -5) — give trucks per day ≥ 0, or leave it out",
            "case.yaml:18: requests[0].ready: 2026-12-03T12:00:00+05:00 (hour 60) lies after the horizon, which ends 2026-12-03T00:00:00+05:00 (hour 48) — give a time inside the horizon, or lengthen horizon.hours",
            "case.yaml:18: requests[0].travel_hours.kz: no checkpoint \"kz\" — did you mean nz? (the checkpoints are nz)",
            "case.yaml:18: requests[0].checkpoints[0]: no checkpoint \"kz\" — did you mean nz? (the checkpoints are nz)",
            "case.yaml:19: requests[1].trucks: must be a whole number (got 1.5) — give a whole number",
            "case.yaml:19: requests[1].class: \"fresh\" is not a valid value — use one of general, perishable, hazardous, empty",
            "case.yaml:19: requests[1].deadline: 2026-11-30T20:00:00+05:00 (hour -4) lies before the horizon, which starts 2026-12-01T00:00:00+05:00 — give a time from the horizon's start on",
            "case.yaml:19: requests[1].weight: must be a number ≥ 0 (got -3.0) — give e.g. 3, or leave it out for the class's default",
        ])
    }

    @Test func networkMethodSaysWhyNot() {
        let text = Self.small.replacingOccurrences(of: "slot_minutes: 60", with: "slot_minutes: 60\nsolver: {method: network}")
        #expect(Self.problems(text) == [
            "case.yaml:5: solver.method: the network method does not apply: checkpoint kz plans its lanes (lanes: {min, max}), which needs the MIP — use auto (which picks the MIP here), or give the checkpoint fixed lanes and one minutes_per_truck"
        ])
    }

    @Test func unknownFieldsHaveADidYouMean() {
        let text = Self.small.replacingOccurrences(of: "daily_cap: 5", with: "dialy_cap: 5")
        #expect(Self.problems(text) == ["case.yaml:10: checkpoints[0].dialy_cap: unknown field — did you mean `daily_cap`?"])
    }
}

/// The bundled scenarios in `Models/scenarios/` load, solve within seconds, and pass the checker.
@Suite("Crossings: bundled scenarios")
struct BundledScenarioTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Models/scenarios").path

    @Test(arguments: ["crossings-three-days", "crossings-equeue-backlog", "crossings-equeue-growth-82", "crossings-lane-planning"])
    func bundledScenario(name: String) throws {
        let scenario = try ScenarioLoader.load("\(Self.folder)/\(name).yaml", as: CrossingsKind.self)
        let problem = scenario.input.problem
        var options = CrossingsOptions(method: scenario.input.method, relativeGap: scenario.core.solver.mipGap)
        options.timeLimit = scenario.core.solver.timeLimit
        let plan = try solveChecked(problem, options)
        #expect(plan.status.hasSolution)
        #expect(plan.seconds < 15)
        #expect(plan.kpis.trucksCrossed > 0)
        if name.contains("equeue") { #expect(plan.path == .network && plan.status == .optimal) }
    }
}
