// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorYard
import Testing

@Suite("Yard capacity what-if")
struct CapacityTests {
    @Test("one block of 100 TEU, a flow of 40 in period 0: scale 2.5, capacity of A in period 0 binds")
    func handChecked() throws {
        // 40 × s ≤ 100 → s = 2.5; Σ teu = 40, so 100 TEU per 24 h horizon, 100 × 8760 / 24 = 36,500 a year.
        let problem = Yard.problem(
            blocks: [Yard.block("A", capacity: 100, quay: 100, gate: 200)],
            flows: [Yard.flow("F", teu: 40, enters: 0, leaves: 1)])
        let answer = try problem.capacity()
        #expect(answer.status == .optimal)
        #expect(abs(answer.demandScaleMax! - 2.5) < 1e-9)
        #expect(abs(answer.teuPerHorizon! - 100) < 1e-9)
        #expect(abs(answer.yearlyTEU! - 36_500) < 1e-6)
        #expect(answer.binding == [YardBinding(block: "A", period: 0, periodStartHours: 0, rule: .capacity)])
    }

    @Test("moves bind: 30 TEU in and out of a 20-move block with teu_per_move 1 → scale 2/3")
    func movesBind() throws {
        let problem = Yard.problem(
            teuPerMove: 1,
            blocks: [Yard.block("A", capacity: 1000, moves: 20, quay: 1, gate: 1)],
            flows: [Yard.flow("F", teu: 30, enters: 0, leaves: 1)])
        let answer = try problem.capacity()
        #expect(abs(answer.demandScaleMax! - 2.0 / 3) < 1e-9)
        #expect(answer.binding.map(\.rule) == [.moves])
    }

    @Test("a dangerous-goods flow and no hazardous block: 0, and the flow is named")
    func flowWithoutABlock() throws {
        let problem = Yard.problem(
            blocks: [Yard.block("A", quay: 1, gate: 1)],
            flows: [Yard.flow("F", teu: 10), Yard.flow("X", teu: 5, hazardous: true)])
        let answer = try problem.capacity()
        #expect(answer.demandScaleMax == 0)
        #expect(answer.flowsWithoutABlock == ["X"])
        #expect(answer.yearlyTEU == 0)
    }

    @Test("no flow has TEU: any scale fits, no number and a message")
    func noTEU() throws {
        let problem = Yard.problem(
            blocks: [Yard.block("A", quay: 1, gate: 1)], flows: [Yard.flow("F", teu: 0)])
        let answer = try problem.capacity()
        #expect(answer.demandScaleMax == nil && answer.yearlyTEU == nil)
        #expect(answer.message == "no flow has TEU, so any demand_scale fits")
    }

    /// The largest scale at which a plan has no overflow, by bisection over `solve`.
    func bisection(_ problem: YardProblem, low: Double = 0, high: Double = 20, steps: Int = 30) throws -> Double {
        var low = low, high = high
        var problem = problem
        for _ in 0..<steps {
            problem.demandScale = (low + high) / 2
            let plan = try problem.solve()
            #expect(PlanChecker.violations(of: plan, for: problem).isEmpty)
            if plan.overflowTEU <= 1e-6 { low = problem.demandScale } else { high = problem.demandScale }
        }
        return (low + high) / 2
    }

    @Test("LP: the answer equals a bisection of demand_scale on the same seeded yards")
    func lpAgainstBisection() throws {
        for seed in UInt64(11)...13 {
            let problem = YardGenerator.problem(seed: seed, days: 2, blocks: 6, flows: 20)
            let answer = try problem.capacity()
            let bisected = try bisection(problem, steps: 24)
            #expect(answer.status == .optimal)
            #expect(abs(answer.demandScaleMax! - bisected) < 1e-5 * max(1, bisected), "seed \(seed)")
            #expect(!answer.binding.isEmpty)
        }
    }

    @Test("MIP (max_blocks): the answer equals a bisection of demand_scale on the same seeded yards")
    func mipAgainstBisection() throws {
        for seed in UInt64(21)...22 {
            let problem = YardGenerator.problem(seed: seed, days: 2, blocks: 5, flows: 12, maxBlocks: 1)
            let answer = try problem.capacity()
            #expect(answer.status == .optimal)
            #expect((answer.model?.integerColumns ?? 0) > 0)
            let bisected = try bisection(problem, steps: 24)
            #expect(abs(answer.demandScaleMax! - bisected) < 1e-5 * max(1, bisected), "seed \(seed)")
            #expect(!answer.binding.isEmpty)
        }
    }
}
