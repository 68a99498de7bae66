// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario
import Foundation
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

    @Test("an infeasible model is a result with status error and a message, not a crash")
    func infeasible() throws {
        let result = try solve("infeasible.yaml")
        #expect(result.status == .error)
        #expect(result.message?.hasPrefix("infeasible") == true)
        #expect(result.objective == nil)
        #expect(result.plan == .object([]))
        #expect(!result.isFailure)  // solved: the answer is that no plan exists
        #expect(result.scenario == "no-plan")
    }

    @Test("a MathProg file that does not translate is a failed result with GLPK's message")
    func brokenMathProg() throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.mod", "var x >= 0;\nminimize z: x + y;\nend;\n")
        try folder.write("s.yaml", "kind: lp\nmodel: bad.mod\n")
        let result = try ScenarioLoader.load(folder.path("s.yaml"), registry: Fixtures.registry).solve()
        #expect(result.status == .error)
        #expect(result.isFailure)
        #expect(result.errors.first?.contains("y not defined") == true)
        #expect(result.json["message"] != nil)
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
                "x[Seattle,New-York]",50.0
                "x[Seattle,Chicago]",300.0
                "x[San-Diego,New-York]",275.0
                "x[San-Diego,Topeka]",275.0

                """)
        let svg = try #require(scenario.chart(of: result))
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.components(separatedBy: "<rect").count - 1 == 4)
        let infeasible = try ScenarioLoader.load(Fixtures.path("infeasible.yaml"), registry: Fixtures.registry)
        #expect(infeasible.chart(of: infeasible.solve()) == nil)
    }
}
