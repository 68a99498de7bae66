// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

extension CrossingsProblem {
    /// Solves the problem: the network path when the structure allows it (fixed lanes, one
    /// lane-minutes value per checkpoint), else the MIP, started from a rounded relaxation.
    ///
    /// - Throws: ``CrossingsError/input(_:)`` with every bad value, before any solving;
    ///   ``CrossingsError/networkNotApplicable(reason:)`` when `method` is `.network` and the
    ///   problem needs the MIP; ``CrossingsError/solver(_:)`` when the solver itself failed.
    public func solve(
        _ options: CrossingsOptions = CrossingsOptions(),
        using solver: some LinearSolver = GLPKSolver()
    ) throws(CrossingsError) -> CrossingsPlan {
        do { try validate() } catch { throw .input(error) }
        let clock = ContinuousClock()
        let started = clock.now
        let instance = CrossingsInstance(self)
        let obstacle = instance.networkObstacle
        let path: CrossingsPath
        switch options.method {
        case .automatic: path = obstacle == nil ? .network : .mip
        case .network:
            if let obstacle { throw .networkNotApplicable(reason: obstacle) }
            path = .network
        case .mip: path = .mip
        }
        let runner = CrossingsRun(instance: instance, options: options, clock: clock, started: started)
        do {
            let outcome = path == .network ? try runner.network(solver) : try runner.mip(solver)
            var plan = CrossingsPlanBuilder(instance: instance, formulation: outcome.formulation)
                .plan(outcome.solution, path: path)
            plan.seconds = (clock.now - started).seconds
            return plan
        } catch let error as SolverError {
            throw .solver(error)
        } catch let error as ModelError {
            throw .solver(.invalidModel(error))
        } catch {
            throw .solver(.solverFailure("\(error)"))
        }
    }
}

/// One solve's steps, sharing the time limit.
struct CrossingsRun {
    let instance: CrossingsInstance
    let options: CrossingsOptions
    let clock: ContinuousClock
    let started: ContinuousClock.Instant

    struct Outcome {
        var formulation: CrossingsFormulation
        var solution: Solution
    }

    /// What is left of the time limit.
    var remaining: Duration? {
        options.timeLimit.map { max(.zero, $0 - (clock.now - started)) }
    }

    func lpOptions() -> SolveOptions {
        var lp = SolveOptions(method: options.lpMethod, timeLimit: remaining)
        lp.presolve = false
        return lp
    }

    /// The min-cost flow: by GLPK's out-of-kilter algorithm when the solver is GLPK and the costs
    /// scale to whole numbers, else as an LP, whose optimal basic solution is whole trucks too.
    func network(_ solver: some LinearSolver) throws -> Outcome {
        let formulation = try CrossingsFormulation(instance, capacity: .wholeTrucks, wholeTrucks: false)
        if options.networkAlgorithm == .outOfKilter, let glpk = solver as? GLPKSolver,
            let graph = try CrossingsFlowNetwork(instance, formulation: formulation)
        {
            let flow = try glpk.solve(graph.network, algorithm: .outOfKilter)
            return Outcome(formulation: formulation, solution: graph.solution(flow, model: formulation.model))
        }
        let solution = try solver.solve(formulation.model, options: lpOptions())
        return Outcome(formulation: formulation, solution: solution)
    }

    /// Branch-and-cut on the MIP, from the LP relaxation rounded to a whole-truck plan.
    func mip(_ solver: some LinearSolver) throws -> Outcome {
        let formulation = try CrossingsFormulation(instance, capacity: .laneMinutes, wholeTrucks: true)
        var start: [Double]?
        if options.roundedStart {
            start = try roundedStart(solver)
            let model = formulation.model
            if options.relaxAndFix, let fixed = try relaxAndFix(solver) {
                if start == nil || model.objectiveValue(of: fixed) < model.objectiveValue(of: start!) { start = fixed }
            }
            // Each round of polishing sends trucks elsewhere, which the next round packs again.
            for _ in 0..<(options.polish ? options.polishRounds : 0) {
                guard let current = start,
                    let polished = try checkpointPolish(solver, start: current, formulation: formulation),
                    model.objectiveValue(of: polished) < model.objectiveValue(of: current) - 1e-6
                else { break }
                start = polished
            }
        }
        var mip = SolveOptions(timeLimit: remaining, relativeGap: options.relativeGap)
        mip.presolve = false
        // Cuts matter here: on the week-scale class scenario, GLPK's own defaults (no cuts) left
        // the bound at 2,789,867 after 60 s, all cuts with pseudocost branching at 2,789,918. The
        // start replaces the feasibility pump.
        mip.glpk = GLPKOptions(cuts: .all, feasibilityPump: start == nil, branching: .hybridPseudocost)
        mip.startingSolution = start
        if let start, formulation.model.violation(of: start) != nil { mip.startingSolution = nil }
        var solution = try solver.solve(formulation.model, options: mip)
        // A limit that stops branch-and-cut before it takes up the start still has the start.
        if !solution.status.hasSolution, let start {
            let objective = formulation.model.objectiveValue(of: start)
            solution = Solution(
                status: .feasible, objective: objective, bound: solution.bound, values: start,
                message: solution.message)
        }
        return Outcome(formulation: formulation, solution: solution)
    }

    /// Relax-and-fix over the horizon, a day of slots at a time: that day's crossings (and
    /// planned lanes) whole, the days before fixed as found, the days after relaxed; then the
    /// network over the fixed crossings gives a whole-truck plan. Each step is a small MIP, and
    /// the days after keep it honest about what waits.
    func relaxAndFix(_ solver: some LinearSolver) throws -> [Double]? {
        let calendar = instance.calendar
        let window = max(1, options.relaxAndFixSlots ?? (24 * 60 / instance.problem.slotMinutes))
        var crossings = instance.chains.map { [Double](repeating: 0, count: $0.slots.count) }
        var lanes = instance.problem.checkpoints.map { _ in [Double](repeating: 0, count: calendar.slotCount) }
        var first = 0
        while first < calendar.slotCount {
            let end = min(calendar.slotCount, first + window)
            let step = try CrossingsFormulation(
                instance, capacity: .laneMinutes,
                integrality: .init(whole: first..<end, fixed: (first, crossings, lanes)))
            var mip = SolveOptions(timeLimit: stepLimit(), relativeGap: options.relaxAndFixGap)
            mip.presolve = false
            let solution = try solver.solve(step.model, options: mip)
            trace("relax-and-fix slots \(first)..<\(end): \(solution.status) \(solution.objective ?? .nan) in \(solution.seconds) s")
            guard solution.status.hasSolution else { return nil }
            for (h, chain) in instance.chains.enumerated() {
                for (position, slot) in chain.slots.enumerated() where (first..<end).contains(slot) {
                    crossings[h][position] = solution[step.cross[h][position]].rounded()
                }
            }
            for c in instance.problem.checkpoints.indices {
                for slot in first..<end { if let lane = step.lanes[c][slot] { lanes[c][slot] = solution[lane].rounded() } }
            }
            first = end
        }
        for c in instance.problem.checkpoints.indices where !instance.problem.checkpoints[c].lanes.isPlanned {
            for slot in 0..<calendar.slotCount { lanes[c][slot] = Double(instance.problem.checkpoints[c].lanes.maximum) }
        }
        let network = try CrossingsFormulation(
            instance, capacity: .given(crossings: crossings, lanes: lanes), wholeTrucks: false)
        let solution = try solver.solve(network.model, options: lpOptions())
        trace("relax-and-fix plan \(solution.status) \(solution.objective ?? .nan)")
        guard solution.status == .optimal else { return nil }
        let values = solution.values.map { $0.rounded() }
        for (value, exact) in zip(values, solution.values) where abs(value - exact) > 1e-6 { return nil }
        return values
    }

    /// A relax-and-fix step's share of what is left of the time limit.
    private func stepLimit() -> Duration? {
        let step = Duration.seconds(options.relaxAndFixStepSeconds)
        guard let left = remaining else { return step }
        return min(step, left / 4)
    }

    /// The LP relaxation, rounded to a whole-truck plan, in a few passes: each pass rounds the
    /// slots where the relaxation is fractional to whole trucks that fit their lane minutes
    /// (``SlotPacking``) and caps them there, then solves the relaxation again, so that the trucks
    /// rounding took away move to other slots. The last pass's rounding, as limits of the network
    /// that routes the trucks (no lane rows, planned lanes fixed), gives a whole-truck plan.
    func roundedStart(_ solver: some LinearSolver) throws -> [Double]? {
        var caps = instance.chains.map { [Double](repeating: .infinity, count: $0.slots.count) }
        let relaxed = try CrossingsFormulation(instance, capacity: .laneMinutes, wholeTrucks: false)
        var relaxation = Solution(status: .noSolution)
        var limits: [[Double]] = []
        var lanes: [[Double]] = []
        for pass in 0..<max(1, options.roundingPasses) {
            var model = relaxed.model
            for (h, row) in caps.enumerated() {
                for (position, cap) in row.enumerated() where cap.isFinite {
                    try model.setBounds(of: relaxed.cross[h][position], .between(0, cap))
                }
            }
            let solution = try solver.solve(model, options: lpOptions())
            trace("rounding pass \(pass + 1): relaxation \(solution.status) \(solution.objective ?? .nan) in \(solution.seconds) s")
            guard solution.status == .optimal else { break }
            relaxation = solution
            (limits, lanes) = rounding(relaxation, of: relaxed)
            var fractional = 0
            for (h, chain) in instance.chains.enumerated() {
                for position in chain.slots.indices {
                    let value = relaxation[relaxed.cross[h][position]]
                    guard abs(value - value.rounded()) > 1e-6 else { continue }
                    fractional += 1
                    // Cap every chain of this slot at its rounding.
                    let slot = chain.slots[position]
                    for (other, at) in instance.chainsAt[chain.checkpoint][slot] {
                        caps[other][at] = min(caps[other][at], limits[other][at])
                    }
                }
            }
            trace("  \(fractional) fractional crossings")
            if fractional == 0 { break }
        }
        guard relaxation.status == .optimal else { return nil }
        for (h, row) in caps.enumerated() {
            for (position, cap) in row.enumerated() { limits[h][position] = min(limits[h][position], cap) }
        }
        let rounded = try CrossingsFormulation(
            instance, capacity: .given(crossings: limits, lanes: lanes), wholeTrucks: false)
        let solution = try solver.solve(rounded.model, options: lpOptions())
        trace("rounded \(solution.status) \(solution.objective ?? .nan) in \(solution.seconds) s")
        guard solution.status == .optimal else { return nil }
        let values = solution.values.map { $0.rounded() }
        for (value, exact) in zip(values, solution.values) where abs(value - exact) > 1e-6 {
            return nil
        }
        return values
    }

    /// Per chain and slot, whole trucks near the relaxation that fit each slot's lane minutes
    /// (planned lanes rounded down), with the most weight; and the lanes.
    private func rounding(
        _ relaxation: Solution, of relaxed: CrossingsFormulation
    ) -> (limits: [[Double]], lanes: [[Double]]) {
        let problem = instance.problem
        let calendar = instance.calendar
        var limits = relaxed.cross.map { $0.map { (relaxation[$0] + 1e-6).rounded(.down) } }
        var lanes = problem.checkpoints.indices.map { c in
            (0..<calendar.slotCount).map { slot -> Double in
                guard let lane = relaxed.lanes[c][slot] else { return 0 }
                return (relaxation[lane] + 1e-6).rounded(.down)
            }
        }
        for c in problem.checkpoints.indices {
            for slot in 0..<calendar.slotCount where !instance.chainsAt[c][slot].isEmpty {
                let users = instance.chainsAt[c][slot]
                let open = Double(calendar.checkpoints[c].openMinutes[slot])
                let laneCount = relaxed.lanes[c][slot] == nil
                    ? Double(problem.checkpoints[c].lanes.maximum) : lanes[c][slot]
                lanes[c][slot] = laneCount
                let best = SlotPacking(
                    minutes: users.map { instance.chains[$0.chain].minutes },
                    weights: users.map { instance.chains[$0.chain].weight },
                    relaxed: users.map { relaxation[relaxed.cross[$0.chain][$0.position]] },
                    laneMinutes: laneCount * open
                ).best()
                for (index, (h, position)) in users.enumerated() { limits[h][position] = best[index] }
            }
        }
        return (limits, lanes)
    }
}

extension CrossingsProblem {
    /// The model a path solves, without solving it: to write it as LP or MPS for another solver,
    /// or to look at its size. The network path's model is an LP (its optimum is whole trucks);
    /// the MIP's has whole-truck and planned-lane integer columns.
    public func model(for path: CrossingsPath) throws(CrossingsError) -> Model {
        do { try validate() } catch { throw .input(error) }
        let instance = CrossingsInstance(self)
        if path == .network, let obstacle = instance.networkObstacle {
            throw .networkNotApplicable(reason: obstacle)
        }
        do {
            return try CrossingsFormulation(
                instance, capacity: path == .network ? .wholeTrucks : .laneMinutes,
                wholeTrucks: path == .mip
            ).model
        } catch {
            throw .solver(.invalidModel(error))
        }
    }
}

import Foundation
/// Progress lines on standard error when `CORRIDOR_CROSSINGS_TRACE` is set (for measuring).
func trace(_ line: @autoclosure () -> String) {
    guard ProcessInfo.processInfo.environment["CORRIDOR_CROSSINGS_TRACE"] != nil else { return }
    FileHandle.standardError.write(Data((line() + "\n").utf8))
}

extension CrossingsProblem {
    /// Why the network path does not apply (a checkpoint plans its lanes, or its trucks take
    /// different lane minutes by class), or `nil` when it does. Assumes a valid problem.
    public func networkObstacle() -> String? {
        CrossingsInstance(self).networkObstacle
    }
}
