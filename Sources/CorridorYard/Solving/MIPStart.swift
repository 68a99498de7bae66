// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

/// A starting plan for the MIP (`max_blocks`, `min_teu_per_block`), from its LP relaxation.
///
/// GLPK's own heuristics find poor plans for yards of thousands of binaries (a 40-block,
/// 300-flow yard stopped at a 66 % gap after 60 s), while the LP without the two rules already
/// keeps most flows within them. Two steps, each a plan of the full MIP:
///
/// 1. Relax-and-fix: round by round, solve the LP in which the flows fixed so far may use only
///    their chosen blocks and the others are free; fix every free flow the LP keeps within its
///    rules (its blocks, padded up to `max_blocks` with the blocks of smallest reduced cost);
///    after the last round the flows still spread too wide keep their largest blocks. The LP
///    with every flow fixed is a plan (overflow takes what no longer fits).
/// 2. A small MIP: every rule kept, but each flow may use only its candidate blocks (those the
///    relaxation used, those step 1 chose, and the two of smallest reduced cost), started from
///    step 1's plan and given two thirds of the time left (20 s without a limit); the full MIP
///    then starts from its plan with the rest, to prove the bound.
struct MIPStart {
    let problem: YardProblem
    let formulation: YardFormulation
    var rounds = 4

    /// One value per column of `formulation`'s model, or nil when no start was found.
    func values(options: SolveOptions, solver: some LinearSolver) throws -> [Double]? {
        let clock = ContinuousClock()
        let started = clock.now
        var lpOptions = SolveOptions(method: options.method == .interiorPoint ? .automatic : options.method)
        lpOptions.timeLimit = options.timeLimit.map { $0 / Double(2 * rounds + 4) }
        let flows = problem.flows, blocks = problem.blocks.indices

        // Step 1: relax-and-fix.
        var fixed: [[Bool]?] = Array(repeating: nil, count: flows.count)
        var candidates: [[Bool]?] = Array(repeating: nil, count: flows.count)
        for round in 0...rounds {
            let free = flows.indices.filter { flows[$0].usesBinaries && fixed[$0] == nil }
            if free.isEmpty { break }
            let model = try YardFormulation(problem, purpose: .plan, fixedUse: fixed)
            let solution = try solver.solve(model.model, options: lpOptions)
            guard solution.status == .optimal else { return nil }
            for f in free {
                let flow = flows[f]
                let least = flow.minTEUPerBlock ?? 0
                let amounts = blocks.compactMap { b in
                    model.place[f][b].map { (block: b, teu: solution[$0], cost: solution.reducedCost(of: $0) ?? 0) }
                }
                let used = amounts.filter { $0.teu > 1e-7 }.sorted { $0.teu > $1.teu }
                let cheapest = amounts.filter { $0.teu <= 1e-7 }.sorted { $0.cost < $1.cost }
                if round == 0 {
                    var candidate = Array(repeating: false, count: problem.blocks.count)
                    for item in used + cheapest.prefix(2) { candidate[item.block] = true }
                    candidates[f] = candidate
                }
                let most = flow.maxBlocks ?? used.count
                let withinRules = used.count <= most && used.allSatisfy { $0.teu >= least - 1e-9 }
                guard withinRules || round == rounds else { continue }
                var keep = Array(repeating: false, count: problem.blocks.count)
                for item in used.filter({ $0.teu >= least - 1e-9 }).prefix(most) { keep[item.block] = true }
                if least <= 0, let limit = flow.maxBlocks {
                    for item in cheapest.prefix(max(0, limit - keep.filter { $0 }.count)) { keep[item.block] = true }
                }
                fixed[f] = keep
                for b in blocks where keep[b] { candidates[f]?[b] = true }
            }
        }
        let final = try YardFormulation(problem, purpose: .plan, fixedUse: fixed)
        let finalSolution = try solver.solve(final.model, options: lpOptions)
        guard finalSolution.status == .optimal else { return nil }
        var best = final.startingValues(for: formulation, from: finalSolution, chosen: fixed)

        // Step 2: the MIP on candidate blocks, from step 1's plan.
        let small = try YardFormulation(problem, purpose: .plan, onlyBlocks: candidates)
        var smallOptions = options
        smallOptions.timeLimit = options.timeLimit.map { ($0 - (clock.now - started)) * 2 / 3 } ?? .seconds(20)
        if let limit = smallOptions.timeLimit, limit <= .zero { return best }
        smallOptions.startingSolution = final.startingValues(for: small, from: finalSolution, chosen: fixed)
        let smallSolution: Solution
        do {
            smallSolution = try solver.solve(small.model, options: smallOptions)
        } catch {
            guard case .infeasibleStart = error else { throw error }
            smallOptions.startingSolution = nil
            smallSolution = try solver.solve(small.model, options: smallOptions)
        }
        if smallSolution.status.hasSolution, let objective = smallSolution.objective,
            objective < (finalSolution.objective ?? .infinity)
        {
            let chosen: [[Bool]?] = small.use.map { row in row.map { y in y.map { smallSolution[$0] > 0.5 } ?? false } }
            best = small.startingValues(for: formulation, from: smallSolution, chosen: chosen)
        }
        return best
    }
}

extension YardFormulation {
    /// A solution of this model as values for the columns of `target` (a model of the same
    /// problem): placements, overflow and peaks carried over, each binary set from `chosen`.
    func startingValues(for target: YardFormulation, from solution: Solution, chosen: [[Bool]?]) -> [Double] {
        var start = Array(repeating: 0.0, count: target.model.columnCount)
        for f in problem.flows.indices {
            for b in problem.blocks.indices {
                let value = place[f][b].map { max(solution[$0], 0) } ?? 0
                if let x = target.place[f][b] { start[x.index] = value }
                if let y = target.use[f][b] { start[y.index] = chosen[f]?[b] == true ? 1 : 0 }
            }
            if let spill = target.overflow[f], let value = overflow[f].map({ solution[$0] }) {
                start[spill.index] = max(value, 0)
            }
        }
        for (p, worst) in target.peak.enumerated() where p < peak.count {
            start[worst.index] = solution[peak[p]]
        }
        return start
    }
}
