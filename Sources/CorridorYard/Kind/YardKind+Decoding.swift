// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

extension YardKind {
    /// Reads every yard field, reporting each problem at its line; rules that tie fields
    /// together (initial stock against the fill limit, `leaves` after `enters`, a distance for
    /// every point) come from the problem's own validation, located at the field they name.
    public static func decode(_ root: NodeReader, core: ScenarioCore) -> Input? {
        let periodField = root.field("period_hours")
        let periodHours = periodField.number(.positive) ?? (periodField.isPresent ? nil : 12)
        var periods: Int?
        if let horizon = core.horizon, let periodHours {
            let fits = root.field("horizon").field("hours").requireWholeMultiple(
                of: periodHours, horizon.hours,
                stepName: "period_hours = \(NumberRange.format(periodHours))")
            if fits { periods = Int((horizon.hours / periodHours).rounded()) }
        }
        let teuPerMove = root.field("teu_per_move").number(.positive) ?? 1.6
        let penalty = root.field("overflow_penalty").number(.nonNegative) ?? 1000
        let balance = root.field("balance_weight").number(.nonNegative) ?? 0
        let scale = root.field("demand_scale").number(.nonNegative) ?? 1
        let points = decodePoints(root.field("points"))
        let timing = PeriodReading(hours: periodHours, count: periods)

        let blockTable = root.field("blocks")
        let blockRows = blockTable.table(required: true) ?? []
        blockTable.uniqueIDs(blockRows, noun: "block")
        let blocks = blockRows.map { row in
            row.object { row in decodeBlock(row, points: points, timing: timing) }
        }
        let flowTable = root.field("flows")
        let flowRows = flowTable.table(required: true) ?? []
        flowTable.uniqueIDs(flowRows, noun: "flow")
        let flows = flowRows.map { row in
            row.object { row in decodeFlow(row, points: points, timing: timing) }
        }
        guard let horizon = core.horizon, let periodHours, periods != nil,
            blocks.allSatisfy({ $0 != nil }), flows.allSatisfy({ $0 != nil })
        else { return nil }

        let problem = YardProblem(
            horizonHours: horizon.hours, periodHours: periodHours, teuPerMove: teuPerMove,
            overflowPenalty: penalty, balanceWeight: balance, demandScale: scale, points: points,
            blocks: blocks.map { $0! }, flows: flows.map { $0! })
        for error in problem.problems() where error.isConsistency {
            let reader: NodeReader
            switch error.place {
            case .block(let index, _, let field): reader = blockRows[index].field(field)
            case .flow(let index, _, let field): reader = flowRows[index].field(field)
            case .problem(let field): reader = root.field(field)
            case .point(let index): reader = root.field("points").elements()?[index] ?? root.field("points")
            }
            reader.report(error.problem, hint: error.fix)
        }
        return Input(problem: problem, horizon: horizon)
    }

    private static func decodePoints(_ field: NodeReader) -> [String] {
        var points: [String] = []
        for item in field.elements(required: true) ?? [] {
            guard let point = item.string(required: true) else { continue }
            if points.contains(point) {
                item.report("point \"\(point)\" is listed twice", hint: "list each point once")
            } else {
                points.append(point)
            }
        }
        return points
    }

    private static func decodeBlock(_ row: NodeReader, points: [String], timing: PeriodReading) -> YardBlock? {
        let id = row.field("id").string(required: true)
        let capacity = row.field("capacity_teu").number(.nonNegative, required: true)
        let maxFill = row.field("max_fill").number(.fraction) ?? 0.85
        let plugs = row.field("reefer_plugs").number(.nonNegative) ?? 0
        let hazardous = row.field("hazardous").bool() ?? false
        let moves = row.field("moves_per_period").number(.positive, required: true)
        var distances: [String: Double] = [:]
        for (point, value) in row.field("distance_m").entries(referencing: points, noun: "point", required: true) ?? [] {
            if let metres = value.number(.nonNegative) { distances[point] = metres }
        }
        let initial = row.field("initial_teu").number(.nonNegative) ?? 0
        let initialLeaves = timing.period(row.field("initial_leaves"), as: .leaving)
        guard let id, let capacity, let moves else { return nil }
        return YardBlock(
            id: id, capacityTEU: capacity, maxFill: maxFill, reeferPlugs: plugs, hazardous: hazardous,
            movesPerPeriod: moves, distanceMeters: distances, initialTEU: initial,
            initialLeaves: initialLeaves)
    }

    private static func decodeFlow(_ row: NodeReader, points: [String], timing: PeriodReading) -> YardFlow? {
        let id = row.field("id").string(required: true)
        let teu = row.field("teu").number(.nonNegative, required: true)
        let enters = timing.period(row.field("enters"), as: .entering, required: true)
        let leaves = timing.period(row.field("leaves"), as: .leaving, required: true)
        let from = row.field("from").reference(to: points, noun: "point", required: true)
        let to = row.field("to").reference(to: points, noun: "point", required: true)
        let reefer = row.field("reefer").bool() ?? false
        let hazardous = row.field("hazardous").bool() ?? false
        let maxBlocks = row.field("max_blocks").integer(NumberRange(minimum: 1))
        let minimum = row.field("min_teu_per_block").number(.nonNegative)
        let penalty = row.field("overflow_penalty").number(.nonNegative)
        guard let id, let teu, let enters, let leaves, let from, let to else { return nil }
        return YardFlow(
            id: id, teu: teu, enters: enters, leaves: leaves, from: from, to: to, reefer: reefer,
            hazardous: hazardous, maxBlocks: maxBlocks, minTEUPerBlock: minimum,
            overflowPenalty: penalty)
    }
}

/// Reads `enters`, `leaves` and `initial_leaves`: a plain number is a period index; an ISO time
/// maps `enters` to the period that contains it and the two others up to the next period
/// boundary (a flow leaving at 14:00 with 12-hour periods occupies its block until 24:00).
struct PeriodReading {
    /// The period length, `nil` when `period_hours` is broken (reported there).
    var hours: Double?
    /// The number of periods, `nil` when the horizon or `period_hours` is broken.
    var count: Int?

    enum Use {
        /// `enters`: a period index 0 … count − 1.
        case entering
        /// `leaves`, `initial_leaves`: a period boundary 0 … count (count: it stays).
        case leaving
    }

    func period(_ reader: NodeReader, as use: Use, required: Bool = false) -> Int? {
        guard let node = reader.node else {
            if required { reader.reportMissing(hint: "give a period index, or an ISO-8601 time") }
            return nil
        }
        let last = use == .entering ? (count ?? 1) - 1 : count ?? 0
        if case .scalar(let scalar) = node.value, case .number = scalar.kind {
            guard let index = reader.integer(.nonNegative), let count else { return nil }
            if index > last {
                reader.report(
                    use == .entering
                        ? "period \(index) is outside the horizon's periods 0…\(last)"
                        : "period \(index) is after the horizon's last period boundary \(count)",
                    hint: use == .entering
                        ? "give a period index from 0 to \(last) (a plain number is a period, not hours)"
                        : "give at most \(count) (the flow then stays to the end; a plain number is a period, not hours)")
                return nil
            }
            return index
        }
        guard let time = reader.time(required: required), let hours, let count else { return nil }
        let position = time / hours
        switch use {
        case .entering:
            let index = Int((position + 1e-9).rounded(.down))
            guard index < count else {
                reader.report(
                    "lies at the horizon's end, where no period starts",
                    hint: "give a time before the horizon's end")
                return nil
            }
            return index
        case .leaving:
            return min(Int((position - 1e-9).rounded(.up)), count)
        }
    }
}
