// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorScenario
import CorridorYard
import Foundation
import Testing

/// The Aktau yard scenarios in `Models/scenarios/`: they solve, pass the plan checker, agree with
/// the MathProg twin, and their capacity answer agrees with a bisection of `demand_scale`.
@Suite("Bundled Aktau yard scenarios")
struct BundledScenarioTests {
    func load(_ name: String) throws -> TypedScenario<YardKind> {
        try ScenarioLoader.load(YardScenarios.bundledPath(name), as: YardKind.self)
    }

    @Test("each solves to optimality, and its plan passes the independent checker", arguments: YardScenarios.bundled)
    func solves(_ name: String) throws {
        let scenario = try load(name)
        let plan = try scenario.input.problem.solve()
        #expect(plan.status == .optimal)
        #expect(PlanChecker.violations(of: plan, for: scenario.input.problem).isEmpty)
        // Today's traffic and the expanded yard at 240,000 TEU/year fit; today's yard does not.
        #expect((plan.overflowTEU > 1) == (name == "aktau-yard-240k"))
        // The kind's result says the same as the Swift API.
        let result = scenario.solve()
        #expect(abs((result.objective ?? 0) - plan.objective!) <= 1e-6 * max(1, abs(plan.objective!)))
    }

    @Test("the MathProg twin reaches the same optimum on the data the kind writes", arguments: YardScenarios.bundled)
    func twin(_ name: String) throws {
        let scenario = try load(name)
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).dat")
        try #require(scenario.mathProgData).write(to: data, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: data) }
        let twin = try MathProg.solve(model: TwinTests.modelPath, data: [data.path])
        let plan = try scenario.input.problem.solve()
        #expect(twin.solution.status == .optimal)
        #expect(abs(twin.solution.objective! - plan.objective!) <= 1e-6 * max(1, abs(plan.objective!)))
    }

    /// The largest scale with no overflow, by bisection over full solves.
    func bisection(_ problem: YardProblem, high: Double) throws -> Double {
        var low = 0.0, high = high, problem = problem
        for _ in 0..<22 {
            problem.demandScale = (low + high) / 2
            let plan = try problem.solve()
            if plan.overflowTEU <= 1e-6 { low = problem.demandScale } else { high = problem.demandScale }
        }
        return (low + high) / 2
    }

    @Test("today's yard: the capacity answer equals a bisection, as a MIP (max_blocks) and as an LP")
    func capacityAgainstBisection() throws {
        let problem = try load("aktau-yard-today").input.problem
        let mip = try problem.capacity()
        #expect(mip.status == .optimal && (mip.model?.integerColumns ?? 0) > 0)
        let mipScale = try #require(mip.demandScaleMax)
        #expect(abs(mipScale - (try bisection(problem, high: 3))) < 1e-5)

        var linear = problem
        for index in linear.flows.indices { linear.flows[index].maxBlocks = nil }
        let lp = try linear.capacity()
        #expect(lp.status == .optimal && lp.model?.integerColumns == 0)
        let lpScale = try #require(lp.demandScaleMax)
        #expect(abs(lpScale - (try bisection(linear, high: 3))) < 1e-5)
        // Dropping max_blocks can only help.
        #expect(lpScale >= mipScale - 1e-9)
        // Yearly TEU: scale × Σ teu × 8,760 / 168.
        let total = problem.flows.reduce(0) { $0 + $1.teu }
        #expect(abs(mip.yearlyTEU! - mipScale * total * 8760 / 168) < 1e-6)
        // Today's yard takes today's traffic (scale ≥ 1) but not 240,000 TEU/year.
        #expect(mipScale > 1 && mip.yearlyTEU! < 240_000)
    }

    @Test("the expanded yard takes 240,000 TEU/year")
    func expandedCapacity() throws {
        let answer = try load("aktau-yard-expanded").input.problem.capacity()
        #expect(answer.status == .optimal)
        #expect(try #require(answer.yearlyTEU) > 240_000)
    }
}
