// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorScenario
import Foundation
import CorridorTestSupport
import Testing

@Suite("The lp kind")
struct LPKindTests {
    func solve(_ name: String, timeLimit: Double? = nil) throws -> ScenarioResult {
        try ScenarioLoader.load(Fixtures.path(name), registry: Fixtures.registry).solve(timeLimitSeconds: timeLimit)
    }

    @Test("a MathProg model with data: glpsol's optimum 153.675")
    func mathProg() throws {
        let result = try solve("transport.yaml")
        #expect(result.status == .optimal)
        #expect(abs((result.objective ?? 0) - 153.675) < 1e-9)
        #expect(result.bound == result.objective)
        #expect(result.gap == 0)
        #expect(result.unserved == 0)
        #expect(result.model == ModelStats(rows: 6, columns: 6, nonzeros: 18, integerColumns: 0))
        // glpsol: Seattle ships 50 to New York and 300 to Chicago, San Diego 275 to New York and
        // 275 to Topeka; the other variables are 0 and left out.
        #expect(
            result.plan == .object([
                ("x[Seattle,New-York]", .number(50)), ("x[Seattle,Chicago]", .number(300)),
                ("x[San-Diego,New-York]", .number(275)), ("x[San-Diego,Topeka]", .number(275)),
            ]))
        #expect(result.errors.isEmpty && !result.isFailure)
        #expect(result.tables.first?.name == "variables")
        #expect(result.tables.first?.rows.count == 4)
    }

    @Test("a CPLEX LP file: 11 at x = 3, y = 1, by hand")
    func lpFile() throws {
        let result = try solve("small-lp.yaml")
        #expect(result.status == .optimal)
        #expect(abs((result.objective ?? 0) - 11) < 1e-9)
        #expect(result.plan == .object([("x", .number(3)), ("y", .number(1))]))
        #expect(result.kpis["sense"] == .string("maximize"))
    }

    @Test("a free MPS file with the interior point method: -11, by hand")
    func mpsFile() throws {
        let result = try solve("small-mps.yaml")
        #expect(result.status == .optimal)
        #expect(abs((result.objective ?? 0) + 11) < 1e-6)
        let x = result.plan["x"]?.doubleValue ?? 0
        let y = result.plan["y"]?.doubleValue ?? 0
        #expect(abs(x - 3) < 1e-6 && abs(y - 1) < 1e-6)
    }

    @Test("a MIP: the knapsack's 90, by hand")
    func mip() throws {
        let result = try solve("knapsack.yaml")
        #expect(result.status == .optimal)
        #expect(result.objective == 90)
        #expect(result.model?.integerColumns == 4)
        #expect(result.plan == .object([("b", .number(1)), ("d", .number(1))]))
    }

    @Test("an infeasible model is a failed result with status error and a message, not a crash")
    func infeasible() throws {
        let result = try solve("infeasible.yaml")
        #expect(result.status == .error)
        #expect(result.message?.hasPrefix("infeasible") == true)
        #expect(result.objective == nil)
        #expect(result.plan == .object([]))
        // Solved (nothing threw, so no `errors`), but a failed scenario all the same: `solve`
        // exits with 1 and `batch` counts it as failed.
        #expect(result.errors.isEmpty)
        #expect(result.isFailure)
        #expect(result.scenario == "no-plan")
    }

    /// The problems of `scenario` (as `s.yaml`) next to `files` in a folder of their own, with
    /// the folder left out of paths.
    func problems(_ scenario: String, files: [String: String]) throws -> [String] {
        let folder = try TemporaryFolder()
        for (name, text) in files { try folder.write(name, text) }
        try folder.write("s.yaml", scenario)
        do {
            _ = try ScenarioLoader.load(folder.path("s.yaml"), registry: Fixtures.registry)
            return []
        } catch {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
        }
    }

    @Test("a MathProg model that does not translate is a validation problem at `model:`, with GLPK's file and line")
    func brokenMathProg() throws {
        let found = try problems(
            "kind: lp\nname: broken\nmodel: bad.mod\n",
            files: ["bad.mod": "var x >= 0;\nminimize z: x + y;\nend;\n"])
        #expect(found.count == 1)
        let message = try #require(found.first)
        #expect(message.hasPrefix("s.yaml:3: model: "), "\(message)")
        #expect(message.contains("bad.mod:2:"), "\(message)")
        #expect(message.contains("y not defined"), "\(message)")
        #expect(message.hasSuffix(" — fix the model file"), "\(message)")
    }

    @Test("a MathProg data file that does not translate is a problem at its own `data` entry")
    func brokenMathProgData() throws {
        let found = try problems(
            "kind: lp\nmodel: transport.mod\ndata:\n  - good.dat\n  - bad.dat\n",
            files: [
                "transport.mod": try Fixtures.text("transport.mod"),
                "good.dat": "data;\nend;\n",
                "bad.dat": try Fixtures.text("transport.dat").replacingOccurrences(of: "param f", with: "parm f"),
            ])
        #expect(found.count == 1)
        let message = try #require(found.first)
        #expect(message.hasPrefix("s.yaml:5: data[1]: "), "\(message)")
        #expect(message.contains("bad.dat:"), "\(message)")
        #expect(message.hasSuffix(" — fix the data file"), "\(message)")
    }

    @Test("validation translates the MathProg model once; the kind keeps it and solves that")
    func mathProgTranslatedAtValidation() throws {
        let scenario = try ScenarioLoader.load(Fixtures.path("transport.yaml"), registry: Fixtures.registry)
        let kind = try #require(scenario.typed(as: LPKind.self)?.input)
        #expect(kind.model.columnCount == 6 && kind.model.rowCount == 6)
        guard case .mathProg(let path, let data) = kind.source else {
            Issue.record("not a MathProg source: \(kind.source)")
            return
        }
        #expect(path.hasSuffix("/transport.mod") && data.count == 1)
    }

    @Test("interior point with a time limit is refused at solver.method for an LP, not at solve time")
    func interiorWithTimeLimit() throws {
        #expect(
            Fixtures.problems("kind: lp\nmodel: small.mps\nsolver:\n  time_limit_seconds: 5\n  method: interior\n")
                == [
                    "case.yaml:5: solver.method: GLPK's interior point method cannot be stopped by a time limit, "
                        + "and solver.time_limit_seconds is 5 — use auto or simplex to keep the time limit, "
                        + "or remove time_limit_seconds to use interior"
                ])
        // 0 is a time limit too ("stop at once").
        #expect(Fixtures.problems("kind: lp\nmodel: small.mps\nsolver: {time_limit_seconds: 0, method: interior}\n").count == 1)
        // A MIP solves its relaxation with the dual simplex, so the limit holds: accepted and solved.
        let mip = try Fixtures.load("kind: lp\nmodel: knapsack.lp\nsolver: {time_limit_seconds: 10, method: interior}\n")
        #expect(mip.solve().status == .optimal)
        // Without a time limit, interior is fine.
        #expect(Fixtures.problems("kind: lp\nmodel: small.mps\nsolver: {method: interior}\n") == [])
    }

    @Test("any time limit a file or caller gives is safe: 1e300 s solves instead of trapping")
    func hugeTimeLimit() throws {
        let scenario = try Fixtures.load("kind: lp\nmodel: small.lp\nsolver: {time_limit_seconds: 1e300}\n")
        #expect(scenario.core.solver.timeLimitSeconds == 1e300)
        let result = scenario.solve()
        #expect(result.status == .optimal)
        #expect(abs((result.objective ?? 0) - 11) < 1e-9)
        // The command line's --time-limit goes through the same conversion.
        #expect(try solve("small-lp.yaml", timeLimit: 1e300).status == .optimal)
        #expect(try solve("small-lp.yaml", timeLimit: .greatestFiniteMagnitude).status == .optimal)
    }

    @Test("time_limit_seconds: 0 is valid and stops at once; negative and non-finite limits are problems")
    func timeLimitRange() throws {
        let zero = try Fixtures.load("kind: lp\nmodel: knapsack.lp\nsolver: {time_limit_seconds: 0}\n")
        #expect(zero.core.solver.timeLimitSeconds == 0)
        #expect(zero.solve().status != .error)
        #expect(
            Fixtures.problems("kind: lp\nmodel: small.lp\nsolver: {time_limit_seconds: -1}\n")
                == ["case.yaml:3: solver.time_limit_seconds: must not be negative (got -1) — give a number ≥ 0"])
        #expect(
            Fixtures.problems("kind: lp\nmodel: small.lp\nsolver: {time_limit_seconds: .inf}\n")
                == ["case.yaml:3: solver.time_limit_seconds: .inf is not a finite number — give a finite number"])
    }

    @Test("the network method is refused for a model file")
    func networkMethod() {
        #expect(
            Fixtures.problems("kind: lp\nmodel: small.lp\nsolver:\n  method: network\n")
                == ["case.yaml:4: solver.method: the lp kind cannot use the network method (a model file declares no network) — use auto, simplex or interior"])
    }

    @Test("the result JSON has the spec's members in order, and reads back")
    func resultJSON() throws {
        let result = try solve("transport.yaml")
        let json = result.json
        #expect(
            json.objectValue?.map(\.0) == [
                "scenario", "kind", "status", "objective", "bound", "gap", "unserved", "solve_seconds",
                "model", "plan", "kpis", "file",
            ])
        #expect(json["model"]?["integer_columns"] == .integer(0))
        let parsed = try JSONValue(parsing: Data(result.jsonText().utf8))
        #expect(parsed["objective"]?.doubleValue == result.objective)
        #expect(parsed["status"] == .string("optimal"))
        #expect(parsed["plan"]?["x[Seattle,Chicago]"]?.doubleValue == 300)
    }

    @Test("an invalid scenario's result carries every problem")
    func invalidResult() {
        let result = ScenarioResult.failed(file: "a.yaml", scenario: "a", kind: "lp", errors: ["one", "two"])
        #expect(result.json["status"] == .string("error"))
        #expect(result.json["message"] == .string("2 problems; the first: one"))
        #expect(result.json["errors"] == .array([.string("one"), .string("two")]))
        #expect(result.json["unserved"] == .null)
    }

    @Test("plan tables are written as CSV, and the lp kind draws a bar chart")
    func csvAndChart() throws {
        let scenario = try ScenarioLoader.load(Fixtures.path("transport.yaml"), registry: Fixtures.registry)
        let result = scenario.solve()
        let folder = try TemporaryFolder()
        let paths = try result.writeCSV(to: folder.path("out"))
        #expect(paths.map { ($0 as NSString).lastPathComponent } == ["variables.csv"])
        let text = try String(contentsOfFile: paths[0], encoding: .utf8)
        #expect(
            text == """
                variable,value
                "x[Seattle,New-York]",50
                "x[Seattle,Chicago]",300
                "x[San-Diego,New-York]",275
                "x[San-Diego,Topeka]",275

                """)
        let svg = try #require(result.chart())
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.components(separatedBy: "<rect").count - 1 == 4)
        let infeasible = try ScenarioLoader.load(Fixtures.path("infeasible.yaml"), registry: Fixtures.registry)
        #expect(infeasible.solve().chart() == nil)
    }
}
