// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

/// The LP relaxation of the time-indexed model over a large domain of calls, solved with only
/// the calls it needs: solve the LP over a few calls, price every call of the domain with the
/// duals, add those with a negative reduced cost, repeat.
///
/// The reduced cost of call (i, k, t) with handling p is
/// `cost − u_i − Σ_{τ=t}^{t+p−1} π_kτ` (u: the vessel's `served_once` dual, π ≤ 0: the berth's
/// `one_vessel_at_a_time` duals), one prefix-sum difference per call.
///
/// Every round gives a valid lower bound: any plan costs at least
/// `Σ u_i + Σ π_kτ + Σ_i min_c rc_c` = LP value + Σ_i (most negative reduced cost of vessel i).
struct ColumnGeneration {
    let instance: BerthInstance
    let domain: [Call]
    let dropCost: [Double]
    let mustServe: [Bool]
    /// At most this many new calls per vessel and berth in a pricing round.
    var perPair = 20
    /// Dual simplex: on these LPs it needed fewer pricing rounds than the primal (f30x3-06: 15
    /// rounds to converge, where the primal had not converged after 22).
    var lpMethod: SolveOptions.Method = .automatic

    struct Outcome {
        /// The best lower bound proven (the LP value when converged).
        var bound: Double
        var converged: Bool
        var rounds: Int
        var columns: Int
        /// LP value and reduced cost per domain call of the last round (for fixing).
        var dualValue: Double
        var reducedCost: [Double]
        var unservedReducedCost: [Double]
        /// Seconds inside the LP solver, over all rounds.
        var solverSeconds = 0.0
        var rows = 0

        /// The calls whose reduced cost keeps the LP bound at or below `threshold`.
        func keep(domain: [Call], threshold: Double) -> Set<Call> {
            var kept: Set<Call> = []
            for (c, call) in domain.enumerated() where dualValue + reducedCost[c] <= threshold {
                kept.insert(call)
            }
            return kept
        }
    }

    func run(initial: [Call], solver: some LinearSolver, deadline: ContinuousClock.Instant?) throws(SolverError) -> Outcome {
        let n = instance.vesselCount
        var inModel = Set(initial)
        // Seed: each vessel's earliest start at each berth, so every vessel has a served column.
        var seen: Set<Int64> = []
        for call in domain {
            let key = Int64(call.vessel) << 32 | Int64(call.berth)
            if seen.insert(key).inserted { inModel.insert(call) }
        }
        var outcome = Outcome(
            bound: -.infinity, converged: false, rounds: 0, columns: 0, dualValue: 0,
            reducedCost: Array(repeating: 0, count: domain.count),
            unservedReducedCost: Array(repeating: 0, count: n))
        // An unserved column for every vessel (a prohibitive cost where it must be served) keeps
        // every restricted LP feasible.
        let unservedCost: [Double?] = (0..<n).map { instance.fixed[$0] == nil ? dropCost[$0] : nil }
        while true {
            if let deadline, ContinuousClock.now >= deadline { return outcome }
            let calls = inModel.sorted { ($0.vessel, $0.berth, $0.start) < ($1.vessel, $1.berth, $1.start) }
            let formulation: BerthFormulation
            do {
                formulation = try BerthFormulation(
                    instance: instance, calls: calls, unservedCost: unservedCost, integer: false, everyStep: false)
            } catch { throw .invalidModel(error) }
            let remaining = deadline.map { max(.zero, $0 - ContinuousClock.now) }
            let lpOptions = SolveOptions(method: lpMethod, timeLimit: remaining)
            let solution = try solver.solve(formulation.model, options: lpOptions)
            outcome.rounds += 1
            outcome.solverSeconds += solution.seconds
            outcome.rows = formulation.model.rowCount
            outcome.columns = calls.count
            guard solution.status == .optimal, let value = solution.objective, let duals = solution.duals else {
                return outcome
            }
            // Duals → prefix sums of π per berth (π = 0 for a row left out: no two vessels'
            // calls in the LP compete there, so the row is slack).
            let u = formulation.servedOnce.map { duals[$0.index] }
            let steps = instance.horizonSteps
            var prefix = Array(repeating: [Double](repeating: 0, count: steps + 1), count: instance.berthCount)
            for k in 0..<instance.berthCount {
                for tau in 0..<steps {
                    let pi = formulation.oneVesselAtATime[k][tau].map { duals[$0.index] } ?? 0
                    prefix[k][tau + 1] = prefix[k][tau] + pi
                }
            }
            // Price the whole domain.
            var minimum = (0..<n).map { i in unservedCost[i].map { $0 - u[i] } ?? .infinity }
            for i in 0..<n where unservedCost[i] != nil { outcome.unservedReducedCost[i] = minimum[i] }
            var best: [Int64: [(rc: Double, call: Call)]] = [:]
            for (c, call) in domain.enumerated() {
                let i = Int(call.vessel), k = Int(call.berth), t = Int(call.start)
                let p = instance.handling[i][k]!
                let rc = instance.servedCost(i, finish: t + p) - u[i] - (prefix[k][t + p] - prefix[k][t])
                outcome.reducedCost[c] = rc
                if rc < minimum[i] { minimum[i] = rc }
                if rc < -1e-7, !inModel.contains(call) {
                    best[Int64(i) << 32 | Int64(k), default: []].append((rc, call))
                }
            }
            outcome.dualValue = value
            let lagrangian = value + minimum.reduce(0) { $0 + min(0, $1.isFinite ? $1 : 0) }
            outcome.bound = max(outcome.bound, lagrangian)
            if best.isEmpty {
                outcome.converged = true
                outcome.bound = max(outcome.bound, value)
                return outcome
            }
            for (_, candidates) in best {
                for entry in candidates.sorted(by: { $0.rc < $1.rc }).prefix(perPair) { inModel.insert(entry.call) }
            }
        }
    }
}

