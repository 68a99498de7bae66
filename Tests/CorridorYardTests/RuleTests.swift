// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorYard
import Testing

/// One small case per rule, the optimum worked out by hand in each comment. Block `near` costs
/// 0.3 km per TEU (100 m to the quay + 200 m to the gate), `far` 1.0 km.
@Suite("Yard rules, hand-checked")
struct RuleTests {
    let near = (quay: 100.0, gate: 200.0)
    let far = (quay: 500.0, gate: 500.0)

    func teu(_ plan: YardPlan, _ flow: String, _ block: String) -> Double {
        plan.placements.first { $0.flow == flow && $0.block == block }?.teu ?? 0
    }

    @Test("capacity × max_fill, then the next-nearest block: 80 × 0.3 + 20 × 1.0 = 44")
    func capacityWithFillLimit() throws {
        let problem = Yard.problem(
            blocks: [
                Yard.block("A", capacity: 100, maxFill: 0.8, quay: near.quay, gate: near.gate),
                Yard.block("B", capacity: 100, quay: far.quay, gate: far.gate),
            ],
            flows: [Yard.flow("F", teu: 100)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 44) < 1e-9)
        #expect(teu(plan, "F", "A") == 80 && teu(plan, "F", "B") == 20)
        #expect(plan.overflow.isEmpty)
        #expect(abs(plan.kpis.teuKm - 44) < 1e-9)
        #expect(abs(plan.kpis.peakFill - 0.8) < 1e-9)
        let a0 = plan.occupancy.first { $0.block == "A" && $0.period == 0 }!
        #expect(a0.teu == 80 && abs(a0.fill - 0.8) < 1e-12 && a0.periodStartHours == 0)
        #expect(plan.occupancy.first { $0.block == "B" && $0.period == 1 }!.periodStartHours == 12)
    }

    @Test("overflow when every block is full: 80 × 0.3 + 10 × 1.0 + 10 × 1000 = 10034, reason capacity")
    func overflowForCapacity() throws {
        let problem = Yard.problem(
            blocks: [
                Yard.block("A", capacity: 100, maxFill: 0.8, quay: near.quay, gate: near.gate),
                Yard.block("B", capacity: 10, quay: far.quay, gate: far.gate),
            ],
            flows: [Yard.flow("F", teu: 100)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 10034) < 1e-9)
        #expect(plan.overflow == [YardOverflow(flow: "F", teu: 10, reason: .capacity)])
        #expect(plan.kpis.overflowTEU == 10)
    }

    @Test("initial stock takes room until it leaves: 50 × 0.3 + 10 × 1.0 + 40 × 0.3 = 37")
    func initialStock() throws {
        // A holds 50 initial TEU in period 0 only (initial_leaves 1): F1 (60 TEU, periods 0–1)
        // gets 50 of A's 100, 10 go to B; in period 1 A holds F1's 50 and takes all of F2 (40).
        let problem = Yard.problem(
            blocks: [
                Yard.block("A", capacity: 100, quay: near.quay, gate: near.gate, initial: 50, initialLeaves: 1),
                Yard.block("B", capacity: 100, quay: far.quay, gate: far.gate),
            ],
            flows: [Yard.flow("F1", teu: 60), Yard.flow("F2", teu: 40, enters: 1, leaves: 2)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 37) < 1e-9)
        #expect(teu(plan, "F1", "A") == 50 && teu(plan, "F2", "A") == 40)
        #expect(plan.occupancy.first { $0.block == "A" && $0.period == 0 }!.teu == 100)
        #expect(plan.occupancy.first { $0.block == "A" && $0.period == 1 }!.teu == 90)
    }

    @Test("initial stock staying throughout (no initial_leaves) keeps its room in every period: 40 × 0.3 + 20 × 1.0 = 32")
    func initialStockStays() throws {
        let problem = Yard.problem(
            blocks: [
                Yard.block("A", capacity: 100, quay: near.quay, gate: near.gate, initial: 60),
                Yard.block("B", capacity: 100, quay: far.quay, gate: far.gate),
            ],
            flows: [Yard.flow("F", teu: 60)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 32) < 1e-9)
    }

    @Test("reefer plugs: 20 of 30 reefer TEU plugged in A, none in B: 20 × 0.3 + 10 × 1000 = 10006, reason plugs")
    func plugs() throws {
        let problem = Yard.problem(
            blocks: [
                Yard.block("A", capacity: 100, plugs: 20, quay: near.quay, gate: near.gate),
                Yard.block("B", capacity: 100, quay: far.quay, gate: far.gate),
            ],
            flows: [Yard.flow("R", teu: 30, reefer: true), Yard.flow("D", teu: 50)])
        // D (dry) goes to A as well: 50 × 0.3 = 15 more.
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 10021) < 1e-9)
        #expect(plan.overflow == [YardOverflow(flow: "R", teu: 10, reason: .plugs)])
    }

    @Test("dangerous goods only in hazardous blocks: 10 TEU to the far hazardous block, 10 × 1.0 = 10")
    func hazardous() throws {
        let problem = Yard.problem(
            blocks: [
                Yard.block("A", quay: near.quay, gate: near.gate),
                Yard.block("H", hazardous: true, quay: far.quay, gate: far.gate),
            ],
            flows: [Yard.flow("X", teu: 10, hazardous: true)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 10) < 1e-9)
        #expect(teu(plan, "X", "H") == 10)
    }

    @Test("a full hazardous block while A has room: 4 × 1.0 + 6 × 1000 = 6004, reason hazardous blocks")
    func hazardousBlocksFull() throws {
        let problem = Yard.problem(
            blocks: [
                Yard.block("A", quay: near.quay, gate: near.gate),
                Yard.block("H", capacity: 4, hazardous: true, quay: far.quay, gate: far.gate),
            ],
            flows: [Yard.flow("X", teu: 10, hazardous: true)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 6004) < 1e-9)
        #expect(plan.overflow == [YardOverflow(flow: "X", teu: 6, reason: .hazardousBlocks)])
    }

    @Test("no hazardous block at all: 10 × 1000 = 10000, reason hazardous blocks")
    func noHazardousBlock() throws {
        let problem = Yard.problem(
            blocks: [Yard.block("A", quay: near.quay, gate: near.gate)],
            flows: [Yard.flow("X", teu: 10, hazardous: true)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 10000) < 1e-9)
        #expect(plan.overflow == [YardOverflow(flow: "X", teu: 10, reason: .hazardousBlocks)])
    }

    @Test("moves in at enters and out at leaves inside the horizon: 70 − 0.7 × 20 = 56")
    func movesInAndOut() throws {
        // teu_per_move 2, A does 10 moves = 20 TEU a period. F1 (40 TEU) enters in 0, leaves in
        // 1; F2 (30) enters in 1. Period 0: a1 ≤ 20; period 1: a1 + a2 ≤ 20 (F1 out, F2 in).
        // Cost 0.3(a1 + a2) + 1.0(70 − a1 − a2) = 70 − 0.7(a1 + a2), a1 + a2 ≤ 20: 56.
        let problem = Yard.problem(
            teuPerMove: 2,
            blocks: [
                Yard.block("A", capacity: 100, moves: 10, quay: near.quay, gate: near.gate),
                Yard.block("B", capacity: 100, quay: far.quay, gate: far.gate),
            ],
            flows: [Yard.flow("F1", teu: 40, enters: 0, leaves: 1), Yard.flow("F2", teu: 30, enters: 1, leaves: 2)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 56) < 1e-9)
        #expect(abs(plan.kpis.peakEquipmentUtilisation - 1) < 1e-9)
    }

    @Test("leaving at the horizon's end moves nothing out: 40 × 0.3 + 20 × 1.0 = 32")
    func noMovesOutAfterHorizon() throws {
        // F1 (40) enters 0 and stays (leaves = 2 periods); F2 (20) enters 1. Period 0: a1 ≤ 20;
        // period 1: a2 ≤ 20 alone. a1 = a2 = 20: 0.3 × 40 + 1.0 × 20 = 32.
        let problem = Yard.problem(
            teuPerMove: 2,
            blocks: [
                Yard.block("A", capacity: 100, moves: 10, quay: near.quay, gate: near.gate),
                Yard.block("B", capacity: 100, quay: far.quay, gate: far.gate),
            ],
            flows: [Yard.flow("F1", teu: 40, enters: 0, leaves: 2), Yard.flow("F2", teu: 20, enters: 1, leaves: 2)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 32) < 1e-9)
    }

    @Test("initial stock moved out counts in initial_leaves: 5 × 0.3 + 5 × 1.0 = 6.5")
    func initialMovesOut() throws {
        // A's 10 initial TEU leave in period 1 (10 moves of 15): F (10 TEU in at 1) gets 5.
        let problem = Yard.problem(
            blocks: [
                Yard.block("A", capacity: 100, moves: 15, quay: near.quay, gate: near.gate, initial: 10, initialLeaves: 1),
                Yard.block("B", capacity: 100, quay: far.quay, gate: far.gate),
            ],
            flows: [Yard.flow("F", teu: 10, enters: 1, leaves: 2)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 6.5) < 1e-9)
    }

    @Test("overflow for moves: both blocks' equipment busy: 20 × 0.3 + 10 × 1.0 + 10 × 1000 = 10016, reason moves")
    func overflowForMoves() throws {
        let problem = Yard.problem(
            blocks: [
                Yard.block("A", capacity: 100, moves: 20, quay: near.quay, gate: near.gate),
                Yard.block("B", capacity: 100, moves: 10, quay: far.quay, gate: far.gate),
            ],
            flows: [Yard.flow("F", teu: 40)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 10016) < 1e-9)
        #expect(plan.overflow == [YardOverflow(flow: "F", teu: 10, reason: .moves)])
    }

    @Test("demand_scale multiplies only the flows' TEU: 0.5 × 100 in A, 50 × 0.3 = 15")
    func demandScale() throws {
        let problem = Yard.problem(
            scale: 0.5,
            blocks: [
                Yard.block("A", capacity: 100, maxFill: 0.8, quay: near.quay, gate: near.gate),
                Yard.block("B", capacity: 100, quay: far.quay, gate: far.gate),
            ],
            flows: [Yard.flow("F", teu: 100)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 15) < 1e-9)
    }

    @Test("a flow's own overflow_penalty below the driving cost: 10 × 0.3 + 10 × 0.5 = 8; alone in a far block, reason penalty")
    func flowPenalty() throws {
        let problem = Yard.problem(
            blocks: [
                Yard.block("A", capacity: 10, quay: near.quay, gate: near.gate),
                Yard.block("B", capacity: 100, quay: far.quay, gate: far.gate),
            ],
            flows: [Yard.flow("F", teu: 20, penalty: 0.5)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 8) < 1e-9)
        let alone = Yard.problem(
            blocks: [Yard.block("B", capacity: 100, quay: far.quay, gate: far.gate)],
            flows: [Yard.flow("F", teu: 20, penalty: 0.5)])
        let overflow = try solveChecked(alone).overflow
        #expect(overflow == [YardOverflow(flow: "F", teu: 20, reason: .penalty)])
    }

    @Test("balance_weight spreads the moves: 100 × 0.5 + 10 × 0.5 = 55 instead of 50 + 10 × 1 = 60")
    func balance() throws {
        // Both blocks 0.5 km per TEU, 100 moves a period, teu_per_move 1: F (100 TEU in at 0,
        // staying) split 50/50 gives peak[0] = 0.5; peak[1] = 0 (nothing moves).
        let problem = Yard.problem(
            balance: 10,
            blocks: [
                Yard.block("A", capacity: 200, moves: 100, quay: 250, gate: 250),
                Yard.block("B", capacity: 200, moves: 100, quay: 250, gate: 250),
            ],
            flows: [Yard.flow("F", teu: 100)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 55) < 1e-9)
        #expect(abs(plan.kpis.peakEquipmentUtilisation - 0.5) < 1e-9)
    }

    @Test("balance counts the initial stock's moves out: peak[1] ≥ 30/100, 100 × 0.5 + 10 × (0.5 + 0.3) = 58")
    func balanceWithInitialMoves() throws {
        let problem = Yard.problem(
            balance: 10,
            blocks: [
                Yard.block("A", capacity: 200, moves: 100, quay: 250, gate: 250, initial: 30, initialLeaves: 1),
                Yard.block("B", capacity: 200, moves: 100, quay: 250, gate: 250),
            ],
            flows: [Yard.flow("F", teu: 100)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 58) < 1e-9)
    }

    @Test("max_blocks 1 (MIP): 60 TEU all in B, 60 × 0.5 = 30 instead of the LP's 50 × 0.3 + 10 × 0.5 = 20")
    func maxBlocks() throws {
        var problem = Yard.problem(
            blocks: [
                Yard.block("A", capacity: 50, quay: 100, gate: 200),
                Yard.block("B", capacity: 100, quay: 250, gate: 250),
            ],
            flows: [Yard.flow("F", teu: 60)])
        #expect(abs(try solveChecked(problem).objective! - 20) < 1e-9)
        problem.flows[0].maxBlocks = 1
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 30) < 1e-9)
        #expect(plan.model.integerColumns == 2)
    }

    @Test("max_blocks 1 with no block big enough: 50 × 0.3 + 30 × 1000 = 30015, reason max_blocks")
    func maxBlocksOverflow() throws {
        let problem = Yard.problem(
            blocks: [
                Yard.block("A", capacity: 50, quay: 100, gate: 200),
                Yard.block("B", capacity: 50, quay: 250, gate: 250),
            ],
            flows: [Yard.flow("F", teu: 80, maxBlocks: 1)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 30015) < 1e-9)
        #expect(plan.overflow == [YardOverflow(flow: "F", teu: 30, reason: .maxBlocks)])
    }

    @Test("min_teu_per_block 20 (MIP): 40 in A + 20 in B = 12 + 10 = 22 instead of 50 + 10")
    func minTEUPerBlock() throws {
        let problem = Yard.problem(
            blocks: [
                Yard.block("A", capacity: 50, quay: 100, gate: 200),
                Yard.block("B", capacity: 100, quay: 250, gate: 250),
            ],
            flows: [Yard.flow("F", teu: 60, minTEU: 20)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 22) < 1e-9)
        #expect(teu(plan, "F", "A") == 40 && teu(plan, "F", "B") == 20)
    }

    @Test("min_teu_per_block above what any block holds: all 25 overflow, 25000, reason min_teu_per_block")
    func minTEUOverflow() throws {
        let problem = Yard.problem(
            blocks: [
                Yard.block("A", capacity: 10, quay: 100, gate: 200),
                Yard.block("B", capacity: 15, quay: 250, gate: 250),
            ],
            flows: [Yard.flow("F", teu: 25, minTEU: 20)])
        let plan = try solveChecked(problem)
        #expect(abs(plan.objective! - 25000) < 1e-9)
        #expect(plan.overflow == [YardOverflow(flow: "F", teu: 25, reason: .minTEUPerBlock)])
    }

    @Test("seeded yards of 8 blocks and 40 flows: every plan passes the independent checker, LP and MIP")
    func seededPlansCheck() throws {
        for seed in UInt64(1)...6 {
            let lp = YardGenerator.problem(seed: seed, days: 3, blocks: 8, flows: 40)
            try solveChecked(lp)
            var mip = YardGenerator.problem(seed: seed, days: 3, blocks: 8, flows: 40, maxBlocks: 2)
            mip.balanceWeight = 5
            try solveChecked(mip)
        }
    }
}
