// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario
import Foundation
import CorridorTestSupport
import Testing

/// Each rule of scenarios.md's "Bad input", with the whole message: file, line, field path, what
/// is wrong and what to do.
@Suite("Validation messages")
struct ValidationTests {
    /// A valid depot scenario; tests replace one line to break one rule.
    static let depot = """
        kind: depot
        name: week
        horizon:
          start: 2026-12-01T00:00:00+05:00
          hours: 168
        step_minutes: 60
        berths:
          - id: CT1
            length_m: 150
          - id: CT2
          - id: CT3
        vessels:
          - id: V1
            eta: 6
            allowed_berths: [CT1, CT2]
            handling_hours: {CT1: 12}
        """

    static func depot(replacing old: String, with new: String) -> String {
        precondition(depot.contains(old), "the base scenario has no \(old)")
        return depot.replacingOccurrences(of: old, with: new)
    }

    @Test("the base scenario is valid")
    func baseIsValid() {
        #expect(Fixtures.problems(Self.depot) == [])
    }

    @Test("an unknown field gets a did-you-mean")
    func unknownField() {
        #expect(
            Fixtures.problems(Self.depot(replacing: "name: week", with: "nmae: week"))
                == ["case.yaml:2: nmae: unknown field — did you mean `name`?"])
        #expect(
            Fixtures.problems(Self.depot(replacing: "    length_m: 150", with: "    lenght_m: 150"))
                == ["case.yaml:9: berths[0].lenght_m: unknown field — did you mean `length_m`?"])
    }

    @Test("an unknown field without a close match lists the fields")
    func unknownFieldList() {
        #expect(
            Fixtures.problems("kind: lp\nmodel: small.lp\ncolour: red\n")
                == ["case.yaml:3: colour: unknown field — the fields here are kind, name, horizon, solver, model, data"])
    }

    @Test("an unknown kind gets a did-you-mean")
    func unknownKind() {
        #expect(
            Fixtures.problems("kind: lpp\nmodel: small.lp\n")
                == ["case.yaml:1: kind: \"lpp\" is not a valid value — did you mean lp? (one of lp, depot)"])
    }

    @Test("a missing required field points at its mapping")
    func missingField() {
        #expect(
            Fixtures.problems(Self.depot(replacing: "    eta: 6\n", with: ""))
                == ["case.yaml:13: vessels[0].eta: missing — add `eta:`"])
        #expect(Fixtures.problems("kind: lp\n") == ["case.yaml:1: model: missing — add `model:`"])
        #expect(Fixtures.problems("model: small.lp\n") == ["case.yaml:1: kind: missing — add `kind:`, one of lp, depot"])
    }

    @Test("a wrong type says what was expected and what was found")
    func wrongType() {
        #expect(
            Fixtures.problems(Self.depot(replacing: "hours: 168", with: "hours: many"))
                == ["case.yaml:5: horizon.hours: expected a number, got the text \"many\" — write a number like 12 or 12.5"])
        #expect(
            Fixtures.problems(Self.depot(replacing: "allowed_berths: [CT1, CT2]", with: "allowed_berths: {a: 1}"))
                == ["case.yaml:15: vessels[0].allowed_berths: expected a list, got a mapping — write `[a, b]` or one `- item` per line"])
    }

    @Test("negative, zero and non-finite numbers")
    func badNumbers() {
        #expect(
            Fixtures.problems(Self.depot(replacing: "length_m: 150", with: "length_m: -150"))
                == ["case.yaml:9: berths[0].length_m: must be greater than 0 (got -150) — give a positive number"])
        #expect(
            Fixtures.problems(Self.depot(replacing: "length_m: 150", with: "length_m: .nan"))
                == ["case.yaml:9: berths[0].length_m: .nan is not a finite number — give a finite number"])
        #expect(
            Fixtures.problems(Self.depot(replacing: "length_m: 150", with: "length_m: 1e999"))
                == ["case.yaml:9: berths[0].length_m: 1e999 is not a finite number — give a finite number"])
        #expect(
            Fixtures.problems("kind: lp\nmodel: small.lp\nsolver: {mip_gap: -0.5}\n")
                == ["case.yaml:3: solver.mip_gap: must not be negative (got -0.5) — give a number ≥ 0"])
    }

    @Test("duplicate ids name the first use")
    func duplicateIDs() {
        #expect(
            Fixtures.problems(Self.depot(replacing: "  - id: CT3", with: "  - id: CT1"))
                == ["case.yaml:11: berths[2].id: duplicate id \"CT1\": berths[0] (line 8) already has it — give each berth its own id"])
    }

    @Test("references to missing ids list the ids, as in the spec's example")
    func references() {
        #expect(
            Fixtures.problems(Self.depot(replacing: "[CT1, CT2]", with: "[CT1, CT4]"))
                == ["case.yaml:15: vessels[0].allowed_berths[1]: no berth \"CT4\" — the berths are CT1, CT2, CT3"])
        #expect(
            Fixtures.problems(Self.depot(replacing: "[CT1, CT2]", with: "[CT1, ct2x]"))
                == ["case.yaml:15: vessels[0].allowed_berths[1]: no berth \"ct2x\" — did you mean CT2? (the berths are CT1, CT2, CT3)"])
        #expect(
            Fixtures.problems(Self.depot(replacing: "{CT1: 12}", with: "{CT9: 12}"))
                == ["case.yaml:16: vessels[0].handling_hours.CT9: no berth \"CT9\" — the berths are CT1, CT2, CT3"])
        // A key of an id-keyed map gets the same "did you mean" as a reference.
        #expect(
            Fixtures.problems(Self.depot(replacing: "{CT1: 12}", with: "{ct2x: 12}"))
                == ["case.yaml:16: vessels[0].handling_hours.ct2x: no berth \"ct2x\" — did you mean CT2? (the berths are CT1, CT2, CT3)"])
    }

    @Test("times outside the horizon, and ISO times that are not")
    func times() {
        #expect(
            Fixtures.problems(Self.depot(replacing: "eta: 6", with: "eta: 2026-12-08T01:00:00+05:00"))
                == ["case.yaml:14: vessels[0].eta: 2026-12-08T01:00:00+05:00 (hour 169) lies after the horizon, which ends 2026-12-08T00:00:00+05:00 (hour 168) — give a time inside the horizon, or lengthen horizon.hours"])
        #expect(
            Fixtures.problems(Self.depot(replacing: "eta: 6", with: "eta: 1e300"))
                == ["case.yaml:14: vessels[0].eta: beyond the calendar (hour 1e+300) lies after the horizon, which ends 2026-12-08T00:00:00+05:00 (hour 168) — give a time inside the horizon, or lengthen horizon.hours"])
        #expect(
            Fixtures.problems(Self.depot(replacing: "eta: 6", with: "eta: 2026-12-01 06:00"))
                == ["case.yaml:14: vessels[0].eta: \"2026-12-01 06:00\" has no UTC offset — write an ISO-8601 time with offset like 2026-12-01T06:00:00+05:00, or hours after horizon.start"])
        #expect(
            Fixtures.problems(Self.depot(replacing: "start: 2026-12-01T00:00:00+05:00", with: "start: 2026-12-32T00:00:00+05:00"))
                == ["case.yaml:4: horizon.start: \"2026-12-32T00:00:00+05:00\" is not a calendar date — write an ISO-8601 time with offset, like 2026-12-01T00:00:00+05:00"])
        #expect(
            Fixtures.problems(Self.depot(replacing: "allowed_berths: [CT1, CT2]", with: "windows: [[-5, 3]]"))
                == ["case.yaml:15: vessels[0].windows[0][0]: 2026-11-30T19:00:00+05:00 (hour -5) lies before the horizon, which starts 2026-12-01T00:00:00+05:00 — give a time from the horizon's start on"])
    }

    @Test("horizon.hours must be a whole multiple of the kind's step")
    func horizonMultiple() {
        #expect(
            Fixtures.problems(Self.depot(replacing: "step_minutes: 60", with: "step_minutes: 100"))
                == ["case.yaml:5: horizon.hours: 168 is not a whole multiple of step_minutes = 100 (1.66667 h) — use 166.667 or 168.333, or change the step"])
    }

    @Test("a horizon is required by kinds that need one, not by the lp kind")
    func horizonRequired() {
        #expect(
            Fixtures.problems(Self.depot(replacing: "horizon:\n  start: 2026-12-01T00:00:00+05:00\n  hours: 168\n", with: ""))
                == ["case.yaml:1: horizon: missing — add `horizon:`"])
        #expect(Fixtures.problems("kind: lp\nmodel: small.lp\n") == [])
    }

    @Test("missing model, data and CSV files")
    func missingFiles() {
        #expect(
            Fixtures.problems("kind: lp\nmodel: nothere.mod\ndata: [transport.dat, gone.dat]\n")
                == [
                    "case.yaml:2: model: no such file \"nothere.mod\" (looked for nothere.mod) — check the path; it is relative to the scenario's folder",
                    "case.yaml:3: data[1]: no such file \"gone.dat\" (looked for gone.dat) — check the path; it is relative to the scenario's folder",
                ])
        #expect(
            Fixtures.problems(Self.depot(replacing: "vessels:\n  - id: V1\n    eta: 6\n    allowed_berths: [CT1, CT2]\n    handling_hours: {CT1: 12}", with: "vessels: {csv: nothere.csv}"))
                == ["case.yaml:12: vessels.csv: cannot read the CSV table \"nothere.csv\": no such file — check the path (relative to the scenario's folder)"])
        #expect(
            Fixtures.problems("kind: lp\nmodel: small.lp\ndata: transport.dat\n")
                == ["case.yaml:3: data: data files go only with a MathProg (.mod) model — remove `data`, or name a .mod model"])
        #expect(
            Fixtures.problems("kind: lp\nmodel: transport.dat\n")
                == ["case.yaml:2: model: \"transport.dat\" is not a model file Corridor reads — name a .lp (CPLEX LP), .mps (free MPS), .glpk or .mod (MathProg) file"])
    }

    @Test("a model file GLPK cannot read is a located error before solving")
    func unreadableModel() throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.lp", "Minimize\n cost: x +\nSubject To\n c1: x >= \nEnd\n")
        try folder.write("s.yaml", "kind: lp\nname: broken\nmodel: bad.lp\n")
        do {
            _ = try ScenarioLoader.load(folder.path("s.yaml"), registry: Fixtures.registry)
            Issue.record("a broken LP file was accepted")
        } catch {
            let message = error.description.replacingOccurrences(of: folder.path + "/", with: "")
            #expect(message.hasPrefix("s.yaml:3: model: cannot read \"bad.lp\": not a valid lp file: "))
            #expect(message.hasSuffix(" — fix the model file"))
        }
    }

    @Test("YAML syntax errors have a line")
    func syntax() {
        let problems = Fixtures.problems("kind: lp\nmodel: small.lp\nsolver: {method: auto\nname: x\n")
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("case.yaml:4: not valid YAML/JSON: ") == true)
        #expect(problems.first?.hasSuffix(" — fix the syntax (indentation, quotes, brackets, `key: value`)") == true)
        #expect(
            Fixtures.problems("kind: lp\nmodel: small.lp\nmodel: small.mps\n").first?.contains("a key is given twice") == true)
        #expect(Fixtures.problems("") == ["case.yaml:1: the file is empty — write a scenario: kind, name, horizon and the kind's fields"])
        #expect(Fixtures.problems("- kind: lp\n") == ["case.yaml:1: a scenario is a mapping of fields, not a list — start with `kind: …` on the first line"])
    }

    @Test("every problem of a file is reported at once, in line order")
    func allAtOnce() {
        let text = """
            kind: depot
            nmae: week
            horizon: {start: 2026-12-01T00:00:00+05:00, hours: -1}
            solver: {method: fastest}
            berths:
              - {id: A, length_m: 0}
              - {id: A}
            vessels:
              - {id: V1, allowed_berths: [B]}
            """
        let problems = Fixtures.problems(text)
        #expect(
            problems == [
                "case.yaml:2: nmae: unknown field — did you mean `name`?",
                "case.yaml:3: horizon.hours: must be greater than 0 (got -1) — give a positive number",
                "case.yaml:4: solver.method: \"fastest\" is not a valid value — use one of auto, simplex, interior, network",
                "case.yaml:6: berths[0].length_m: must be greater than 0 (got 0) — give a positive number",
                "case.yaml:7: berths[1].id: duplicate id \"A\": berths[0] (line 6) already has it — give each berth its own id",
                "case.yaml:9: vessels[0].eta: missing — add `eta:`",
                "case.yaml:9: vessels[0].allowed_berths[0]: no berth \"B\" — the berths are A",
            ])
    }

    @Test("problems in a CSV table point into the CSV file")
    func csvProblems() throws {
        let folder = try TemporaryFolder()
        try folder.write("v.csv", """
            id,eta,handling_hours.CT1,handling_hours.CT9,allowed_berths,colour
            V1,6,12,,CT1;CT4,
            V2,-3,abc,4,,red
            V1,2026-12-09T00:00:00+05:00,1,,,
            """)
        let scenario = Self.depot(replacing: "vessels:\n  - id: V1\n    eta: 6\n    allowed_berths: [CT1, CT2]\n    handling_hours: {CT1: 12}", with: "vessels: {csv: v.csv}")
        try folder.write("s.yaml", scenario)
        let problems: [String]
        do {
            _ = try ScenarioLoader.load(folder.path("s.yaml"), registry: Fixtures.registry)
            problems = []
        } catch {
            problems = error.diagnostics.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
        }
        #expect(
            problems == [
                "v.csv:2: vessels[0].allowed_berths[1]: no berth \"CT4\" — the berths are CT1, CT2, CT3",
                "v.csv:3: vessels[1].handling_hours.CT9: no berth \"CT9\" — the berths are CT1, CT2, CT3",
                "v.csv:3: vessels[1].handling_hours.CT1: expected a number, got the text \"abc\" — write a number like 12 or 12.5",
                "v.csv:3: vessels[1].colour: unknown field — the fields here are id, eta, weight, handling_hours, allowed_berths, due, windows, pilot",
                "v.csv:4: vessels[2].id: duplicate id \"V1\": vessels[0] (line 2) already has it — give each vessel its own id",
                "v.csv:4: vessels[2].eta: 2026-12-09T00:00:00+05:00 (hour 192) lies after the horizon, which ends 2026-12-08T00:00:00+05:00 (hour 168) — give a time inside the horizon, or lengthen horizon.hours",
            ])
    }

    @Test("CSV rows are counted by line even with quoted line breaks")
    func csvLines() throws {
        let folder = try TemporaryFolder()
        try folder.write("v.csv", "id,eta,allowed_berths\n\"V\n1\",6,CT1\n\nV2,7,CT7\n")
        try folder.write("s.yaml", Self.depot(replacing: "vessels:\n  - id: V1\n    eta: 6\n    allowed_berths: [CT1, CT2]\n    handling_hours: {CT1: 12}", with: "vessels: {csv: v.csv}"))
        do {
            _ = try ScenarioLoader.load(folder.path("s.yaml"), registry: Fixtures.registry)
            Issue.record("CT7 is not a berth")
        } catch {
            #expect(error.diagnostics.map(\.location.line) == [5])
            #expect(error.diagnostics.first?.path == "vessels[1].allowed_berths[0]")
        }
    }

    @Test("edit distance counts a swap of neighbours as one edit")
    func editDistance() {
        #expect(Suggestions.editDistance("nmae", "name") == 1)
        #expect(Suggestions.editDistance("kitten", "sitting") == 3)
        #expect(Suggestions.closest(to: "CT4", among: ["CT1", "CT2", "CT3"]) == nil)
        #expect(Suggestions.closest(to: "horizn", among: ["horizon", "name"]) == "horizon")
    }
}
