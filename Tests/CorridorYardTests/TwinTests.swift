// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorYard
import Foundation
import Testing

/// `Models/yard.mod`, solved by GLPK's MathProg translator on the data ``YardProblem/mathProgData()``
/// writes, reaches the Swift model's optimum.
@Suite("Yard MathProg twin")
struct TwinTests {
    static let modelPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Models/yard.mod").path

    func twinObjective(_ problem: YardProblem) throws -> Double? {
        let data = FileManager.default.temporaryDirectory
            .appendingPathComponent("yard-twin-\(UUID().uuidString).dat")
        try problem.mathProgData().write(to: data, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try MathProg.solve(model: Self.modelPath, data: [data.path])
        #expect(result.solution.status == .optimal)
        return result.solution.objective
    }

    @Test("seeded LPs with reefers, dangerous goods, initial stock, balance and a demand scale")
    func linear() throws {
        for seed in UInt64(31)...34 {
            var problem = YardGenerator.problem(seed: seed, days: 3, blocks: 8, flows: 40)
            problem.balanceWeight = Double(seed % 3) * 20
            problem.demandScale = 1 + Double(seed % 2)
            problem.flows[0].overflowPenalty = 0.2
            let plan = try problem.solve()
            let twin = try #require(try twinObjective(problem))
            #expect(abs(plan.objective! - twin) <= 1e-6 * max(1, abs(twin)), "seed \(seed)")
        }
    }

    @Test("seeded MIPs with max_blocks and min_teu_per_block")
    func mixedInteger() throws {
        for seed in UInt64(41)...42 {
            var problem = YardGenerator.problem(seed: seed, days: 2, blocks: 5, flows: 15, maxBlocks: 2, minTEU: 15)
            problem.flows[1].maxBlocks = nil
            let plan = try problem.solve()
            let twin = try #require(try twinObjective(problem))
            #expect(abs(plan.objective! - twin) <= 1e-6 * max(1, abs(twin)), "seed \(seed)")
        }
    }

    @Test("the hand-checked moves case: 56")
    func handChecked() throws {
        let problem = Yard.problem(
            teuPerMove: 2,
            blocks: [
                Yard.block("A", capacity: 100, moves: 10, quay: 100, gate: 200),
                Yard.block("B'", capacity: 100, quay: 500, gate: 500),
            ],
            flows: [Yard.flow("F1", teu: 40, enters: 0, leaves: 1), Yard.flow("F2", teu: 30, enters: 1, leaves: 2)])
        #expect(abs(try twinObjective(problem)! - 56) < 1e-9)
    }
}
