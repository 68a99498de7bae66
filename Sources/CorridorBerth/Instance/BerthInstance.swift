// SPDX-License-Identifier: GPL-3.0-or-later

/// A checked problem on the step grid: every time is a whole number of steps after the horizon's
/// start, every handling time a whole number of steps, windows merged. The heuristic, the
/// formulation and the plan all read times from here, so the rounding is done once.
struct BerthInstance: Sendable {
    let problem: BerthProblem
    /// Hours per step.
    let stepHours: Double
    /// Steps in the horizon (`H / step`).
    let horizonSteps: Int
    var vesselCount: Int { problem.vessels.count }
    var berthCount: Int { problem.berths.count }

    /// The eta rounded up to a whole step, in steps (may be negative) and in hours.
    let etaSteps: [Int]
    let etaHours: [Double]
    /// The first step at which service may start: the eta, not before the horizon's start.
    let earliestStart: [Int]
    /// The last step at which service may end: the latest departure, not after the horizon's end.
    let latestEnd: [Int]
    /// Handling steps per vessel and berth; `nil` when the vessel cannot use the berth.
    let handling: [[Int?]]
    /// Why a vessel cannot use a berth, where it cannot.
    let incompatibility: [[Incompatibility?]]
    /// Merged availability windows per berth, in steps, clipped to the horizon.
    let windows: [[Range<Int>]]
    /// Committed calls: berth and start step per vessel.
    let fixed: [(berth: Int, start: Int)?]
    /// Cost of leaving each vessel unserved; `nil` when it must be served.
    let unservedCost: [Double?]

    /// Why a vessel cannot use a berth at all.
    enum Incompatibility: Sendable, Hashable {
        case tooLong(vessel: Double, berth: Double)
        case tooDeep(draft: Double, depth: Double)
        case notAllowed
        case noHandlingTime
    }

    /// Builds the grid view of a problem that passed ``BerthProblem/validationIssues()`` (its
    /// values are finite and its references known).
    init(checked problem: BerthProblem) {
        self.problem = problem
        let step = problem.timeStepMinutes / 60
        stepHours = step
        let horizon = Int((problem.horizonHours / step).rounded())
        horizonSteps = horizon
        let berths = problem.berths
        etaSteps = problem.vessels.map { Self.roundUp($0.eta / step) }
        etaHours = etaSteps.map { Double($0) * step }
        earliestStart = etaSteps.map { max(0, $0) }
        latestEnd = problem.vessels.map { vessel in
            guard let departure = vessel.latestDeparture else { return horizon }
            return min(horizon, Self.roundDown(departure / step))
        }
        var handling: [[Int?]] = []
        var incompatibility: [[Incompatibility?]] = []
        for vessel in problem.vessels {
            var steps: [Int?] = []
            var why: [Incompatibility?] = []
            for berth in berths {
                let reason = Self.incompatibility(vessel, berth)
                why.append(reason)
                steps.append(reason == nil ? Self.handlingHours(vessel, berth).map { Self.roundUp($0 / step) } : nil)
            }
            handling.append(steps)
            incompatibility.append(why)
        }
        self.handling = handling
        self.incompatibility = incompatibility
        windows = berths.map { Self.stepWindows($0.available, horizonHours: problem.horizonHours, step: step, horizon: horizon) }
        fixed = problem.vessels.map { vessel in
            guard let call = vessel.fixed, let k = berths.firstIndex(where: { $0.id == call.berth }) else { return nil }
            return (k, Int((call.start / step).rounded()))
        }
        unservedCost = problem.vessels.enumerated().map { i, vessel in
            guard !vessel.mustServe else { return nil }
            let h = problem.horizonHours
            let penalty = vessel.unservedPenalty ?? (vessel.weight + vessel.tardinessWeight) * h
            let late = vessel.due.map { max(0, h - $0) } ?? 0
            return vessel.weight * (h - Double(Self.roundUp(vessel.eta / step)) * step)
                + vessel.tardinessWeight * late + penalty
        }
    }

    /// `ceil(x)` that forgives floating-point noise (`420 / 30` is 14, not 15).
    static func roundUp(_ x: Double) -> Int { Int((x - 1e-9).rounded(.up)) }
    /// `floor(x)` that forgives floating-point noise.
    static func roundDown(_ x: Double) -> Int { Int((x + 1e-9).rounded(.down)) }

    /// Handling hours of a vessel at a compatible berth: `handling_hours` where given, else
    /// moves / the berth's moves per hour.
    static func handlingHours(_ vessel: Vessel, _ berth: Berth) -> Double? {
        switch vessel.handlingHours {
        case .everywhere(let hours): return hours
        case .perBerth(let map):
            if let hours = map[berth.id] { return hours }
        case nil: break
        }
        guard let moves = vessel.moves, let rate = berth.movesPerHour else { return nil }
        return moves / rate
    }

    static func incompatibility(_ vessel: Vessel, _ berth: Berth) -> Incompatibility? {
        if let allowed = vessel.allowedBerths, !allowed.contains(berth.id) { return .notAllowed }
        if let draft = vessel.draftM, let depth = berth.depthM, draft > depth { return .tooDeep(draft: draft, depth: depth) }
        if let length = vessel.lengthM, let limit = berth.lengthM, length > limit {
            return .tooLong(vessel: length, berth: limit)
        }
        if handlingHours(vessel, berth) == nil { return .noHandlingTime }
        return nil
    }

    /// Windows in hours → merged step ranges inside the horizon: a service must start at or after
    /// a window's start and end by its end, so the start rounds up and the end down.
    static func stepWindows(_ windows: [HourWindow]?, horizonHours: Double, step: Double, horizon: Int) -> [Range<Int>] {
        guard let windows else { return [0..<horizon] }
        var merged: [HourWindow] = []
        for window in windows.sorted(by: { $0.from < $1.from }) {
            if let last = merged.last, window.from <= last.to {
                merged[merged.count - 1].to = max(last.to, window.to)
            } else {
                merged.append(window)
            }
        }
        return merged.compactMap { window in
            let from = max(0, roundUp(window.from / step))
            let to = min(horizon, roundDown(window.to / step))
            return from < to ? from..<to : nil
        }
    }

    // MARK: Costs

    /// The objective's term for vessel `i` finishing at step `finish`:
    /// weight × (finish − eta) + tardiness_weight × max(0, finish − due).
    func servedCost(_ i: Int, finish: Int) -> Double {
        let vessel = problem.vessels[i]
        let hours = Double(finish) * stepHours
        let late = vessel.due.map { max(0, hours - $0) } ?? 0
        return vessel.weight * (hours - etaHours[i]) + vessel.tardinessWeight * late
    }

    func servedCost(_ i: Int, berth k: Int, start: Int) -> Double {
        servedCost(i, finish: start + handling[i][k]!)
    }

    // MARK: Where a vessel may start

    /// Busy intervals of committed calls per berth, which other vessels must avoid.
    var fixedBlocks: [[(vessel: Int, range: Range<Int>)]] {
        var blocks = Array(repeating: [(vessel: Int, range: Range<Int>)](), count: berthCount)
        for (i, call) in fixed.enumerated() {
            guard let call, let p = handling[i][call.berth] else { continue }
            blocks[call.berth].append((i, call.start..<(call.start + p)))
        }
        return blocks
    }

    /// The windows of berth `k` left for vessels that are not fixed: its windows minus committed calls.
    func freeWindows(blocks: [[(vessel: Int, range: Range<Int>)]]) -> [[Range<Int>]] {
        (0..<berthCount).map { k in
            var pieces = windows[k]
            for block in blocks[k] {
                pieces = pieces.flatMap { piece -> [Range<Int>] in
                    guard piece.overlaps(block.range) else { return [piece] }
                    var rest: [Range<Int>] = []
                    if piece.lowerBound < block.range.lowerBound { rest.append(piece.lowerBound..<block.range.lowerBound) }
                    if block.range.upperBound < piece.upperBound { rest.append(block.range.upperBound..<piece.upperBound) }
                    return rest
                }
            }
            return pieces
        }
    }

    /// The starts at which vessel `i` may begin service at berth `k` within `windows`: inside a
    /// window, not before its eta or the horizon's start, ending by its latest departure.
    func startRanges(_ i: Int, _ k: Int, in windows: [Range<Int>]) -> [ClosedRange<Int>] {
        guard let p = handling[i][k] else { return [] }
        if let call = fixed[i] {
            return call.berth == k ? [call.start...call.start] : []
        }
        var ranges: [ClosedRange<Int>] = []
        for window in windows {
            let low = max(window.lowerBound, earliestStart[i])
            let high = min(window.upperBound, latestEnd[i]) - p
            if low <= high { ranges.append(low...high) }
        }
        return ranges
    }

    /// Why vessel `i` may not start at berth `k` at step `t`, or `nil` when every rule allows it
    /// (the occupancy of the berth by others aside).
    func whyNot(vessel i: Int, berth k: Int, start t: Int) -> String? {
        let berth = problem.berths[k]
        if let why = incompatibility[i][k] { return Self.describe(why, berth: berth) }
        let p = handling[i][k]!
        let hours = { (s: Int) in "\((Double(s) * self.stepHours).hoursText) h" }
        if t < 0 { return "the start lies before the horizon's start" }
        if t < etaSteps[i] { return "it starts before the vessel's eta (\(hours(etaSteps[i])))" }
        if t + p > horizonSteps { return "service ends at \(hours(t + p)), after the horizon's end (\(hours(horizonSteps)))" }
        if t + p > latestEnd[i] {
            return "service ends at \(hours(t + p)), after its latest departure (\(problem.vessels[i].latestDeparture!.hoursText) h)"
        }
        if !windows[k].contains(where: { $0.lowerBound <= t && t + p <= $0.upperBound }) {
            return "service [\(hours(t)), \(hours(t + p))) lies outside the berth's available windows"
        }
        return nil
    }

    static func describe(_ why: Incompatibility, berth: Berth) -> String {
        switch why {
        case .notAllowed: "\(berth.id) is not in its allowed_berths"
        case .tooDeep(let draft, let depth): "draft \(draft.hoursText) m exceeds the depth of \(berth.id) (\(depth.hoursText) m)"
        case .tooLong(let length, let limit): "length \(length.hoursText) m exceeds the length of \(berth.id) (\(limit.hoursText) m)"
        case .noHandlingTime: "no handling time at \(berth.id) (no handling_hours for it, and no moves with the berth's moves_per_hour)"
        }
    }
}
