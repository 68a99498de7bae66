// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorBerth
import CorridorKit
import CorridorLP
import CorridorScenario
import CorridorTestSupport
import Foundation
import Testing

/// The repository's root, found from this file.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

@Suite("The berth kind")
struct ScenarioTests {
    static let bundled = ["aktau-berths-week", "aktau-berths-week-growth"]

    func load(_ name: String) throws -> TypedScenario<BerthKind> {
        try ScenarioLoader.load("\(repositoryRoot)/Models/scenarios/\(name).yaml", as: BerthKind.self)
    }

    @Test("the bundled Aktau weeks solve to proven optimal, quickly, and pass the plan checker", arguments: bundled)
    func bundledWeeks(name: String) throws {
        let scenario = try load(name)
        let result = try BerthKind.solve(scenario.input, settings: scenario.settings(), using: GLPKSolver())
        #expect(result.status == .optimal)
        #expect(result.seconds < 10)  // about 0.03 s in a release build
        let plan = try #require(result.plan)
        #expect(PlanChecker.violations(of: plan.plan, in: scenario.input.problem) == [])
        #expect(result.objective == plan.plan.objective)
        // The too-deep 700-TEU ship is unserved with its reason; everything else is served.
        #expect(plan.plan.unserved.map(\.reason.description) == ["no berth deep enough: draft 7.1 m, deepest berth 6.5 m"])
        #expect(plan.plan.assignments.contains { $0.vessel == "BARYS-048" && $0.startHours == 0 && $0.berth == "GC1" })
    }

    @Test("the MathProg twin reaches the same optimum", arguments: bundled)
    func twin(name: String) throws {
        let scenario = try load(name)
        let result = try BerthKind.solve(scenario.input, settings: scenario.settings(), using: GLPKSolver())
        let folder = try TemporaryFolder("berth-twin")
        try folder.write("week.dat", try #require(scenario.mathProgData))
        let twin = try MathProg.solve(model: "\(repositoryRoot)/Models/berth.mod", data: [folder.path("week.dat")])
        #expect(twin.solution.status == .optimal)
        #expect(abs((twin.solution.objective ?? -1) - (result.objective ?? -2)) < 1e-6)
    }

    @Test("the plan JSON: times twice, waits, unserved with reasons; KPIs")
    func planJSON() throws {
        let scenario = try load("aktau-berths-week")
        let result = try BerthKind.solve(scenario.input, settings: scenario.settings(), using: GLPKSolver())
        let json = try #require(result.plan).json
        let first = try #require(json.objectValue?.first { $0.0 == "assignments" }?.1.arrayValue?.first?.objectValue)
        #expect(first.map(\.0) == ["vessel", "berth", "start", "start_hours", "finish", "finish_hours", "wait_hours"])
        #expect(first[2].1 == .string("2026-12-01T00:00:00+05:00"))
        let kpis = try #require(result.plan?.kpis.objectValue)
        #expect(kpis.map(\.0).prefix(4) == ["weighted_service_time", "mean_wait_hours", "max_wait_hours", "berth_occupancy"])
        let chart = try #require(result.plan?.chart(title: "week"))
        #expect(chart.contains("CASPIAN-700: no berth deep enough"))
        #expect(chart.contains("unavailable 60–84 h"))
    }

    @Test("every bad-input rule has its located message")
    func locatedMessages() throws {
        let text = """
            kind: berth
            horizon: {start: 2026-12-01T00:00:00+05:00, hours: 48}
            berths:
              - {id: CT1, depth_m: 6.5}
              - {id: CT2}
            vessels:
              - {id: A, eta: 0, handling_hours: 5, fixed: {berth: CT1, start: 0}}
              - {id: B, eta: 0, handling_hours: 5, fixed: {berth: CT1, start: 3}}
              - {id: C, eta: 2, handling_hours: 5, draft_m: 7, fixed: {berth: CT1, start: 10}}
              - {id: D, eta: 0, handling_hours: 5, allowed_berths: [CT1, CT4]}
              - {id: E, eta: 60, handling_hours: 5}
              - {id: F, eta: 0}
            """
        do {
            _ = try ScenarioLoader.load(text: text, file: "bad.yaml", registry: .corridor)
            Issue.record("the scenario was accepted")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                #"bad.yaml:10: vessels[3].allowed_berths[1]: no berth "CT4" — the berths are CT1, CT2"#,
                "bad.yaml:11: vessels[4].eta: 2026-12-03T12:00:00+05:00 (hour 60) lies after the horizon, which ends 2026-12-03T00:00:00+05:00 (hour 48) — give a time inside the horizon, or lengthen horizon.hours",
                "bad.yaml:12: vessels[5]: has neither moves nor handling_hours — give the vessel's container moves, or its handling_hours",
            ])
        }
        // With those fixed, the rules that need the whole problem: overlapping and rule-breaking fixed calls.
        let second = text.replacingOccurrences(of: ", CT4]", with: "]").replacingOccurrences(of: "eta: 60", with: "eta: 6")
            .replacingOccurrences(of: "{id: F, eta: 0}", with: "{id: F, eta: 0, moves: 10}")
        do {
            _ = try ScenarioLoader.load(text: second, file: "bad.yaml", registry: .corridor)
            Issue.record("the scenario was accepted")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "bad.yaml:8: vessels[1].fixed: overlaps the fixed call of A at CT1 ([0, 5) h) — two vessels cannot occupy one berth at once; move one of the calls",
                "bad.yaml:9: vessels[2].fixed: C cannot start at CT1 at 10 h: draft 7 m exceeds the depth of CT1 (6.5 m) — correct the committed call or the vessel's data",
            ])
        }
    }
}
