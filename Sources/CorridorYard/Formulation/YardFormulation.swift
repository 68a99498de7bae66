// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

/// The container-yard model, rule by rule, as docs/yard.md states it.
///
/// Decisions: `place[f,b]`, the TEU of flow f stored in block b (from period `enters` to
/// `leaves − 1`), and `overflow[f]`, the TEU of flow f not placed. For every block b and period p:
///
/// - **capacity**: initial stock + TEU of the flows present ≤ `capacity_teu × max_fill`;
/// - **plugs**: TEU of the reefer flows present ≤ `reefer_plugs`;
/// - **hazardous**: a hazardous flow has no `place` in a block that is not hazardous;
/// - **moves**: (TEU entering + TEU leaving) / `teu_per_move` ≤ `moves_per_period`, where a flow
///   enters in `enters`, leaves in `leaves` when inside the horizon, and the initial stock
///   leaves in `initial_leaves`;
/// - **conservation**: Σ_b place[f,b] + overflow[f] = the flow's TEU × `demand_scale`;
/// - **max_blocks** / **min_teu_per_block**: with a binary `use[f,b]`, place ≤ U·use,
///   place ≥ min·use, Σ_b use ≤ max_blocks (this makes the model a MIP).
///
/// Objective (minimise): Σ place[f,b] × (distance_m[from] + distance_m[to]) / 1000 (TEU·km)
/// + Σ overflow_penalty × overflow[f] + balance_weight × Σ_p peak[p], with
/// peak[p] ≥ (moves in block b during p) / moves_per_period_b for every b.
///
/// The capacity what-if is the same rules with a variable `scale` in place of `demand_scale`,
/// no overflow, and the objective "maximise scale".
struct YardFormulation {
    /// What the model answers.
    enum Purpose {
        /// The cheapest plan at the problem's `demand_scale`.
        case plan
        /// The largest `demand_scale` that needs no overflow.
        case capacity
    }

    /// What a row of the model stands for: its rule and the block, period or flow it is about
    /// (`-1` where it is about none), so that duals and slacks can be read back per rule.
    struct RowTag {
        var rule: YardRule
        var block: Int
        var period: Int
        var flow: Int
    }

    let problem: YardProblem
    let purpose: Purpose
    private(set) var model: Model
    /// `place[f][b]`: nil where block b may not hold flow f, or where f has no TEU.
    private(set) var place: [[Variable?]]
    /// `overflow[f]` (plan only; nil for a flow without TEU).
    private(set) var overflow: [Variable?]
    /// `use[f][b]`: binaries of the flows with `max_blocks` or `min_teu_per_block`.
    private(set) var use: [[Variable?]]
    /// `peak[p]`: the worst equipment utilisation of period p (plan with `balance_weight` > 0).
    private(set) var peak: [Variable]
    /// The demand scale being maximised (capacity only).
    private(set) var scale: Variable?
    /// The conservation row of each flow (nil for a flow without TEU).
    private(set) var conservation: [Constraint?]
    /// One tag per row, by row index.
    private(set) var tags: [RowTag] = []

    /// Builds the model of `problem` (validated by the caller).
    ///
    /// `fixedUse`, for a plan only, makes the model an LP without binaries: for a flow with
    /// `max_blocks` or `min_teu_per_block`, a set of blocks (`fixedUse[f]`, e.g. the values of
    /// its binaries in a solved MIP) replaces them: a block not in it gets no `place`, a block in
    /// it gets `place ≥ min_teu_per_block`; a flow whose set is nil is relaxed (neither rule).
    /// Its duals explain a MIP's overflow; it also builds the MIP's starting plan.
    ///
    /// `onlyBlocks` keeps the rules but lets a flow with a set use only those blocks: a smaller
    /// MIP whose plans are plans of the full one (for its starting plan).
    init(
        _ problem: YardProblem, purpose: Purpose, fixedUse: [[Bool]?]? = nil,
        onlyBlocks: [[Bool]?]? = nil
    ) throws(ModelError) {
        self.problem = problem
        self.purpose = purpose
        model = Model(name: purpose == .plan ? "yard" : "yard_capacity")
        let flows = problem.flows, blocks = problem.blocks
        let periods = problem.periodCount
        let teuPerMove = problem.teuPerMove
        place = Array(repeating: Array(repeating: nil, count: blocks.count), count: flows.count)
        use = place
        overflow = Array(repeating: nil, count: flows.count)
        conservation = Array(repeating: nil, count: flows.count)
        peak = []

        // MARK: Decisions

        if purpose == .capacity {
            // An upper bound no plan can pass (each flow's TEU fits in the blocks that may hold
            // it, entering within their moves): it changes no answer and keeps the MIP's
            // relaxation bounded.
            scale = try model.addVariable("scale", upper: Self.scaleLimit(problem), objective: 1)
            model.setObjectiveSense(.maximize)
        }
        for (f, flow) in flows.enumerated() where flow.teu > 0 && storedTEU(flow) != 0 {
            let from = flow.from, to = flow.to
            for (b, block) in blocks.enumerated()
            where flow.mayUse(block) /* hazardous: only in hazardous blocks */ {
                let kept = fixedUse.flatMap { $0[f] }
                if let kept, flow.usesBinaries, !kept[b] { continue }
                if let only = onlyBlocks.flatMap({ $0[f] }), !only[b] { continue }
                let metres = block.distanceMeters[from]! + block.distanceMeters[to]!
                let teuKm = purpose == .plan ? metres / 1000 : 0
                let least = kept != nil && flow.usesBinaries ? flow.minTEUPerBlock ?? 0 : 0
                place[f][b] = try model.addVariable("place[\(f),\(b)]", lower: least, objective: teuKm)
                if fixedUse == nil && flow.usesBinaries {
                    use[f][b] = try model.addVariable("use[\(f),\(b)]", kind: .binary)
                }
            }
            if purpose == .plan {
                overflow[f] = try model.addVariable(
                    "overflow[\(f)]", objective: problem.penalty(of: flow))
            }
        }
        if purpose == .plan && problem.balanceWeight > 0 {
            for p in 0..<periods {
                peak.append(try model.addVariable("peak[\(p)]", objective: problem.balanceWeight))
            }
        }

        // Flows stored in, and moved in or out during, each period.
        var present = Array(repeating: [Int](), count: periods)
        var moving = Array(repeating: [Int](), count: periods)
        for (f, flow) in flows.enumerated() where overflow[f] != nil || place[f].contains(where: { $0 != nil }) {
            for p in flow.enters..<flow.leaves { present[p].append(f) }
            for p in 0..<periods where flow.moves(inPeriod: p, periodCount: periods) { moving[p].append(f) }
        }

        // MARK: Rules

        // Conservation: a flow's TEU placed in blocks plus its overflow equals its TEU.
        for (f, flow) in flows.enumerated() where overflow[f] != nil || place[f].contains(where: { $0 != nil }) {
            let placed = place[f], spill = overflow[f], scaleVariable = scale
            switch purpose {
            case .plan:
                conservation[f] = try add(.conservation, flow: f, .exactly(storedTEU(flow))) { row in
                    for case let x? in placed { row.add(1, x) }
                    if let spill { row.add(1, spill) }
                }
            case .capacity:
                // Placing more than the scaled TEU never helps, so `≥` asks the same as `=` and
                // gives the simplex an easier start.
                conservation[f] = try add(.conservation, flow: f, .atLeast(0)) { row in
                    for case let x? in placed { row.add(1, x) }
                    if let scaleVariable { row.add(-flow.teu, scaleVariable) }
                }
            }
        }
        for (b, block) in blocks.enumerated() {
            for p in 0..<periods {
                // Capacity: stored TEU (initial + flows present) ≤ capacity_teu × max_fill.
                let stored = present[p].compactMap { place[$0][b] }
                if !stored.isEmpty {
                    try add(.capacity, block: b, period: p,
                            .atMost(block.usableTEU - block.initialStock(inPeriod: p))) { row in
                        for x in stored { row.add(1, x) }
                    }
                }
                // Plugs: reefer TEU ≤ reefer_plugs.
                let reefers = present[p].filter { flows[$0].reefer }.compactMap { place[$0][b] }
                if !reefers.isEmpty {
                    try add(.plugs, block: b, period: p, .atMost(block.reeferPlugs)) { row in
                        for x in reefers { row.add(1, x) }
                    }
                }
                // Moves: (TEU entering + TEU leaving) / teu_per_move ≤ moves_per_period.
                let moved = moving[p].compactMap { place[$0][b] }
                let initialMoves =
                    block.initialTEULeaving(inPeriod: p, periodCount: periods) / teuPerMove
                if !moved.isEmpty {
                    try add(.moves, block: b, period: p,
                            .atMost(block.movesPerPeriod - initialMoves)) { row in
                        for x in moved { row.add(1 / teuPerMove, x) }
                    }
                }
                // Balance: peak[p] ≥ (moves in block b during p) / moves_per_period_b.
                if !peak.isEmpty && (!moved.isEmpty || initialMoves > 0) {
                    let perMove = 1 / (teuPerMove * block.movesPerPeriod)
                    let worst = peak[p]
                    try add(.balance, block: b, period: p,
                            .atLeast(initialMoves / block.movesPerPeriod)) { row in
                        row.add(1, worst)
                        for x in moved { row.add(-perMove, x) }
                    }
                }
            }
        }
        // max_blocks and min_teu_per_block: a block used holds between min_teu_per_block and
        // what it can hold at all; at most max_blocks blocks are used.
        for (f, flow) in flows.enumerated() where flow.usesBinaries && fixedUse == nil {
            for (b, block) in blocks.enumerated() {
                guard let x = place[f][b], let y = use[f][b] else { continue }
                let most = mostTEU(of: flow, in: block)
                try add(.link, block: b, flow: f, .atMost(0)) { row in
                    row.add(1, x)
                    row.add(-most, y)
                }
                if let least = flow.minTEUPerBlock, least > 0 {
                    try add(.minTEUPerBlock, block: b, flow: f, .atLeast(0)) { row in
                        row.add(1, x)
                        row.add(-least, y)
                    }
                }
            }
            if let most = flow.maxBlocks {
                let used = use[f].compactMap { $0 }
                if used.count > most {
                    try add(.maxBlocks, flow: f, .atMost(Double(most))) { row in
                        for y in used { row.add(1, y) }
                    }
                }
            }
        }
    }

    // MARK: Helpers

    /// A scale no plan can exceed: every flow with TEU must fit, when it enters, into the blocks
    /// that may hold it (their usable capacity and their moves in that period).
    private static func scaleLimit(_ problem: YardProblem) -> Double {
        var limit = Double.infinity
        for flow in problem.flows where flow.teu > 0 {
            let room = problem.blocks.filter(flow.mayUse).reduce(0) { room, block in
                room + max(0, min(block.usableTEU, block.movesPerPeriod * problem.teuPerMove))
            }
            limit = min(limit, room / flow.teu)
        }
        return limit.isFinite ? limit : 0
    }

    /// The TEU the plan must store for `flow`: its `teu` × `demand_scale`.
    private func storedTEU(_ flow: YardFlow) -> Double {
        purpose == .plan ? problem.scaledTEU(of: flow) : flow.teu
    }

    /// The most TEU of `flow` that `block` could hold at all (its usable capacity in the
    /// period the flow enters, its plugs for a reefer flow, its moves in that period, the flow's
    /// own TEU): the tightest valid `U` of `place ≤ U · use`.
    private func mostTEU(of flow: YardFlow, in block: YardBlock) -> Double {
        let periods = problem.periodCount
        let initialMoves = block.initialTEULeaving(inPeriod: flow.enters, periodCount: periods)
        var most = min(
            block.usableTEU - block.initialStock(inPeriod: flow.enters),
            block.movesPerPeriod * problem.teuPerMove - initialMoves)
        if flow.reefer { most = min(most, block.reeferPlugs) }
        if purpose == .plan { most = min(most, storedTEU(flow)) }
        return max(most, 0)
    }

    @discardableResult
    private mutating func add(
        _ rule: YardRule, block: Int = -1, period: Int = -1, flow: Int = -1, _ bounds: Bounds,
        terms build: (inout RowWriter) -> Void
    ) throws(ModelError) -> Constraint {
        let name =
            switch rule {
            case .conservation, .maxBlocks: "\(rule.rawValue)[\(flow)]"
            case .link, .minTEUPerBlock: "\(rule.rawValue)[\(flow),\(block)]"
            default: "\(rule.rawValue)[\(block),\(period)]"
            }
        let row = try model.addConstraint(name, bounds, terms: build)
        tags.append(RowTag(rule: rule, block: block, period: period, flow: flow))
        return row
    }
}

/// The rules of the yard model, as rows are tagged with them.
public enum YardRule: String, Sendable, Hashable, CaseIterable {
    case capacity
    case plugs
    case moves
    case balance
    case conservation
    case link
    case maxBlocks = "max_blocks"
    case minTEUPerBlock = "min_teu_per_block"
}

extension YardFlow {
    /// Whether the flow needs binaries: `max_blocks` or `min_teu_per_block` is set.
    var usesBinaries: Bool { maxBlocks != nil || minTEUPerBlock != nil }
}
