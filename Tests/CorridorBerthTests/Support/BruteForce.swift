// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorBerth
import Foundation

/// The optimum of a tiny problem by trying every plan: each vessel unserved (when allowed) or at
/// each berth and grid start. Shares nothing with the model but the problem's plain values.
enum BruteForce {
    static func optimum(_ problem: BerthProblem) -> Double? {
        let step = problem.timeStepMinutes / 60
        let H = problem.horizonHours
        func up(_ x: Double) -> Double { (x / step - 1e-9).rounded(.up) * step }
        struct Option { var berth: String; var start: Double; var finish: Double; var cost: Double }
        var options: [[Option]] = []
        var unservedCost: [Double?] = []
        for vessel in problem.vessels {
            let eta = up(vessel.eta)
            var list: [Option] = []
            for berth in problem.berths {
                if let allowed = vessel.allowedBerths, !allowed.contains(berth.id) { continue }
                if let d = vessel.draftM, let depth = berth.depthM, d > depth { continue }
                if let l = vessel.lengthM, let limit = berth.lengthM, l > limit { continue }
                var hours: Double?
                switch vessel.handlingHours {
                case .everywhere(let h): hours = h
                case .perBerth(let map): hours = map[berth.id]
                case nil: break
                }
                if hours == nil, let moves = vessel.moves, let rate = berth.movesPerHour { hours = moves / rate }
                guard let p = hours.map(up) else { continue }
                let windows = PlanChecker.merged(berth.available ?? [HourWindow(from: 0, to: H)])
                var s = 0.0
                while s + p <= H + 1e-9 {
                    let ok = s >= eta - 1e-9 && s + p <= (vessel.latestDeparture ?? H) + 1e-9
                        && windows.contains { $0.from <= s + 1e-9 && s + p <= $0.to + 1e-9 }
                        && (vessel.fixed == nil || (vessel.fixed!.berth == berth.id && abs(vessel.fixed!.start - s) < 1e-9))
                    if ok {
                        let late = vessel.due.map { max(0, s + p - $0) } ?? 0
                        list.append(Option(berth: berth.id, start: s, finish: s + p, cost: vessel.weight * (s + p - eta) + vessel.tardinessWeight * late))
                    }
                    s += step
                }
            }
            options.append(list)
            if vessel.mustServe || vessel.fixed != nil {
                unservedCost.append(nil)
            } else {
                let late = vessel.due.map { max(0, H - $0) } ?? 0
                unservedCost.append(vessel.weight * (H - eta) + vessel.tardinessWeight * late
                    + (vessel.unservedPenalty ?? (vessel.weight + vessel.tardinessWeight) * H))
            }
        }
        var best: Double? = nil
        var placed: [Option] = []
        func search(_ i: Int, _ cost: Double) {
            if let best, cost >= best { return }
            if i == options.count {
                best = cost
                return
            }
            if let u = unservedCost[i] { search(i + 1, cost + u) }
            for option in options[i] where !placed.contains(where: { $0.berth == option.berth && $0.start < option.finish - 1e-9 && option.start < $0.finish - 1e-9 }) {
                placed.append(option)
                search(i + 1, cost + option.cost)
                placed.removeLast()
            }
        }
        search(0, 0)
        return best
    }
}
