// SPDX-License-Identifier: GPL-3.0-or-later

extension YardProblem {
    /// Throws the first of ``problems()``: no bad value ever reaches the solver.
    public func validate() throws(YardError) {
        if let first = problems().first { throw first }
    }

    /// Every bad value of the problem, in order (problem fields, points, blocks, flows).
    ///
    /// Besides single values, it rejects what no plan could fix: initial stock above the
    /// block's fill limit, or whose moves out exceed the block's moves per period.
    public func problems() -> [YardError] {
        var found: [YardError] = []
        func problemField(_ field: String, _ problem: String, _ fix: String) {
            found.append(YardError(.problem(field: field), problem, fix: fix))
        }
        func positive(_ value: Double, _ field: String, _ fix: String) {
            if !(value.isFinite && value > 0) {
                problemField(field, "must be a number > 0 (got \(Self.text(value)))", fix)
            }
        }
        func nonNegative(_ value: Double, _ field: String, _ fix: String) {
            if !(value.isFinite && value >= 0) {
                problemField(field, "must be a number ≥ 0 (got \(Self.text(value)))", fix)
            }
        }
        positive(horizonHours, "horizon.hours", "give the horizon's length in hours")
        positive(periodHours, "period_hours", "give the period length in hours, e.g. 12")
        if horizonHours.isFinite, horizonHours > 0, periodHours.isFinite, periodHours > 0 {
            let count = horizonHours / periodHours
            if abs(count - count.rounded()) > 1e-9 || count.rounded() < 1 {
                problemField(
                    "period_hours",
                    "\(Self.text(horizonHours)) h of horizon is not a whole number of \(Self.text(periodHours)) h periods",
                    "make horizon.hours a multiple of period_hours")
            }
        }
        positive(teuPerMove, "teu_per_move", "give the TEU per container move, e.g. 1.6")
        nonNegative(overflowPenalty, "overflow_penalty", "give the cost per TEU not placed")
        nonNegative(balanceWeight, "balance_weight", "give 0 to ignore the equipment peak")
        nonNegative(demandScale, "demand_scale", "give 1 for the flows' own TEU")
        found += pointProblems()
        found += blockProblems()
        found += flowProblems()
        return found
    }

    private func pointProblems() -> [YardError] {
        var found: [YardError] = []
        var seen: Set<String> = []
        for (index, point) in points.enumerated() {
            if point.isEmpty {
                found.append(YardError(.point(index: index), "is empty", fix: "name the point"))
            } else if !seen.insert(point).inserted {
                found.append(
                    YardError(
                        .point(index: index), "\"\(point)\" is listed twice",
                        fix: "list each point once"))
            }
        }
        return found
    }

    private func blockProblems() -> [YardError] {
        var found: [YardError] = []
        var seen: Set<String> = []
        let periods = periodCount
        for (index, block) in blocks.enumerated() {
            func add(_ field: String, _ problem: String, _ fix: String, consistency: Bool = false) {
                found.append(
                    YardError(
                        .block(index: index, id: block.id, field: field), problem, fix: fix,
                        isConsistency: consistency))
            }
            if block.id.isEmpty { add("id", "is empty", "give the block an id") }
            else if !seen.insert(block.id).inserted {
                add("id", "\"\(block.id)\" is used by another block", "give each block its own id")
            }
            if !(block.capacityTEU.isFinite && block.capacityTEU >= 0) {
                add("capacity_teu", "must be a number ≥ 0 (got \(Self.text(block.capacityTEU)))",
                    "give ground slots × tiers in TEU")
            }
            if !(block.maxFill.isFinite && block.maxFill > 0 && block.maxFill <= 1) {
                add("max_fill", "must lie in (0, 1] (got \(Self.text(block.maxFill)))",
                    "give the operational fill limit, e.g. 0.85")
            }
            if !(block.reeferPlugs.isFinite && block.reeferPlugs >= 0) {
                add("reefer_plugs", "must be a number ≥ 0 (got \(Self.text(block.reeferPlugs)))",
                    "give the TEU of reefer capacity, 0 for none")
            }
            if !(block.movesPerPeriod.isFinite && block.movesPerPeriod > 0) {
                add("moves_per_period", "must be a number > 0 (got \(Self.text(block.movesPerPeriod)))",
                    "give the equipment's moves in + out per period")
            }
            for point in points where block.distanceMeters[point] == nil {
                add("distance_m", "has no distance to point \(point)",
                    "add `\(point): <metres>` to distance_m", consistency: true)
            }
            for (point, metres) in block.distanceMeters.sorted(by: { $0.key < $1.key }) {
                if !points.contains(point) {
                    add("distance_m.\(point)", "no point \"\(point)\"",
                        "the points are \(points.joined(separator: ", "))")
                } else if !(metres.isFinite && metres >= 0) {
                    add("distance_m.\(point)", "must be a number ≥ 0 (got \(Self.text(metres)))",
                        "give the driving distance in metres")
                }
            }
            if !(block.initialTEU.isFinite && block.initialTEU >= 0) {
                add("initial_teu", "must be a number ≥ 0 (got \(Self.text(block.initialTEU)))",
                    "give the TEU stored at the start, 0 for none")
            } else if block.capacityTEU.isFinite, block.maxFill.isFinite,
                block.initialTEU > block.usableTEU + 1e-9
            {
                add("initial_teu",
                    "\(Self.text(block.initialTEU)) TEU exceeds the fill limit capacity_teu × max_fill = \(Self.text(block.usableTEU)) TEU",
                    "lower initial_teu or raise max_fill; no plan can fix an overfull block",
                    consistency: true)
            }
            if let leaves = block.initialLeaves {
                if leaves < 0 || leaves > periods {
                    add("initial_leaves", "period \(leaves) is outside the horizon's periods 0…\(periods)",
                        "give a period index from 0 to \(periods), or leave it out when the stock stays")
                } else if leaves < periods, block.initialTEU.isFinite, block.movesPerPeriod.isFinite,
                    teuPerMove.isFinite, teuPerMove > 0,
                    block.initialTEU / teuPerMove > block.movesPerPeriod + 1e-9
                {
                    add("initial_leaves",
                        "moving the initial \(Self.text(block.initialTEU)) TEU out in period \(leaves) takes \(Self.text(block.initialTEU / teuPerMove)) moves, over moves_per_period = \(Self.text(block.movesPerPeriod))",
                        "spread the initial stock's departure or raise moves_per_period",
                        consistency: true)
                }
            }
        }
        return found
    }

    private func flowProblems() -> [YardError] {
        var found: [YardError] = []
        var seen: Set<String> = []
        let periods = periodCount
        for (index, flow) in flows.enumerated() {
            func add(_ field: String, _ problem: String, _ fix: String, consistency: Bool = false) {
                found.append(
                    YardError(
                        .flow(index: index, id: flow.id, field: field), problem, fix: fix,
                        isConsistency: consistency))
            }
            if flow.id.isEmpty { add("id", "is empty", "give the flow an id") }
            else if !seen.insert(flow.id).inserted {
                add("id", "\"\(flow.id)\" is used by another flow", "give each flow its own id")
            }
            if !(flow.teu.isFinite && flow.teu >= 0) {
                add("teu", "must be a number ≥ 0 (got \(Self.text(flow.teu)))", "give the flow's TEU")
            }
            if flow.enters < 0 || flow.enters >= max(periods, 1) {
                add("enters", "period \(flow.enters) is outside the horizon's periods 0…\(max(periods - 1, 0))",
                    "give the period index in which the flow enters")
            }
            if flow.leaves <= flow.enters {
                add("leaves", "period \(flow.leaves) is not after enters = \(flow.enters)",
                    "give a leaving period > enters (exclusive)", consistency: true)
            } else if flow.leaves > periods {
                add("leaves", "period \(flow.leaves) is after the horizon's last period boundary \(periods)",
                    "give at most \(periods): the flow then stays to the end")
            }
            for (field, point) in [("from", flow.from), ("to", flow.to)] where !points.contains(point) {
                add(field, "no point \"\(point)\"", "the points are \(points.joined(separator: ", "))")
            }
            if let maxBlocks = flow.maxBlocks, maxBlocks < 1 {
                add("max_blocks", "must be at least 1 (got \(maxBlocks))",
                    "give the most blocks the flow may spread over")
            }
            if let minimum = flow.minTEUPerBlock, !(minimum.isFinite && minimum >= 0) {
                add("min_teu_per_block", "must be a number ≥ 0 (got \(Self.text(minimum)))",
                    "give the least TEU a block used gets")
            }
            if let penalty = flow.overflowPenalty, !(penalty.isFinite && penalty >= 0) {
                add("overflow_penalty", "must be a number ≥ 0 (got \(Self.text(penalty)))",
                    "give the cost per TEU not placed, or leave it out")
            }
        }
        return found
    }

    /// A number as a message shows it: `12`, `0.85`, `nan`.
    static func text(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
