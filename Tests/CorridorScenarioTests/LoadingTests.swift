// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario
import Foundation
import Testing

@Suite("Loading scenario files")
struct LoadingTests {
    @Test("YAML and JSON of the same lp scenario load the same")
    func yamlAndJSONAgreeForLP() throws {
        let yaml = try ScenarioLoader.load(Fixtures.path("transport.yaml"), registry: Fixtures.registry)
        let json = try ScenarioLoader.load(Fixtures.path("transport.json"), registry: Fixtures.registry)
        #expect(yaml.core.name == "transport")
        #expect(json.core.name == yaml.core.name)
        #expect(json.core.kind == "lp")
        #expect(json.core.solver == yaml.core.solver)
        #expect(yaml.core.solver == SolverSettings(timeLimitSeconds: 30, mipGap: 0, method: .simplex))
        let yamlResult = yaml.solve()
        let jsonResult = json.solve()
        #expect(yamlResult.objective == jsonResult.objective)
        #expect(yamlResult.plan == jsonResult.plan)
    }

    @Test("YAML with a CSV table and inline JSON of the same depot scenario load the same")
    func yamlWithCSVAndJSONAgree() throws {
        let yaml = try ScenarioLoader.load(Fixtures.path("depot.yaml"), registry: Fixtures.registry)
        let json = try ScenarioLoader.load(Fixtures.path("depot.json"), registry: Fixtures.registry)
        let fromYAML = try #require(yaml.typed(as: DepotKind.self)?.input)
        let fromJSON = try #require(json.typed(as: DepotKind.self)?.input)
        #expect(fromYAML == fromJSON)
        #expect(yaml.core.horizon == json.core.horizon)
    }

    @Test("a kind with a typed input and plan solves, and its JSON, CSV tables and chart come from the typed plan")
    func typedKindPlugsIn() throws {
        let scenario = try ScenarioLoader.load(Fixtures.path("depot.yaml"), as: DepotKind.self)
        #expect(scenario.input.vessels.count == 3)
        let result = scenario.solve()
        #expect(result.status == .optimal)
        // Each vessel starts at its eta (6, 0, 30 hours; weights 2, 1, 1): 2·6 + 0 + 30.
        let plan = try #require(result.typedPlan as? DepotKind.Plan)
        #expect(plan.starts.map(\.hours) == scenario.input.vessels.map(\.eta))
        #expect(result.objective == zip(scenario.input.vessels, plan.starts).reduce(0) { $0 + $1.0.weight * $1.1.hours })
        #expect(result.plan["starts"]?.arrayValue?.count == 3)
        #expect(result.tables.map(\.name) == ["starts"])
        #expect(result.tables.first?.columns == ["vessel", "start_hours"])
        let svg = try #require(result.chart())
        #expect(svg.components(separatedBy: "<rect").count - 1 == 3)
        #expect(svg.contains("KARA &quot;SEA&quot;") || svg.contains("KARA &#34;SEA&#34;"))
    }

    @Test("a typed load of a file of another kind names the kind field")
    func typedLoadOfAnotherKind() throws {
        #expect(throws: ScenarioValidationError.self) {
            try ScenarioLoader.load(Fixtures.path("transport.yaml"), as: DepotKind.self)
        }
    }

    @Test("CSV cells become numbers, booleans, text, maps, lists and pairs; empty cells are absent")
    func csvTable() throws {
        let scenario = try ScenarioLoader.load(Fixtures.path("depot.yaml"), registry: Fixtures.registry)
        let depot = try #require(scenario.typed(as: DepotKind.self)?.input)
        #expect(depot.vessels.map(\.id) == ["BARYS-049", "AKTAU-7", "KARA \"SEA\""])
        let barys = depot.vessels[0]
        #expect(barys.eta == 6)
        #expect(barys.weight == 2)
        #expect(barys.handlingHours == ["CT1": 12, "CT2": 16])
        #expect(barys.allowedBerths == ["CT1", "CT2"])
        #expect(barys.due == 36)
        #expect(barys.windows == [[0, 10], [20, 30]])
        #expect(barys.pilot == true)
        let aktau = depot.vessels[1]
        #expect(aktau.eta == -2)  // before the horizon: already at anchor
        #expect(aktau.weight == 1)  // empty cell: absent, so the default
        #expect(aktau.handlingHours == ["CT2": 10])
        #expect(aktau.allowedBerths == ["CT2"])  // one value is a list of one
        #expect(aktau.due == nil && aktau.windows == nil && aktau.pilot == nil)
        let kara = depot.vessels[2]
        #expect(kara.eta == 30 && kara.weight == 1.5)
        #expect(kara.due == 192)  // after the horizon, allowed for `due`
        #expect(kara.pilot == false)
        #expect(depot.berths[0].available == [[0, 72], [84, 168]])
    }

    @Test("a kind is known only to a registry that lists it")
    func registry() throws {
        let lpOnly = KindRegistry([LPKind.self])
        #expect(lpOnly.names == ["lp"])
        do {
            _ = try ScenarioLoader.load(Fixtures.path("depot.yaml"), registry: lpOnly)
            Issue.record("the depot kind is not in this registry")
        } catch {
            #expect(error.diagnostics.map(\.problem) == ["\"depot\" is not a valid value"])
            #expect(error.diagnostics.first?.location.line == 2)
        }
        var extended = lpOnly
        extended.register(DepotKind.self)
        _ = try ScenarioLoader.load(Fixtures.path("depot.yaml"), registry: extended)
    }

    @Test("the name defaults to the file name without its extension")
    func defaultName() throws {
        let scenario = try ScenarioLoader.load(Fixtures.path("small-lp.yaml"), registry: Fixtures.registry)
        #expect(scenario.core.name == "small-lp")
        #expect(scenario.core.solver == SolverSettings())
        #expect(scenario.core.horizon == nil)
    }

    @Test("an alias used as a mapping key is refused before Yams hashes its 10⁹ copies")
    func aliasAsKey() throws {
        var lines = ["kind: lp", "model: small.lp", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        for key in ["k: {? *a8 : 1}", "*a8 : 1"] {
            let started = ContinuousClock.now
            let problems = Fixtures.problems((lines + [key]).joined(separator: "\n"))
            #expect(problems == ["case.yaml:12: the alias *a8 is used as a mapping key — use aliases for values only, and write keys out"])
            #expect(ContinuousClock.now - started < .seconds(5))
        }
        // Anchors and aliases as values stay allowed.
        #expect(Fixtures.problems("kind: lp\nmodel: &m small.lp\nname: *m\n") == [])
    }

    @Test("an invalid file's error carries the name and kind as written, for its result")
    func invalidFileKeepsNameAndKind() throws {
        func error(_ text: String, as name: String = "case.yaml") -> ScenarioValidationError? {
            do {
                _ = try Fixtures.load(text, as: name)
                return nil
            } catch { return error }
        }
        let yaml = try #require(error("kind: lp\nname: week-49\nmodel: small.lp\ncolour: red\n"))
        #expect(yaml.scenario == "week-49" && yaml.kind == "lp")
        // JSON files too (a line scanner for `kind:` found nothing in them).
        let json = try #require(error(#"{"kind": "lp", "name": "j", "model": "nothing-here.lp"}"#, as: "j.json"))
        #expect(json.scenario == "j" && json.kind == "lp")
        // A kind this program does not know is still the result's kind.
        let unknown = try #require(error("kind: berth\n", as: "aktau.yaml"))
        #expect(unknown.scenario == "aktau" && unknown.kind == "berth")
        // Unparseable: the file name, no kind.
        let broken = try #require(error("kind: [lp\n", as: "broken.yaml"))
        #expect(broken.scenario == "broken" && broken.kind == nil)
        do {
            _ = try ScenarioLoader.load("/no/such/folder/missing.yaml", registry: Fixtures.registry)
            Issue.record("a missing file loaded")
        } catch {
            let result = ScenarioResult.invalid(file: "/no/such/folder/missing.yaml", error)
            #expect(result.scenario == "missing" && result.kind == "" && result.status == .error)
            #expect(result.isFailure)
            #expect(result.message?.contains("no such file") == true)
        }
    }

    @Test("ISO-8601 times with offsets convert to hours after the horizon's start")
    func times() throws {
        let scenario = try Fixtures.load(
            """
            kind: depot
            horizon: {start: "2026-12-01T00:00:00+05:00", hours: 48}
            berths: [{id: B}]
            vessels:
              - {id: a, eta: "2026-11-30T19:00:00Z"}
              - {id: b, eta: 2026-12-01T08:30:00+08:00}
              - {id: c, eta: "2026-12-02T23:59:59.5+05:00"}
              - {id: d, eta: 2026-12-03T00:00:00+05:00}
            """)
        let depot = try #require(scenario.typed(as: DepotKind.self)?.input)
        // 08:30 at +08:00 is 00:30 UTC, 05:30 at +05:00.
        #expect(depot.vessels.map(\.eta) == [0, 5.5, 47 + 3599.5 / 3600, 48])
        let horizon = try #require(scenario.core.horizon)
        #expect(horizon.iso(hoursAfterStart: 6) == "2026-12-01T06:00:00+05:00")
        #expect(horizon.iso(hoursAfterStart: -30) == "2026-11-29T18:00:00+05:00")
        #expect(horizon.iso(hoursAfterStart: 0.25) == "2026-12-01T00:15:00+05:00")
    }

    @Test("a leap day is a date, the 29th of February of a common year is not")
    func calendar() {
        if case .failure = Instant.parse("2028-02-29T00:00:00+05:00") { Issue.record("2028 is a leap year") }
        if case .success = Instant.parse("2026-02-29T00:00:00+05:00") { Issue.record("2026 is not") }
        if case .success(let instant) = Instant.parse("1970-01-01T05:00:00+05:00") {
            #expect(instant.secondsSinceEpoch == 0)
        } else {
            Issue.record("a valid time was rejected")
        }
    }
}
