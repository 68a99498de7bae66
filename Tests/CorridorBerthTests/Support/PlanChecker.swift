// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorBerth
import Foundation

/// An independent check of a plan against the problem: it re-derives every rounding and rule
/// from the problem's plain values (it shares no code with the formulation or the instance) and
/// recomputes the objective from the plan.
enum PlanChecker {
    /// Every rule the plan breaks; empty when it obeys them all.
    static func violations(of plan: BerthPlan, in problem: BerthProblem) -> [String] {
        var problems: [String] = []
        let step = problem.timeStepMinutes / 60
        let H = problem.horizonHours
        func up(_ x: Double) -> Double { (x / step - 1e-9).rounded(.up) * step }
        func onGrid(_ x: Double) -> Bool { abs(x / step - (x / step).rounded()) < 1e-9 }
        var objective = 0.0
        var seen: [String: Int] = [:]
        var busy: [String: [(Double, Double, String)]] = [:]
        for a in plan.assignments {
            seen[a.vessel, default: 0] += 1
            guard let vessel = problem.vessels.first(where: { $0.id == a.vessel }) else {
                problems.append("\(a.vessel): not a vessel of the problem")
                continue
            }
            guard let berth = problem.berths.first(where: { $0.id == a.berth }) else {
                problems.append("\(a.vessel): unknown berth \(a.berth)")
                continue
            }
            // Compatibility.
            if let allowed = vessel.allowedBerths, !allowed.contains(berth.id) { problems.append("\(a.vessel): \(berth.id) not allowed") }
            if let d = vessel.draftM, let depth = berth.depthM, d > depth { problems.append("\(a.vessel): too deep for \(berth.id)") }
            if let l = vessel.lengthM, let limit = berth.lengthM, l > limit { problems.append("\(a.vessel): too long for \(berth.id)") }
            var hours: Double?
            switch vessel.handlingHours {
            case .everywhere(let h): hours = h
            case .perBerth(let map): hours = map[berth.id]
            case nil: break
            }
            if hours == nil, let moves = vessel.moves, let rate = berth.movesPerHour { hours = moves / rate }
            guard let handling = hours.map(up) else {
                problems.append("\(a.vessel): no handling time at \(berth.id)")
                continue
            }
            // Times.
            let eta = up(vessel.eta)
            if !onGrid(a.startHours) { problems.append("\(a.vessel): start \(a.startHours) off the grid") }
            if a.startHours < -1e-9 { problems.append("\(a.vessel): starts before the horizon") }
            if a.startHours < eta - 1e-9 { problems.append("\(a.vessel): starts before its eta \(eta)") }
            if abs(a.finishHours - (a.startHours + handling)) > 1e-9 { problems.append("\(a.vessel): finish ≠ start + handling \(handling)") }
            if a.finishHours > H + 1e-9 { problems.append("\(a.vessel): ends after the horizon") }
            if a.finishHours > (vessel.latestDeparture ?? H) + 1e-9 { problems.append("\(a.vessel): ends after its latest departure") }
            if abs(a.waitHours - (a.startHours - eta)) > 1e-9 { problems.append("\(a.vessel): wait \(a.waitHours) ≠ start − eta") }
            let windows = merged(berth.available ?? [HourWindow(from: 0, to: H)])
            if !windows.contains(where: { $0.from <= a.startHours + 1e-9 && a.finishHours <= $0.to + 1e-9 }) {
                problems.append("\(a.vessel): [\(a.startHours), \(a.finishHours)) outside the windows of \(berth.id)")
            }
            if let fixed = vessel.fixed, fixed.berth != berth.id || abs(fixed.start - a.startHours) > 1e-9 {
                problems.append("\(a.vessel): not at its fixed call")
            }
            busy[berth.id, default: []].append((a.startHours, a.finishHours, a.vessel))
            let late = vessel.due.map { max(0, a.finishHours - $0) } ?? 0
            objective += vessel.weight * (a.finishHours - eta) + vessel.tardinessWeight * late
        }
        for (berth, calls) in busy {
            let sorted = calls.sorted { $0.0 < $1.0 }
            for (x, y) in zip(sorted, sorted.dropFirst()) where y.0 < x.1 - 1e-9 {
                problems.append("\(x.2) and \(y.2) overlap at \(berth)")
            }
        }
        for u in plan.unserved {
            seen[u.vessel, default: 0] += 1
            guard let vessel = problem.vessels.first(where: { $0.id == u.vessel }) else { continue }
            if vessel.mustServe { problems.append("\(u.vessel): must be served") }
            if vessel.fixed != nil { problems.append("\(u.vessel): fixed but unserved") }
            let eta = up(vessel.eta)
            let penalty = vessel.unservedPenalty ?? (vessel.weight + vessel.tardinessWeight) * H
            let late = vessel.due.map { max(0, H - $0) } ?? 0
            objective += vessel.weight * (H - eta) + vessel.tardinessWeight * late + penalty
        }
        for vessel in problem.vessels where seen[vessel.id] != 1 {
            problems.append("\(vessel.id): appears \(seen[vessel.id] ?? 0) times in the plan")
        }
        if abs(objective - plan.objective) > 1e-6 * max(1, abs(objective)) {
            problems.append("objective \(plan.objective) ≠ recomputed \(objective)")
        }
        return problems
    }

    static func merged(_ windows: [HourWindow]) -> [HourWindow] {
        var result: [HourWindow] = []
        for w in windows.sorted(by: { $0.from < $1.from }) {
            if let last = result.last, w.from <= last.to {
                result[result.count - 1].to = max(last.to, w.to)
            } else {
                result.append(w)
            }
        }
        return result
    }
}
