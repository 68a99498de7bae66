// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

/// How much more traffic the yard can take: the largest `demand_scale` with no overflow.
public struct YardCapacity: Sendable {
    /// What the solve proved about the largest scale (`optimal`; `feasible` when a MIP's limit
    /// stopped the proof, with ``bound`` above ``demandScaleMax``).
    public var status: TerminationStatus
    /// The largest `demand_scale` at which every flow fits; nil when no flow has TEU (any scale
    /// fits) or no answer was found.
    public var demandScaleMax: Double?
    /// Best proven upper bound on the scale.
    public var bound: Double?
    /// `demandScaleMax × Σ flows' teu`.
    public var teuPerHorizon: Double?
    /// `teuPerHorizon × 8,760 / horizon hours`.
    public var yearlyTEU: Double?
    /// The rules that stop a larger scale: rows with a non-zero dual (LP) or at their limit
    /// (MIP), by block and period.
    public var binding: [YardBinding]
    /// Flows with TEU that no block may hold (dangerous goods and no hazardous block): they
    /// make the answer 0.
    public var flowsWithoutABlock: [String]
    public var model: YardModelSize?
    public var seconds: Double
    /// Why there is no number, or the solver's words on the outcome.
    public var message: String?
}

/// A rule at its limit in one block and period.
public struct YardBinding: Sendable, Hashable {
    public var block: String
    public var period: Int
    public var periodStartHours: Double
    /// `capacity`, `plugs` or `moves`.
    public var rule: YardRule

    public init(block: String, period: Int, periodStartHours: Double, rule: YardRule) {
        self.block = block
        self.period = period
        self.periodStartHours = periodStartHours
        self.rule = rule
    }
}

extension YardProblem {
    /// The largest `demand_scale` with no overflow: an LP maximising the scale, or a MIP when
    /// a flow has `max_blocks` or `min_teu_per_block`. The problem's own `demand_scale`,
    /// penalties, distances and balance weight play no part.
    ///
    /// - Throws: ``YardError`` for a bad value, `ModelError` or `SolverError` when the solver
    ///   call fails.
    public func capacity(
        options: SolveOptions = SolveOptions(), using solver: some LinearSolver = GLPKSolver()
    ) throws -> YardCapacity {
        let clock = ContinuousClock()
        let started = clock.now
        try validate()
        var answer = YardCapacity(
            status: .optimal, demandScaleMax: nil, bound: nil, teuPerHorizon: nil, yearlyTEU: nil,
            binding: [], flowsWithoutABlock: [], model: nil, seconds: 0, message: nil)
        let totalTEU = flows.reduce(0) { $0 + $1.teu }
        let blockless = flows.filter { flow in flow.teu > 0 && !blocks.contains(where: flow.mayUse) }
        if totalTEU <= 0 {
            answer.message = "no flow has TEU, so any demand_scale fits"
        } else if !blockless.isEmpty {
            answer.flowsWithoutABlock = blockless.map(\.id)
            answer.demandScaleMax = 0
            answer.bound = 0
            answer.message =
                "no block may hold \(blockless.map(\.id).joined(separator: ", ")) (dangerous goods need a hazardous block), so no scale above 0 fits"
        } else {
            let formulation = try YardFormulation(self, purpose: .capacity)
            // Starting from nothing placed at scale 0 (a feasible basis), the primal simplex
            // was 2–3× faster than the dual on a 40-block, 300-flow fortnight.
            var options = options
            if options.method == .automatic { options.method = .primalSimplex }
            let solution = try solver.solve(formulation.model, options: options)
            answer.status = solution.status
            answer.model = YardModelSize(formulation.model)
            answer.bound = solution.bound
            if solution.status.hasSolution, let scale = formulation.scale {
                answer.demandScaleMax = max(solution[scale], 0)
                answer.binding = bindingRules(formulation, solution)
            } else {
                answer.message = solution.message
            }
        }
        if let scale = answer.demandScaleMax {
            answer.teuPerHorizon = scale * totalTEU
            answer.yearlyTEU = scale * totalTEU * 8760 / horizonHours
        }
        answer.seconds = (clock.now - started).seconds
        return answer
    }

    /// Capacity, plugs and moves rows with a non-zero dual (LP) or at their limit (MIP; the
    /// plugs rows of blocks without plugs left out).
    private func bindingRules(_ formulation: YardFormulation, _ solution: Solution) -> [YardBinding] {
        let model = formulation.model
        var binding: [YardBinding] = []
        for (row, tag) in formulation.tags.enumerated()
        where [.capacity, .plugs, .moves].contains(tag.rule) {
            let isBinding: Bool
            if let duals = solution.duals, !model.isMixedInteger {
                isBinding = abs(duals[row]) > 1e-9
            } else {
                // A block without plugs is not a plugs limit reached: its rows (reefers ≤ 0)
                // are always at their limit and would list every period.
                let limit = model.rowBounds[row].upper
                let empty = tag.rule == .plugs && limit <= 1e-9 && solution.rowActivities[row] <= 1e-9
                isBinding = !empty && solution.rowActivities[row] >= limit - 1e-6 * max(1, abs(limit))
            }
            if isBinding {
                binding.append(
                    YardBinding(
                        block: blocks[tag.block].id, period: tag.period,
                        periodStartHours: startHours(ofPeriod: tag.period), rule: tag.rule))
            }
        }
        let order: [YardRule: Int] = [.capacity: 0, .plugs: 1, .moves: 2]
        let blockIndex = Dictionary(uniqueKeysWithValues: blocks.enumerated().map { ($1.id, $0) })
        return binding.sorted {
            (blockIndex[$0.block]!, $0.period, order[$0.rule]!)
                < (blockIndex[$1.block]!, $1.period, order[$1.rule]!)
        }
    }
}
