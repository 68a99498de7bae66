// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

/// A starting plan for the MIP (`max_blocks`, `min_teu_per_block`), by relax-and-fix from its
/// LP relaxation.
///
/// GLPK's own heuristics find poor plans for yards of thousands of binaries (a 40-block,
/// 300-flow yard stopped at a 66 % gap after 60 s), while the LP without the two rules already
/// keeps most flows within their limits. So, round by round: solve the LP in which the flows
/// fixed so far may use only their chosen blocks and the others are free; fix every free flow
/// that the LP keeps within its rules (its blocks, padded up to `max_blocks` with the blocks of
/// smallest reduced cost, so that later rounds can still move it); after the last round, the
/// flows still spread too wide keep their largest blocks. The LP with every flow fixed gives a
/// feasible MIP plan (overflow takes what no longer fits) for branch-and-cut to start from.
struct MIPStart {
    let problem: YardProblem
    let formulation: YardFormulation
    var rounds = 4

    /// One value per column of `formulation`'s model, or nil when no start was found.
    func values(options: SolveOptions, solver: some LinearSolver) throws -> [Double]? {
        var lpOptions = SolveOptions(method: options.method == .interiorPoint ? .automatic : options.method)
        lpOptions.timeLimit = options.timeLimit.map { $0 / Double(2 * rounds + 2) }
        let flows = problem.flows
        var fixed: [[Bool]?] = Array(repeating: nil, count: flows.count)
        for round in 0...rounds {
            let free = flows.indices.filter { flows[$0].usesBinaries && fixed[$0] == nil }
            if free.isEmpty { break }
            let model = try YardFormulation(problem, purpose: .plan, fixedUse: fixed)
            let solution = try solver.solve(model.model, options: lpOptions)
            guard solution.status == .optimal else { return nil }
            for f in free {
                let flow = flows[f]
                let least = flow.minTEUPerBlock ?? 0
                let amounts = problem.blocks.indices.compactMap { b in
                    model.place[f][b].map { (block: b, teu: solution[$0], cost: solution.reducedCost(of: $0) ?? 0) }
                }
                let used = amounts.filter { $0.teu > 1e-7 }.sorted { $0.teu > $1.teu }
                let most = flow.maxBlocks ?? used.count
                let withinRules = used.count <= most && used.allSatisfy { $0.teu >= least - 1e-9 }
                guard withinRules || round == rounds else { continue }
                var keep = Array(repeating: false, count: problem.blocks.count)
                for item in used.filter({ $0.teu >= least - 1e-9 }).prefix(most) { keep[item.block] = true }
                if least <= 0, let limit = flow.maxBlocks {
                    let spare = amounts.filter { !keep[$0.block] }.sorted { $0.cost < $1.cost }
                    for item in spare.prefix(max(0, limit - keep.filter { $0 }.count)) { keep[item.block] = true }
                }
                fixed[f] = keep
            }
        }
        let final = try YardFormulation(problem, purpose: .plan, fixedUse: fixed)
        let finalSolution = try solver.solve(final.model, options: lpOptions)
        guard finalSolution.status == .optimal else { return nil }

        var start = Array(repeating: 0.0, count: formulation.model.columnCount)
        for f in flows.indices {
            for b in problem.blocks.indices {
                let value = final.place[f][b].map { max(finalSolution[$0], 0) } ?? 0
                if let x = formulation.place[f][b] { start[x.index] = value }
                if let y = formulation.use[f][b] { start[y.index] = fixed[f]?[b] == true ? 1 : 0 }
            }
            if let spill = formulation.overflow[f], let value = final.overflow[f].map({ finalSolution[$0] }) {
                start[spill.index] = max(value, 0)
            }
        }
        for (p, worst) in formulation.peak.enumerated() where p < final.peak.count {
            start[worst.index] = finalSolution[final.peak[p]]
        }
        return start
    }
}
