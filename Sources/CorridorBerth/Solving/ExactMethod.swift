// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

/// The exact method: a first plan from the heuristic, the LP relaxation of the time-indexed model
/// by column generation over all start times that could improve that plan, reduced-cost fixing,
/// then GLPK's branch-and-cut on the calls that are left, started from the best plan.
///
/// Why each step:
/// - The time-indexed LP (one row per berth and step) is strong, but with every start time it has
///   hundreds of thousands of columns; most are useless. Pricing them from the LP duals is cheap
///   (a prefix sum per berth), so the LP only ever holds the calls that matter.
/// - A call whose reduced cost lifts the LP bound past the best plan's cost cannot be in a better
///   plan: dropping those leaves a MIP that GLPK finishes.
/// - Any LP solution's duals give a valid (Lagrangian) bound, so a time limit still yields an
///   honest bound.
struct ExactMethod {
    let instance: BerthInstance
    let options: BerthSolveOptions
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    let deadline: ContinuousClock.Instant?
    var log: [String] = []

    /// Feasible starts per vessel and berth (committed calls taken out of the others' windows).
    var ranges: [[[ClosedRange<Int>]]] = []
    /// Why a vessel cannot be served by any plan.
    var reasons: [UnservedReason?] = []
    /// The cost of leaving a vessel out, in the search: its unserved cost, or `bigM` when it must
    /// be served (a plan using that is no plan at all).
    var dropCost: [Double] = []
    var bigM = 0.0

    init(instance: BerthInstance, options: BerthSolveOptions) {
        self.instance = instance
        self.options = options
        let now = ContinuousClock.now
        started = now
        deadline = options.timeLimit.map { now + $0 }
    }

    var elapsed: Double { (clock.now - started).seconds }
    var timeLeft: Duration? { deadline.map { max(.zero, $0 - clock.now) } }
    var outOfTime: Bool { deadline.map { clock.now >= $0 } ?? false }

    mutating func note(_ text: String) { log.append("\(String(format3(elapsed))) s: \(text)") }

    // MARK: The whole method

    mutating func run(using solver: some LinearSolver) throws(SolverError) -> BerthResult {
        let n = instance.vesselCount
        let free = instance.freeWindows(blocks: instance.fixedBlocks)
        ranges = (0..<n).map { i in
            (0..<instance.berthCount).map { k in
                instance.startRanges(i, k, in: instance.fixed[i] == nil ? free[k] : instance.windows[k])
            }
        }
        reasons = (0..<n).map { i in instance.fixed[i] == nil ? instance.reasonUnservable(i, freeRanges: ranges[i]) : nil }
        if let i = (0..<n).first(where: { instance.unservedCost[$0] == nil && reasons[$0] != nil }) {
            return finish(.infeasible, plan: nil, bound: nil,
                          message: "no plan serves every vessel: \(instance.problem.vessels[i].id): \(reasons[i]!)")
        }
        bigM = 1 + (0..<n).reduce(0.0) { $0 + instance.servedCost($1, finish: instance.horizonSteps) }
        dropCost = (0..<n).map { instance.unservedCost[$0] ?? bigM }

        // 1. A first plan.
        var heuristic = BerthHeuristic(instance: instance, ranges: ranges, dropCost: dropCost)
        let limit = options.timeLimit?.seconds ?? .infinity
        let budget = max(0.05, min(options.heuristicSeconds, limit * 0.1))
        // The heuristic's plan leaves fixed vessels out; it can stop at the others' cheapest.
        let cheapest = (0..<n).reduce(0.0) { $0 + (instance.fixed[$1] == nil ? minimumCost($1) : 0) }
        let state = heuristic.run(budget: .milliseconds(Int64(budget * 1000)), lowerBound: cheapest)
        var incumbent = plan(of: state, heuristic: heuristic)
        var upper = cost(of: incumbent)
        note("first plan \(format3(upper)) (best insertion + local search)")

        // 2. The LP relaxation over the starts that could improve it.
        let trivial = (0..<n).reduce(0.0) { $0 + minimumCost($1) }
        var lower = trivial
        if upper - trivial <= tolerance(upper) {
            return finish(.optimal, plan: incumbent, bound: upper, message: "every vessel at its cheapest")
        }
        let domain = candidateDomain(upper: upper, trivial: trivial)
        note("\(domain.count) candidate calls after cost bounds (trivial bound \(format3(trivial)))")
        let relaxation = ColumnGeneration(instance: instance, domain: domain, dropCost: dropCost, mustServe: (0..<n).map { instance.unservedCost[$0] == nil })
        let lp = try relaxation.run(initial: incumbent.compactMap { $0 }, solver: solver, deadline: deadline)
        lower = max(lower, lp.bound)
        let integral = isIntegral(domain: domain)
        if integral { lower = (lower - 1e-6).rounded(.up) }
        note("LP bound \(format3(lp.bound)) after \(lp.rounds) pricing rounds, \(lp.columns) columns, \(lp.rows) rows, \(format3(lp.solverSeconds)) s in the LP solver\(lp.converged ? "" : " (stopped early)")")
        if upper - lower <= tolerance(upper) {
            return finish(.optimal, plan: incumbent, bound: upper, message: "the LP bound proves the first plan optimal")
        }
        if !lp.converged || outOfTime {
            return finish(.feasible, plan: incumbent, bound: lower, message: "time limit reached in the LP relaxation")
        }

        // 3. Reduced-cost fixing: keep the calls that could be in a strictly better plan.
        let threshold = upper - (integral ? 1 - 1e-6 : tolerance(upper))
        var kept = lp.keep(domain: domain, threshold: threshold)
        let incumbentCalls = incumbent.compactMap { $0 }
        kept.formUnion(incumbentCalls)
        let calls = kept.sorted { ($0.vessel, $0.berth, $0.start) < ($1.vessel, $1.berth, $1.start) }
        let unservedColumns: [Double?] = (0..<n).map { i in
            if instance.fixed[i] != nil { return nil }
            if incumbent[i] == nil { return dropCost[i] }
            guard instance.unservedCost[i] != nil else { return nil }
            return lp.dualValue + lp.unservedReducedCost[i] <= threshold ? dropCost[i] : nil
        }
        note("\(calls.count) calls left after reduced-cost fixing")

        // 4. Branch-and-cut on what is left, from the best plan.
        let formulation: BerthFormulation
        do {
            formulation = try BerthFormulation(
                instance: instance, calls: calls, unservedCost: unservedColumns, integer: true, everyStep: false)
        } catch { throw .invalidModel(error) }
        // GLPK checks its limit between nodes, so a root with many cuts can run past it: give it
        // a little less than what is left (measured: up to ~25 % over on 30-vessel instances).
        let mipLimit = timeLeft.map { $0 * 0.8 }
        var solveOptions = SolveOptions(timeLimit: mipLimit, relativeGap: options.relativeGap)
        solveOptions.startingSolution = formulation.values(of: incumbent)
        // The search starts from a plan, so the feasibility pump (which does not watch the time
        // limit closely) has nothing to find.
        solveOptions.glpk.feasibilityPump = false
        let solution = try solver.solve(formulation.model, options: solveOptions)
        let stats = BerthModelStats(
            rows: formulation.model.rowCount, columns: formulation.model.columnCount,
            nonzeros: formulation.model.nonzeroCount, integerColumns: formulation.model.integerColumnCount)
        note("branch-and-cut: \(solution.status.rawValue), objective \(solution.objective.map(format3) ?? "-"), bound \(solution.bound.map(format3) ?? "-")")
        if solution.status.hasSolution {
            var found: [Call?] = Array(repeating: nil, count: n)
            for (c, call) in formulation.calls.enumerated() where solution[formulation.serve[c]] > 0.5 {
                found[Int(call.vessel)] = call
            }
            if cost(of: found) < upper - tolerance(upper) {
                incumbent = found
                upper = cost(of: found)
            }
        }
        if var mipBound = solution.bound {
            if integral { mipBound = (mipBound - 1e-6).rounded(.up) }
            lower = max(lower, min(mipBound, upper))
        }
        if solution.status == .infeasible { lower = upper }  // no strictly better plan exists
        let proven = solution.status == .optimal || solution.status == .infeasible || upper - lower <= tolerance(upper)
        var result = finish(
            proven ? .optimal : .feasible, plan: incumbent, bound: proven ? upper : lower,
            message: proven ? "" : solution.message)
        result.model = stats
        return result
    }

    // MARK: Pieces

    /// The cheapest this vessel can possibly cost: its first start at its best berth, or unserved.
    func minimumCost(_ i: Int) -> Double {
        var best = dropCost[i]
        for k in 0..<instance.berthCount {
            if let first = ranges[i][k].first?.lowerBound {
                best = min(best, instance.servedCost(i, berth: k, start: first))
            }
        }
        return best
    }

    /// Every call whose own cost, plus the cheapest the other vessels can cost, stays at or below
    /// the first plan: no other call can be in a plan at least as good.
    func candidateDomain(upper: Double, trivial: Double) -> [Call] {
        var domain: [Call] = []
        let slack = upper - trivial + tolerance(upper)
        for i in 0..<instance.vesselCount {
            let cap = minimumCost(i) + slack
            for k in 0..<instance.berthCount {
                for range in ranges[i][k] {
                    for t in range {
                        if instance.servedCost(i, berth: k, start: t) > cap { break }
                        domain.append(Call(i, k, t))
                    }
                }
            }
        }
        return domain
    }

    /// True when every cost is a whole number, so bounds round up.
    func isIntegral(domain: [Call]) -> Bool {
        func whole(_ x: Double) -> Bool { abs(x - x.rounded()) < 1e-9 }
        return dropCost.allSatisfy(whole)
            && domain.allSatisfy { whole(instance.servedCost(Int($0.vessel), berth: Int($0.berth), start: Int($0.start))) }
    }

    func tolerance(_ value: Double) -> Double { 1e-9 * max(1, abs(value)) }

    /// The heuristic's plan as one call (or none) per vessel, committed calls included.
    func plan(of state: BerthHeuristic.State, heuristic: BerthHeuristic) -> [Call?] {
        var calls: [Call?] = Array(repeating: nil, count: instance.vesselCount)
        for (i, call) in instance.fixed.enumerated() {
            if let call { calls[i] = Call(i, call.berth, call.start) }
        }
        for (k, sequence) in state.sequences.enumerated() {
            for (i, start) in zip(sequence, heuristic.starts(k, sequence)) {
                if let start { calls[i] = Call(i, k, start) }
            }
        }
        return calls
    }

    /// The objective of a plan, with `bigM` for a vessel that must be served but is not.
    func cost(of plan: [Call?]) -> Double {
        plan.enumerated().reduce(0.0) { total, item in
            guard let call = item.element else { return total + dropCost[item.offset] }
            return total + instance.servedCost(item.offset, berth: Int(call.berth), start: Int(call.start))
        }
    }

    func finish(_ status: BerthStatus, plan calls: [Call?]?, bound: Double?, message: String) -> BerthResult {
        var status = status
        var message = message
        var plan: BerthPlan? = nil
        if let calls {
            let unservable = calls.indices.filter { calls[$0] == nil && instance.unservedCost[$0] == nil }
            if !unservable.isEmpty {
                // Only a plan that leaves out a vessel that must be served: there is none.
                if status == .optimal {
                    status = .infeasible
                    message = "no plan serves every vessel"
                } else {
                    status = .noSolution
                    message = "no plan serving every vessel found" + (message.isEmpty ? "" : " (\(message))")
                }
            } else {
                plan = BerthPlan(
                    instance: instance, calls: calls.map { $0.map { (Int($0.berth), Int($0.start)) } },
                    reasons: reasons)
            }
        }
        return BerthResult(
            status: status, objective: plan?.objective, bound: plan == nil ? nil : bound,
            seconds: elapsed, plan: plan, message: message, model: nil, log: log)
    }
}

/// Three decimals, without Foundation.
func format3(_ x: Double) -> String { "\((x * 1000).rounded() / 1000)" }
